package dk.tilknyt.roster.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roster periods, shift definitions, demand, terms, wishes and assignments, in plain SQL. The store knows no
 * rules: validation lives in {@code planning/}, which is the only caller besides tests.
 */
@Repository
public class RosterStore {

    /** The shifts a unit gets until its planner edits them (rules.md: typical times). */
    public static final List<ShiftDef> DEFAULT_SHIFTS = List.of(
            new ShiftDef("day", LocalTime.of(7, 0), LocalTime.of(15, 0)),
            new ShiftDef("evening", LocalTime.of(15, 0), LocalTime.of(23, 0)),
            new ShiftDef("night", LocalTime.of(23, 0), LocalTime.of(7, 0)));

    public record Period(long id, String unitId, LocalDate firstDay, int weeks, PeriodStatus status,
                         LocalDate publishedOn, String lateReason, String score) {
        public LocalDate lastDay() {
            return firstDay.plusDays(weeks * 7L - 1);
        }
    }

    public record ShiftDef(String code, LocalTime start, LocalTime end) {
    }

    /** Weekly pattern line: ISO weekday (1 = Monday), shift, skill, how many people. */
    public record DemandLine(int weekday, String shiftCode, String skill, int staff) {
    }

    public record DemandException(LocalDate date, String shiftCode, String skill, int staff) {
    }

    public record StoredWish(long id, long periodId, String personId, LocalDate date, String kind, String layer,
                             int priority) {
    }

    public record Assignment(long id, LocalDate date, String shiftCode, String skill, String personId,
                             boolean pinned, boolean shortNotice) {
    }

    /** A person working in the unit during the period, with terms from the employment and roster_terms. */
    public record StaffMember(String personId, String jobFamily, String employmentType, double weeklyHours,
                              String layer, int weekendEvery, Set<String> extraSkills, boolean noNights) {
    }

    public record Terms(int weekendEvery, Set<String> extraSkills, boolean noNights) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RosterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- periods

    public long createPeriod(String unitId, LocalDate firstDay, int weeks) {
        jdbc.sql("insert into roster_period (unit_id, first_day, weeks, status, created_at) values (?, ?, ?, 'draft', ?)")
                .params(unitId, firstDay, weeks, OffsetDateTime.now(clock)).update();
        return jdbc.sql("select max(id) from roster_period where unit_id = ?").param(unitId).query(Long.class).single();
    }

    public Optional<Period> period(long id) {
        return jdbc.sql("select * from roster_period where id = ?").param(id).query(RosterStore::period).optional();
    }

    public List<Period> periods(String unitId) {
        return jdbc.sql("select * from roster_period where unit_id = ? order by first_day desc, id desc")
                .param(unitId).query(RosterStore::period).list();
    }

    /** Periods of units the person works in during the period, newest first. */
    public List<Period> periodsOf(String personId) {
        record Stretch(String unitId, LocalDate start, LocalDate end) {
        }
        List<Stretch> stretches = jdbc.sql("select unit_id, segment_start, segment_end from employment_segment where person_id = ?")
                .param(personId)
                .query((rs, n) -> new Stretch(rs.getString(1), rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? LocalDate.MAX : rs.getDate(3).toLocalDate()))
                .list();
        return jdbc.sql("""
                select * from roster_period where unit_id in (select unit_id from employment_segment where person_id = ?)
                order by first_day desc, id desc""").param(personId).query(RosterStore::period).list().stream()
                .filter(p -> stretches.stream().anyMatch(s -> s.unitId().equals(p.unitId())
                        && !s.start().isAfter(p.lastDay()) && !s.end().isBefore(p.firstDay())))
                .toList();
    }

    public void setStatus(long id, PeriodStatus status) {
        jdbc.sql("update roster_period set status = ? where id = ?").params(status.code(), id).update();
    }

    public void solved(long id, String score) {
        jdbc.sql("update roster_period set status = 'solved', score = ? where id = ?").params(score, id).update();
    }

    public void published(long id, LocalDate on, String lateReason) {
        jdbc.sql("update roster_period set status = 'published', published_on = ?, late_reason = ? where id = ?")
                .params(on, lateReason, id).update();
        jdbc.sql("update roster_assignment set pinned = true, open_at_publishing = (person_id is null) where period_id = ?")
                .param(id).update();
    }

    // --- solves interrupted by a restart

    public List<Long> periodsSolving() {
        return jdbc.sql("select id from roster_period where status = 'solving' order by id").query(Long.class).list();
    }

