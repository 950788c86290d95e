package dk.tilknyt.imports.check;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.tilknyt.absence.Absences;
import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.org.JobFamily;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnitWriter;
import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.people.EmploymentWriter;
import dk.tilknyt.people.EmploymentWriter.SegmentKey;
import dk.tilknyt.people.Person;
import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.people.Staff;

/**
 * import-format.md "employments": segments keyed by employment and first day; the segments of one
 * employment belong to one person and do not overlap; all rows of one person agree on the birth year.
 * Persons are created, or their birth year corrected, from these rows.
 */
final class EmploymentsImport extends KindImport {

    private static final BigDecimal MAX_HOURS = new BigDecimal(48);

    private final OrgDirectory directory;
    private final OrgUnitWriter orgUnits;
    private final Staff staff;
    private final Absences absences;
    private final EmploymentWriter writer;
    private final int thisYear;

    private final Map<SegmentKey, EmploymentSegment> stored = new HashMap<>();
    private final Map<String, List<EmploymentSegment>> storedByEmployment = new HashMap<>();
    private final Map<String, List<SegmentKey>> storedByPerson = new HashMap<>();
    private final Map<String, Integer> storedBirthYears = new HashMap<>();
    private Map<String, JobFamily> jobFamilies;
    private final Set<String> units = new HashSet<>();

    private final Map<SegmentKey, Integer> lines = new HashMap<>();
    private final Map<SegmentKey, FileRow<EmploymentSegment>> file = new LinkedHashMap<>();
    private final Map<String, FileRow<Integer>> birthYears = new HashMap<>();
    private final Set<String> persons = new HashSet<>();
    private final List<EmploymentSegment> inserts = new ArrayList<>();
    private final List<EmploymentSegment> updates = new ArrayList<>();
    private final List<SegmentKey> deletes = new ArrayList<>();

    EmploymentsImport(ImportMode mode, OrgDirectory directory, OrgUnitWriter orgUnits, Staff staff, Absences absences,
                      EmploymentWriter writer, Clock clock) {
        super(ImportKind.EMPLOYMENTS, mode);
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.staff = staff;
        this.absences = absences;
        this.writer = writer;
        this.thisYear = LocalDate.now(clock).getYear();
    }

