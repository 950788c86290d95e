package dk.tilknyt.keyfigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.people.EmploymentsChanged;
import dk.tilknyt.recruitment.RecruitmentChanged;
import dk.tilknyt.shared.DateRange;

/**
 * A small municipality written with plain SQL into the V1 tables, as the importer would leave it:
 *
 * <pre>
 * kommune
 * ├── omr          (area)
 * │   ├── u1       (unit)
 * │   └── u2       (unit)
 * └── andet        (area)
 *     └── u3       (unit)
 * </pre>
 *
 * Segments default to permanent sosu_helper employment; persons are created on first use.
 */
final class Municipality {

    static final String ROOT = "kommune";
    static final String AREA = "omr";
    static final String U1 = "u1";
    static final String U2 = "u2";
    static final String OTHER_AREA = "andet";
    static final String U3 = "u3";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final KeyFigures keyFigures;
    private final Set<String> persons = new HashSet<>();

    Municipality(JdbcClient jdbc, ApplicationEventPublisher events, KeyFigures keyFigures) {
        this.jdbc = jdbc;
        this.events = events;
        this.keyFigures = keyFigures;
        unit(ROOT, null, "municipality");
        unit(AREA, ROOT, "area");
        unit(U1, AREA, "unit");
        unit(U2, AREA, "unit");
        unit(OTHER_AREA, ROOT, "area");
        unit(U3, OTHER_AREA, "unit");
    }

    Municipality unit(String id, String parent, String level) {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values (?, ?, ?, ?)")
                .params(id, "Enhed " + id, parent, level).update();
        return this;
    }

    Municipality person(String id, Integer birthYear) {
        jdbc.sql("insert into person (id, birth_year) values (?, ?)").params(id, birthYear).update();
        persons.add(id);
        return this;
    }

    /** A permanent sosu_helper segment without a departure reason. */
    Municipality segment(String employment, String person, String unit, String start, String end, String weeklyHours) {
        return segment(employment, person, unit, start, end, weeklyHours, null, "permanent", "sosu_helper");
    }

    Municipality segment(String employment, String person, String unit, String start, String end, String weeklyHours,
            String reason) {
        return segment(employment, person, unit, start, end, weeklyHours, reason, "permanent", "sosu_helper");
    }

    Municipality segment(String employment, String person, String unit, String start, String end, String weeklyHours,
            String reason, String type, String jobFamily) {
        if (persons.add(person)) {
            jdbc.sql("insert into person (id, birth_year) values (?, null)").param(person).update();
        }
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, departure_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employment, date(start), date(end), person, unit, jobFamily, type, new BigDecimal(weeklyHours),
                        reason)
                .update();
        return this;
    }

    /** A person-wide absence row at full extent. */
    Municipality absence(String id, String person, String type, String start, String end) {
        return absence(id, person, null, type, start, end, 100, null);
    }

    Municipality absence(String id, String person, String employment, String type, String start, String end,
            int extentPct, String hours) {
        jdbc.sql("""
                insert into absence (id, person_id, employment_id, type, start_date, end_date, extent_pct, hours)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, person, employment, type, date(start), date(end), extentPct,
                        hours == null ? null : new BigDecimal(hours))
                .update();
        return this;
    }

    Municipality posting(String id, String unit, String published, String deadline, String repostingOf, String outcome,
            String filled) {
        return posting(id, unit, "sosu_helper", published, deadline, repostingOf, outcome, filled);
    }

    Municipality posting(String id, String unit, String jobFamily, String published, String deadline,
            String repostingOf, String outcome, String filled) {
        jdbc.sql("""
                insert into posting (id, unit_id, job_family, title, employment_type, weekly_hours, published_date,
                    deadline, reposting_of, outcome, filled_date)
                values (?, ?, ?, ?, 'permanent', 32, ?, ?, ?, ?, ?)""")
                .params(id, unit, jobFamily, "Opslag " + id, date(published), date(deadline), repostingOf, outcome,
                        date(filled))
                .update();
        return this;
    }

    Municipality application(String id, String posting, String stage, String outcome) {
        jdbc.sql("""
                insert into application (id, posting_id, applied_date, furthest_stage, outcome)
                values (?, ?, date '2025-01-01', ?, ?)""")
                .params(id, posting, stage, outcome).update();
        return this;
    }

    /** What an import publishes when it has written the rows. */
    Municipality published() {
        events.publishEvent(new OrgUnitsChanged());
        events.publishEvent(new EmploymentsChanged());
        events.publishEvent(new AbsencesChanged());
        events.publishEvent(new RecruitmentChanged());
        return this;
    }

    Map<FigureCode, FigureValue> figures(String unit, String from, String to) {
        return figures(new FigureQuery(unit, period(from, to), null, null, Set.of()));
    }

    Map<FigureCode, FigureValue> figures(FigureQuery query) {
        published();
        return keyFigures.compute(query);
    }

    static DateRange period(String from, String to) {
        return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
