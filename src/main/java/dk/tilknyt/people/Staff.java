package dk.tilknyt.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.tilknyt.org.UnitHeadcounts;
import dk.tilknyt.security.PersonPlacement;

/** The staff queries the rest of the system needs: who is employed where, when. */
@Service
public class Staff implements PersonPlacement, UnitHeadcounts {

    static final String SEGMENT_COLUMNS = """
            employment_id, segment_start, segment_end, person_id, unit_id, job_family,
            employment_type, weekly_hours, departure_reason, shift_layer""";

    private static final int STREAM_FETCH_SIZE = 10_000;

    private final JdbcClient jdbc;

    Staff(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> person(String personId) {
        return jdbc.sql("select id, birth_year from person where id = ?").param(personId)
                .query((rs, n) -> new Person(rs.getString(1), (Integer) rs.getObject(2))).optional();
    }

    /** All segments of a person, oldest first. */
    public List<EmploymentSegment> history(String personId) {
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from employment_segment where person_id = ? "
                        + "order by segment_start, employment_id")
                .param(personId).query(Staff::segment).list();
    }

    /** Segments in the units that overlap [from, to], any employment type. */
    public List<EmploymentSegment> segmentsIn(Collection<String> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from employment_segment "
                        + "where unit_id in (:units) and segment_start <= :to and (segment_end is null or segment_end >= :from) "
                        + "order by person_id, segment_start")
                .param("units", unitIds).param("from", from).param("to", to)
                .query(Staff::segment).list();
    }

    /** Segments in the units that cover the day: who is employed there then. */
    public List<EmploymentSegment> employedOn(Collection<String> unitIds, LocalDate day) {
        return segmentsIn(unitIds, day, day);
    }

    /**
     * Every segment, at any time and in any unit, of the persons who have a segment in the units that
     * covers the day: the staff list's rows and what their tenure is computed from. Ordered by person, start.
     */
    public List<EmploymentSegment> historiesOfEmployedOn(Collection<String> unitIds, LocalDate day) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SEGMENT_COLUMNS + " from employment_segment where person_id in ("
                        + "select person_id from employment_segment where unit_id in (:units) "
                        + "and segment_start <= :day and (segment_end is null or segment_end >= :day)) "
                        + "order by person_id, segment_start, employment_id")
                .param("units", unitIds).param("day", day)
                .query(Staff::segment).list();
    }

    // key-figures.md "Headcount on day d": distinct persons with an included segment in the units on d
    @Override
    public Map<String, Integer> headcounts(Map<String, Set<String>> groups, LocalDate day) {
        Set<String> allUnits = new HashSet<>();
        groups.values().forEach(allUnits::addAll);
        Map<String, Set<String>> personsByUnit = new HashMap<>();
        if (!allUnits.isEmpty()) {
            jdbc.sql("select distinct unit_id, person_id from employment_segment where unit_id in (:units) "
                            + "and employment_type in ('permanent', 'temporary') "
                            + "and segment_start <= :day and (segment_end is null or segment_end >= :day)")
                    .param("units", allUnits).param("day", day)
                    .query(rs -> {
                        personsByUnit.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    });
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach((name, units) -> {
            Set<String> persons = new HashSet<>();
            units.forEach(unit -> persons.addAll(personsByUnit.getOrDefault(unit, Set.of())));
            counts.put(name, persons.size());
        });
        return counts;
    }

    /**
     * Streams every stored segment (for in-memory figure engines and exports) without holding them all:
     * inside a transaction PostgreSQL sends the rows in batches.
     */
    public void forEachSegment(Consumer<EmploymentSegment> consumer) {
        jdbc.sql("select " + SEGMENT_COLUMNS + " from employment_segment order by person_id, segment_start")
                .withFetchSize(STREAM_FETCH_SIZE)
                .query(rs -> {
                    consumer.accept(segment(rs, 0));
                });
    }

    /** Streams every person (id and birth year). */
    public void forEachPerson(Consumer<Person> consumer) {
        jdbc.sql("select id, birth_year from person").withFetchSize(STREAM_FETCH_SIZE).query(rs -> {
            consumer.accept(new Person(rs.getString(1), (Integer) rs.getObject(2)));
        });
    }

    @Override
    public boolean exists(String personId) {
        return jdbc.sql("select count(*) from person where id = ?").param(personId).query(Long.class).single() > 0;
    }

    @Override
    public boolean hasSegmentIn(String personId, Set<String> unitIds) {
        if (unitIds == null) {
            return exists(personId);
        }
        if (unitIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("select count(*) from employment_segment where person_id = :p and unit_id in (:units)")
                .param("p", personId).param("units", unitIds).query(Long.class).single() > 0;
    }

    static EmploymentSegment segment(ResultSet rs, int row) throws SQLException {
        return new EmploymentSegment(
                rs.getString(1),
                rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                EmploymentType.fromCode(rs.getString(7)),
                rs.getBigDecimal(8),
                DepartureReason.fromCode(rs.getString(9)),
                ShiftLayer.fromCode(rs.getString(10)));
    }
}
