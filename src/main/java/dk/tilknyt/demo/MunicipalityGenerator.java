package dk.tilknyt.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import dk.tilknyt.demo.OrgPlan.PlannedUnit;
import dk.tilknyt.demo.Staffing.Employment;
import dk.tilknyt.demo.Staffing.Person;
import dk.tilknyt.demo.Staffing.Segment;

/**
 * Writes an invented but realistic municipality, Solby Kommune, in the import format
 * (import-format.md): org units, employments with five years of hires, hours changes, moves and
 * departures, absence rows, and three years of postings and applications. Deterministic: the same
 * settings give the same bytes. Staff are simulated in memory (compact, a few hundred bytes a person);
 * absence rows, the bulk, are written as they are made.
 */
public final class MunicipalityGenerator {

    public static final String ORG_UNITS = "org_units.csv";
    public static final String EMPLOYMENTS = "employments.csv";
    public static final String ABSENCES = "absences.csv";
    public static final String POSTINGS = "postings.csv";
    public static final String APPLICATIONS = "applications.csv";

    /** Units that exist at every scale, for demo users and tests. */
    public static final String ROOT = "solby";
    public static final String SOCIAL_AND_HEALTH = "sos";
    public static final String AREA_NORTH = "omr-nord";
    public static final String CARE_HOME = "pc-solbakken";
    public static final String POOL = "pulje-nord";

    private static final int RECRUITMENT_YEARS = 3;

    private MunicipalityGenerator() {
    }

    public static GeneratedMunicipality write(GeneratorSettings settings, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalDate first = settings.firstDay();
        LocalDate last = settings.lastDay();
        OrgPlan plan = OrgPlan.build(settings.employees());
        Workforce staff = new Workforce(plan, first, last, new SplittableRandom(settings.seed())).run();

        long units = writeOrgUnits(plan, directory.resolve(ORG_UNITS));
        long segments = writeEmployments(staff, directory.resolve(EMPLOYMENTS));
        long absences;
        try (CsvFile out = new CsvFile(directory.resolve(ABSENCES), "absence_id", "person_id", "employment_id", "type",
                "start_date", "end_date", "extent_pct", "hours")) {
            AbsenceHistory history = new AbsenceHistory(first, last, settings.seed(), out);
            staff.persons().forEach(history::write);
            absences = out.rows();
        }
        LocalDate since = last.minusYears(Math.min(RECRUITMENT_YEARS, settings.years())).plusDays(1);
        try (CsvFile postings = new CsvFile(directory.resolve(POSTINGS), "posting_id", "unit_id", "job_family", "title",
                "employment_type", "weekly_hours", "published_date", "deadline", "reposting_of", "outcome",
                "filled_date", "channels");
             CsvFile applications = new CsvFile(directory.resolve(APPLICATIONS), "application_id", "posting_id",
                     "applied_date", "furthest_stage", "outcome", "withdrawn_reason", "employment_id")) {
            RecruitmentFiles files = new RecruitmentFiles(since, last, settings.seed(), postings, applications);
            staff.chains().forEach(files::write);
            return new GeneratedMunicipality(directory, units, segments, absences, postings.rows(), applications.rows());
        }
    }

    private static long writeOrgUnits(OrgPlan plan, Path file) {
        try (CsvFile out = new CsvFile(file, "unit_id", "name", "parent_id", "level")) {
            for (PlannedUnit unit : plan.units()) {
                out.row(unit.id(), unit.name(), unit.parentId(), unit.level());
            }
            return out.rows();
        }
    }

    private static long writeEmployments(Workforce staff, Path file) {
        try (CsvFile out = new CsvFile(file, "employment_id", "segment_start", "segment_end", "person_id", "unit_id",
                "job_family", "employment_type", "weekly_hours", "departure_reason", "birth_year", "shift_layer")) {
            for (Person person : staff.persons()) {
                String birthYear = Integer.toString(person.birthYear);
                for (Employment employment : person.employments) {
                    for (Segment segment : employment.segments) {
                        boolean ends = segment.end != Staffing.OPEN;
                        boolean lastSegment = segment == employment.current();
                        out.row(employment.id, day(segment.start), ends ? day(segment.end) : null, person.id(),
                                segment.unitId, segment.family.code(), segment.type, hours(segment.hours),
                                ends && lastSegment ? employment.departureReason : null, birthYear, segment.layer);
                    }
                }
            }
            return out.rows();
        }
    }

    static String hours(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

    private static String day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