    @Override
    protected void loadStored() {
        jobFamilies = Codes.of(directory.jobFamilies(), JobFamily::code);
        orgUnits.stored().forEach(u -> units.add(u.id()));
        staff.forEachPerson(p -> storedBirthYears.put(p.id(), p.birthYear()));
        staff.forEachSegment(s -> {
            SegmentKey key = SegmentKey.of(s);
            stored.put(key, s);
            storedByEmployment.computeIfAbsent(s.employmentId(), k -> new ArrayList<>(2)).add(s);
            storedByPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>(2)).add(key);
        });
    }

    @Override
    protected void row(Fields f) {
        String employment = f.id("employment_id", true);
        LocalDate start = f.date("segment_start", true);
        LocalDate end = f.date("segment_end", false);
        String person = f.id("person_id", true);
        String unit = f.id("unit_id", true);
        JobFamily family = f.code("job_family", true, jobFamilies);
        EmploymentType type = f.code("employment_type", true, Codes.EMPLOYMENT_TYPES);
        BigDecimal hours = f.decimal("weekly_hours", true, BigDecimal.ZERO, false, MAX_HOURS);
        DepartureReason departure = f.code("departure_reason", false, Codes.DEPARTURE_REASONS);
        String birthYearText = f.value("birth_year");
        Integer birthYear = birthYearText == null ? null : birthYear(f, birthYearText);
        ShiftLayer layer = f.code("shift_layer", false, Codes.SHIFT_LAYERS);
        if (start != null && end != null && end.isBefore(start)) {
            f.error("segment_end", "import.dates.endBeforeStart", end, start);
        }
        if (departure != null && f.value("segment_end") == null) {
            f.error("departure_reason", "import.employment.departureWithoutEnd");
        }
        if (unit != null && !units.contains(unit)) {
            f.error("unit_id", "import.ref.unit", unit);
        }
        if (employment != null && start != null) {
            Integer first = lines.putIfAbsent(new SegmentKey(employment, start), f.line());
            if (first != null) {
                f.error("segment_start", "import.employment.duplicate", employment, start, first);
                return;
            }
        }
        if (!f.rowOk()) {
            return;
        }
        var segment = new EmploymentSegment(employment, start, end, person, unit, family.code(), type, hours,
                departure, layer);
        SegmentKey key = SegmentKey.of(segment);
        file.put(key, new FileRow<>(f.line(), segment));
        persons.add(person);
        if (birthYear != null) {
            FileRow<Integer> first = birthYears.putIfAbsent(person, new FileRow<>(f.line(), birthYear));
            if (first != null && !first.value().equals(birthYear)) {
                f.error("birth_year", "import.employment.birthYear", birthYear, first.value(), first.line());
            }
        }
        EmploymentSegment before = stored.get(key);
        if (before == null) {
            inserts.add(segment);
        } else if (before.equals(segment)) {
            unchanged++;
        } else {
            updates.add(segment);
        }
    }

    private Integer birthYear(Fields f, String text) {
        if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)
                || Integer.parseInt(text) < 1900 || Integer.parseInt(text) > thisYear) {
            f.error("birth_year", "import.value.birthYear", thisYear);
            return null;
        }
        return Integer.parseInt(text);
    }

    @Override
    protected void checkAll() {
        Map<String, List<FileRow<EmploymentSegment>>> byEmployment = new HashMap<>();
        for (FileRow<EmploymentSegment> row : file.values()) {
            byEmployment.computeIfAbsent(row.value().employmentId(), k -> new ArrayList<>()).add(row);
        }
        for (var entry : byEmployment.entrySet()) {
            List<FileRow<EmploymentSegment>> segments = new ArrayList<>(entry.getValue());
            if (!replace()) {
                for (EmploymentSegment s : storedByEmployment.getOrDefault(entry.getKey(), List.of())) {
                    if (!file.containsKey(SegmentKey.of(s))) {
                        segments.add(FileRow.stored(s));
                    }
                }
            }
            checkOnePerson(segments);
            checkNoOverlap(segments);
        }
        checkBirthYearsAgainstStored();
        if (replace()) {
            stored.keySet().stream().filter(k -> !lines.containsKey(k)).forEach(deletes::add);
            checkRemovedEmploymentsUnused();
        }
    }

    private void checkOnePerson(List<FileRow<EmploymentSegment>> segments) {
        for (FileRow<EmploymentSegment> row : segments) {
            if (!row.fromFile()) {
                continue;
            }
            segments.stream()
                    .filter(other -> !other.value().personId().equals(row.value().personId()))
                    .findFirst()
                    .ifPresent(other -> problems.error(row.line(), "person_id", row.value().personId(),
                            other.fromFile() ? "import.employment.twoPersons" : "import.employment.twoPersonsStored",
                            row.value().employmentId(), other.value().personId(), other.line()));
        }
    }

    private void checkNoOverlap(List<FileRow<EmploymentSegment>> segments) {
        segments.sort(Comparator.comparing((FileRow<EmploymentSegment> r) -> r.value().start()));
        FileRow<EmploymentSegment> latest = null;
        for (FileRow<EmploymentSegment> row : segments) {
            if (latest != null && (latest.value().end() == null || !latest.value().end().isBefore(row.value().start()))) {
                FileRow<EmploymentSegment> blame = row.fromFile() ? row : latest;
                FileRow<EmploymentSegment> other = blame == row ? latest : row;
                if (blame.fromFile()) {
                    problems.error(blame.line(), "segment_start", blame.value().start().toString(),
                            other.fromFile() ? "import.employment.overlap" : "import.employment.overlapStored",
                            other.value().start(), other.line());
                }
            }
            if (latest == null || latest.value().end() != null
                    && (row.value().end() == null || row.value().end().isAfter(latest.value().end()))) {
                latest = row;
            }
        }
    }

    /** Rows of a person that stay stored keep the stored birth year; the file may not contradict it. */
    private void checkBirthYearsAgainstStored() {
        for (var entry : birthYears.entrySet()) {
            String person = entry.getKey();
            Integer storedYear = storedBirthYears.get(person);
            FileRow<Integer> year = entry.getValue();
            if (storedYear == null || storedYear.equals(year.value())) {
                continue;
            }
            boolean staysStored = !replace() && storedByPerson.getOrDefault(person, List.of()).stream()
                    .anyMatch(key -> !file.containsKey(key));
            if (staysStored) {
                problems.error(year.line(), "birth_year", year.value().toString(), "import.employment.birthYearStored",
                        year.value(), storedYear);
            }
        }
    }

    private void checkRemovedEmploymentsUnused() {
        Set<String> remaining = new HashSet<>();
        file.keySet().forEach(k -> remaining.add(k.employmentId()));
        Set<String> removed = new HashSet<>();
        deletes.forEach(k -> {
            if (!remaining.contains(k.employmentId())) {
                removed.add(k.employmentId());
            }
        });
        if (removed.isEmpty()) {
            return;
        }
        Map<String, Long> uses = new HashMap<>();
        absences.forEach(a -> {
            if (a.employmentId() != null && removed.contains(a.employmentId())) {
                uses.merge(a.employmentId(), 1L, Long::sum);
            }
        });
        uses.keySet().stream().sorted().forEach(id ->
                problems.error(0, "employment_id", id, "import.employment.inUse", id, uses.get(id)));
    }

    @Override
    protected void write(ImportProgress progress) {
        List<Person> newPersons = new ArrayList<>();
        List<Person> changedPersons = new ArrayList<>();
        for (String person : persons) {
            FileRow<Integer> year = birthYears.get(person);
            Integer birthYear = year == null ? null : year.value();
            if (!storedBirthYears.containsKey(person)) {
                newPersons.add(new Person(person, birthYear));
            } else if (birthYear != null && !Objects.equals(birthYear, storedBirthYears.get(person))) {
                changedPersons.add(new Person(person, birthYear));
            }
        }
        writer.write(new EmploymentWriter.EmploymentChanges(newPersons, changedPersons, inserts, updates, deletes));
        inserted = inserts.size();
        updated = updates.size();
        deleted = deletes.size();
        progress.written(inserted + updated + deleted);
    }
}