    public boolean hasAssignedSlot(long periodId) {
        return jdbc.sql("select count(*) from roster_assignment where period_id = ? and person_id is not null")
                .param(periodId).query(Integer.class).single() > 0;
    }

    /** Puts a period whose solve was cut off back to the given status and flags it for its page. */
    public void solveInterrupted(long id, PeriodStatus status) {
        jdbc.sql("update roster_period set status = ?, solve_interrupted = true where id = ? and status = 'solving'")
                .params(status.code(), id).update();
    }

    /** Whether the period's last solve was cut off; the flag is cleared, so the page says it once. */
    public boolean takeSolveInterrupted(long id) {
        return jdbc.sql("update roster_period set solve_interrupted = false where id = ? and solve_interrupted = true")
                .param(id).update() > 0;
    }

    static Period period(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Date published = rs.getDate("published_on");
        return new Period(rs.getLong("id"), rs.getString("unit_id"), rs.getDate("first_day").toLocalDate(),
                rs.getInt("weeks"), PeriodStatus.fromCode(rs.getString("status")),
                published == null ? null : published.toLocalDate(), rs.getString("late_reason"), rs.getString("score"));
    }

    // --- shifts and demand

    public List<ShiftDef> shifts(String unitId) {
        List<ShiftDef> stored = jdbc.sql("select code, start_time, end_time from roster_shift_def where unit_id = ?")
                .param(unitId)
                .query((rs, n) -> new ShiftDef(rs.getString(1), rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime()))
                .list();
        Map<String, ShiftDef> byCode = stored.stream().collect(Collectors.toMap(ShiftDef::code, s -> s));
        return DEFAULT_SHIFTS.stream().map(d -> byCode.getOrDefault(d.code(), d)).toList();
    }

    @Transactional
    public void saveShifts(String unitId, List<ShiftDef> shifts) {
        jdbc.sql("delete from roster_shift_def where unit_id = ?").param(unitId).update();
        for (ShiftDef s : shifts) {
            jdbc.sql("insert into roster_shift_def (unit_id, code, start_time, end_time) values (?, ?, ?, ?)")
                    .params(unitId, s.code(), s.start(), s.end()).update();
        }
    }

    public List<DemandLine> demand(String unitId) {
        return jdbc.sql("select weekday, shift_code, skill, staff from roster_demand where unit_id = ? order by weekday, shift_code, skill")
                .param(unitId)
                .query((rs, n) -> new DemandLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    @Transactional
    public void saveDemand(String unitId, List<DemandLine> lines) {
        jdbc.sql("delete from roster_demand where unit_id = ?").param(unitId).update();
        for (DemandLine l : lines) {
            if (l.staff() > 0) {
                jdbc.sql("insert into roster_demand (unit_id, weekday, shift_code, skill, staff) values (?, ?, ?, ?, ?)")
                        .params(unitId, l.weekday(), l.shiftCode(), l.skill(), l.staff()).update();
            }
        }
    }

    public List<DemandException> exceptions(String unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select on_date, shift_code, skill, staff from roster_demand_exception
                where unit_id = ? and on_date between ? and ? order by on_date, shift_code, skill""")
                .params(unitId, from, to)
                .query((rs, n) -> new DemandException(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public void saveException(String unitId, DemandException e) {
        jdbc.sql("delete from roster_demand_exception where unit_id = ? and on_date = ? and shift_code = ? and skill = ?")
                .params(unitId, e.date(), e.shiftCode(), e.skill()).update();
        jdbc.sql("insert into roster_demand_exception (unit_id, on_date, shift_code, skill, staff) values (?, ?, ?, ?, ?)")
                .params(unitId, e.date(), e.shiftCode(), e.skill(), e.staff()).update();
    }

    /** Removes one exception; answers whether there was one. */
    public boolean deleteException(String unitId, LocalDate date, String shiftCode, String skill) {
        return jdbc.sql("delete from roster_demand_exception where unit_id = ? and on_date = ? and shift_code = ? and skill = ?")
                .params(unitId, date, shiftCode, skill).update() > 0;
    }

    // --- staff and terms

    /**
     * Everyone with a segment in the unit overlapping the period; hours, job family and layer from their
     * latest such segment, the rest from roster_terms or its defaults (trainees every 3rd weekend, others 2nd).
     */
    public List<StaffMember> staff(String unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.person_id, s.job_family, s.employment_type, s.weekly_hours, s.shift_layer,
                       t.weekend_every, t.extra_skills, t.no_nights
                from employment_segment s
                left join roster_terms t on t.person_id = s.person_id
                where s.unit_id = ? and s.segment_start <= ? and (s.segment_end is null or s.segment_end >= ?)
                  and not exists (select 1 from employment_segment later where later.person_id = s.person_id
                      and later.unit_id = s.unit_id and later.segment_start > s.segment_start
                      and later.segment_start <= ?)
                order by s.person_id""")
                .params(unitId, to, from, to)
                .query((rs, n) -> {
                    String type = rs.getString("employment_type");
                    int every = rs.getInt("weekend_every");
                    if (rs.wasNull()) {
                        every = "trainee".equals(type) ? 3 : 2;
                    }
                    return new StaffMember(rs.getString("person_id"), rs.getString("job_family"), type,
                            rs.getDouble("weekly_hours"), rs.getString("shift_layer"), every,
                            skills(rs.getString("extra_skills")), rs.getBoolean("no_nights"));
                })
                .list();
    }

    /** The person's terms from their latest segment overlapping [from, to], in any unit (a pool member's home). */
    public Optional<StaffMember> staffMember(String personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.person_id, s.job_family, s.employment_type, s.weekly_hours, s.shift_layer,
                       t.weekend_every, t.extra_skills, t.no_nights
                from employment_segment s
                left join roster_terms t on t.person_id = s.person_id
                where s.person_id = ? and s.segment_start <= ? and (s.segment_end is null or s.segment_end >= ?)
                order by s.segment_start desc""")
                .params(personId, to, from)
                .query((rs, n) -> {
                    String type = rs.getString("employment_type");
                    int every = rs.getInt("weekend_every");
                    if (rs.wasNull()) {
                        every = "trainee".equals(type) ? 3 : 2;
                    }
                    return new StaffMember(rs.getString("person_id"), rs.getString("job_family"), type,
                            rs.getDouble("weekly_hours"), rs.getString("shift_layer"), every,
                            skills(rs.getString("extra_skills")), rs.getBoolean("no_nights"));
                })
                .list().stream().findFirst();
    }

    /** A person's published assignments between two dates with the id of their period. */
    public List<Map.Entry<Long, Assignment>> publishedShiftsWithPeriod(String personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.*, a.period_id as of_period from roster_assignment a join roster_period p on p.id = a.period_id
                where a.person_id = ? and p.status = 'published' and a.on_date between ? and ?
                order by a.on_date, a.shift_code""")
                .params(personId, from, to)
                .query((rs, n) -> Map.entry(rs.getLong("of_period"), assignment(rs, n))).list();
    }

