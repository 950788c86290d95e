package dk.tilknyt.roster.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.roster.store.RosterStore.Period;

/**
 * Who covers the slots of published rosters, in plain SQL: external temps marked on open slots, and per slot the
 * facts the coverage figures classify (see {@code figures/CoverageReader}). The store knows no rules.
 */
@Repository
public class CoverageStore {

    /** An open slot covered by an agency's temp; minutes only when they differ from the shift's. */
    public record ExternalCover(long slotId, LocalDate date, String shiftCode, String skill, String agency,
                                Integer minutes) {
    }

    /**
     * One slot as the figures see it: its person (null when open or external), whether that person has a segment
     * in the period's unit on the day, whether they got it through an allocated bid, and their job family that day
     * (the unit's segment first).
     */
    public record SlotFacts(long slotId, LocalDate date, String shiftCode, String skill, String personId,
                            boolean external, Integer externalMinutes, boolean openAtPublishing, boolean unitStaff,
                            boolean viaBid, String jobFamily) {
    }

    private static final String SEGMENT_ON_DAY = """
            s.person_id = a.person_id and s.segment_start <= a.on_date
            and (s.segment_end is null or s.segment_end >= a.on_date)""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CoverageStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Published periods of the units overlapping [from, to], oldest first. */
    public List<Period> publishedPeriods(Collection<String> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from roster_period where status = 'published' and unit_id in (:units) and first_day <= :to"
                        + " order by first_day, id")
                .param("units", unitIds).param("to", to)
                .query(RosterStore::period).list().stream()
                .filter(p -> !p.lastDay().isBefore(from))
                .toList();
    }

    public List<SlotFacts> slotFacts(Period period, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.id, a.on_date, a.shift_code, a.skill, a.person_id, a.external_temp, a.external_minutes,
                    a.open_at_publishing,
                    exists (select 1 from employment_segment s where s.unit_id = :unit and %1$s) as unit_staff,
                    exists (select 1 from roster_bid b where b.slot_id = a.id and b.person_id = a.person_id
                        and b.status = 'allocated') as via_bid,
                    coalesce((select max(s.job_family) from employment_segment s where s.unit_id = :unit and %1$s),
                        (select max(s.job_family) from employment_segment s where %1$s)) as job_family
                from roster_assignment a
                where a.period_id = :period and a.on_date between :from and :to
                order by a.on_date, a.shift_code, a.id""".formatted(SEGMENT_ON_DAY))
                .param("unit", period.unitId()).param("period", period.id()).param("from", from).param("to", to)
                .query((rs, n) -> new SlotFacts(rs.getLong("id"), rs.getDate("on_date").toLocalDate(),
                        rs.getString("shift_code"), rs.getString("skill"), rs.getString("person_id"),
                        rs.getBoolean("external_temp"), (Integer) rs.getObject("external_minutes", Integer.class),
                        rs.getBoolean("open_at_publishing"), rs.getBoolean("unit_staff"), rs.getBoolean("via_bid"),
                        rs.getString("job_family")))
                .list();
    }

    public List<ExternalCover> externalCovers(long periodId) {
        return jdbc.sql("""
                select id, on_date, shift_code, skill, external_agency, external_minutes from roster_assignment
                where period_id = ? and external_temp = true order by on_date, shift_code, id""")
                .param(periodId)
                .query((rs, n) -> new ExternalCover(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Integer) rs.getObject(6, Integer.class)))
                .list();
    }

    /** Marks an open slot as covered by an external temp; false when the slot is not open (any more). */
    public boolean markExternal(long periodId, long slotId, String agency, Integer minutes) {
        return jdbc.sql("""
                update roster_assignment set external_temp = true, external_agency = ?, external_minutes = ?, changed_at = ?
                where period_id = ? and id = ? and person_id is null and external_temp = false""")
                .params(agency, minutes, OffsetDateTime.now(clock), periodId, slotId).update() == 1;
    }

    /** The slot is open again; false when it was not covered by an external temp. */
    public boolean undoExternal(long periodId, long slotId) {
        return jdbc.sql("""
                update roster_assignment set external_temp = false, external_agency = null, external_minutes = null,
                    changed_at = ? where period_id = ? and id = ? and external_temp = true""")
                .params(OffsetDateTime.now(clock), periodId, slotId).update() == 1;
    }
}