    public void saveTerms(String personId, Terms terms) {
        jdbc.sql("delete from roster_terms where person_id = ?").param(personId).update();
        jdbc.sql("insert into roster_terms (person_id, weekend_every, extra_skills, no_nights) values (?, ?, ?, ?)")
                .params(personId, terms.weekendEvery(), String.join(",", new TreeSet<>(terms.extraSkills())), terms.noNights())
                .update();
    }

    private static Set<String> skills(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Days in [from, to] on which the person is registered absent (any type, any extent). */
    public List<LocalDate> absenceDays(String personId, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        jdbc.sql("""
                select start_date, end_date from absence where person_id = ? and start_date <= ?
                  and (end_date is null or end_date >= ?)""")
                .params(personId, to, from)
                .query((rs, n) -> {
                    LocalDate start = rs.getDate(1).toLocalDate();
                    java.sql.Date end = rs.getDate(2);
                    LocalDate last = end == null ? to : end.toLocalDate();
                    for (LocalDate d = start.isBefore(from) ? from : start; !d.isAfter(last) && !d.isAfter(to); d = d.plusDays(1)) {
                        days.add(d);
                    }
                    return 0;
                })
                .list();
        return days;
    }

    // --- wishes

    public long addWish(long periodId, String personId, LocalDate date, String kind, String layer, int priority) {
        jdbc.sql("""
                insert into roster_wish (period_id, person_id, on_date, kind, layer, priority, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(periodId, personId, date, kind, layer, priority, OffsetDateTime.now(clock)).update();
        return jdbc.sql("select max(id) from roster_wish where period_id = ? and person_id = ?")
                .params(periodId, personId).query(Long.class).single();
    }

    public List<StoredWish> wishes(long periodId) {
        return jdbc.sql("select * from roster_wish where period_id = ? order by person_id, on_date, id")
                .param(periodId).query(RosterStore::wish).list();
    }

    public List<StoredWish> wishesOf(long periodId, String personId) {
        return jdbc.sql("select * from roster_wish where period_id = ? and person_id = ? order by on_date, id")
                .params(periodId, personId).query(RosterStore::wish).list();
    }

    public Optional<StoredWish> wish(long id) {
        return jdbc.sql("select * from roster_wish where id = ?").param(id).query(RosterStore::wish).optional();
    }

    public void deleteWish(long id) {
        jdbc.sql("delete from roster_wish where id = ?").param(id).update();
    }

    private static StoredWish wish(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredWish(rs.getLong("id"), rs.getLong("period_id"), rs.getString("person_id"),
                rs.getDate("on_date").toLocalDate(), rs.getString("kind"), rs.getString("layer"), rs.getInt("priority"));
    }

    // --- assignments

    public List<Assignment> assignments(long periodId) {
        return jdbc.sql("select * from roster_assignment where period_id = ? order by on_date, shift_code, skill, id")
                .param(periodId).query(RosterStore::assignment).list();
    }

    public Optional<Assignment> assignment(long periodId, long id) {
        return jdbc.sql("select * from roster_assignment where period_id = ? and id = ?").params(periodId, id)
                .query(RosterStore::assignment).optional();
    }

    /** A person's assignments in published periods between two dates. */
    public List<Assignment> publishedShiftsOf(String personId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.* from roster_assignment a join roster_period p on p.id = a.period_id
                where a.person_id = ? and p.status = 'published' and a.on_date between ? and ?
                order by a.on_date, a.shift_code""")
                .params(personId, from, to).query(RosterStore::assignment).list();
    }

    /** The period a slot belongs to, if the slot exists. */
    public Optional<Long> periodOfSlot(long slotId) {
        return jdbc.sql("select period_id from roster_assignment where id = ?").param(slotId).query(Long.class).optional();
    }

    public String unitOfPeriodOfAssignment(long assignmentId) {
        return jdbc.sql("select p.unit_id from roster_assignment a join roster_period p on p.id = a.period_id where a.id = ?")
                .param(assignmentId).query(String.class).single();
    }

    public void addSlot(long periodId, LocalDate date, String shiftCode, String skill) {
        jdbc.sql("insert into roster_assignment (period_id, on_date, shift_code, skill) values (?, ?, ?, ?)")
                .params(periodId, date, shiftCode, skill).update();
    }

    /** Drops the slots nobody pinned, so they are built again from the current demand. */
    public void deleteUnpinnedSlots(long periodId) {
        jdbc.sql("delete from roster_assignment where period_id = ? and pinned = false").param(periodId).update();
    }

    public void assignSolved(long periodId, long slotId, String personId) {
        jdbc.sql("update roster_assignment set person_id = ? where period_id = ? and id = ? and pinned = false")
                .params(personId, periodId, slotId).update();
    }

    /**
     * A planner's edit: pinned, stamped, and flagged when it comes at short notice after publishing. A swap still
     * waiting on the slot can no longer be carried out as agreed, so it goes stale.
     */
    public void assignByHand(long periodId, long slotId, String personId, boolean shortNotice) {
        jdbc.sql("""
                update roster_assignment set person_id = ?, pinned = true, changed_at = ?, opened_reason = null,
                    short_notice = (short_notice or ?) where period_id = ? and id = ?""")
                .params(personId, OffsetDateTime.now(clock), shortNotice, periodId, slotId).update();
        staleSwapsOn(slotId);
    }

    /** The holder is sick: the slot opens (pinned, stamped) and is marked as opened by sickness. */
    public void openForSickness(long periodId, long slotId) {
        jdbc.sql("""
                update roster_assignment set person_id = null, pinned = true, changed_at = ?, opened_reason = 'sickness'
                where period_id = ? and id = ?""")
                .params(OffsetDateTime.now(clock), periodId, slotId).update();
        staleSwapsOn(slotId);
    }

    /** The period's open slots that were opened by sickness. */
    public Set<Long> openedBySickness(long periodId) {
        return new java.util.HashSet<>(jdbc.sql("""
                select id from roster_assignment where period_id = ? and person_id is null and opened_reason = 'sickness'""")
                .param(periodId).query(Long.class).list());
    }

    private void staleSwapsOn(long slotId) {
        jdbc.sql("""
                update roster_swap set status = 'stale', decided_at = ? where status in ('requested', 'accepted')
                  and (proposer_slot_id = ? or colleague_slot_id = ?)""")
                .params(OffsetDateTime.now(clock), slotId, slotId).update();
    }

    private static Assignment assignment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Assignment(rs.getLong("id"), rs.getDate("on_date").toLocalDate(), rs.getString("shift_code"),
                rs.getString("skill"), rs.getString("person_id"), rs.getBoolean("pinned"), rs.getBoolean("short_notice"));
    }
}
