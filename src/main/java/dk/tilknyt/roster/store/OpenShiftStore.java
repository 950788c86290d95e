package dk.tilknyt.roster.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pool membership and bids for open shifts, in plain SQL; the rules live in {@code planning/OpenShifts}. */
@Repository
public class OpenShiftStore {

    public record PoolMember(String personId, String homeUnitId, String poolUnitId) {
    }

    public record Bid(long id, long periodId, long slotId, LocalDate date, String shiftCode, String skill,
                      String personId, OffsetDateTime createdAt, String status) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OpenShiftStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void savePoolMember(PoolMember member) {
        jdbc.sql("delete from roster_pool_member where person_id = ?").param(member.personId()).update();
        jdbc.sql("insert into roster_pool_member (person_id, home_unit_id, pool_unit_id) values (?, ?, ?)")
                .params(member.personId(), member.homeUnitId(), member.poolUnitId()).update();
    }

    public Optional<PoolMember> poolMember(String personId) {
        return jdbc.sql("select person_id, home_unit_id, pool_unit_id from roster_pool_member where person_id = ?")
                .param(personId)
                .query((rs, n) -> new PoolMember(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    public List<PoolMember> poolMembers() {
        return jdbc.sql("select person_id, home_unit_id, pool_unit_id from roster_pool_member order by pool_unit_id, person_id")
                .query((rs, n) -> new PoolMember(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public void removePoolMember(String personId) {
        jdbc.sql("delete from roster_pool_member where person_id = ?").param(personId).update();
    }

    /** Published periods starting within 12 weeks before the date or later, oldest first. */
    public List<Long> publishedPeriodsFrom(LocalDate from) {
        return jdbc.sql("select id from roster_period where status = 'published' and first_day >= ? order by first_day, id")
                .param(from.minusWeeks(12)).query(Long.class).list();
    }

    public long bid(long periodId, long slotId, LocalDate date, String shiftCode, String skill, String personId) {
        jdbc.sql("""
                insert into roster_bid (period_id, slot_id, on_date, shift_code, skill, person_id, created_at, status)
                values (?, ?, ?, ?, ?, ?, ?, 'bid')""")
                .params(periodId, slotId, date, shiftCode, skill, personId, OffsetDateTime.now(clock)).update();
        return jdbc.sql("select id from roster_bid where slot_id = ? and person_id = ?").params(slotId, personId)
                .query(Long.class).single();
    }

    public Optional<Bid> bid(long id) {
        return jdbc.sql("select * from roster_bid where id = ?").param(id).query(OpenShiftStore::bid).optional();
    }

    public List<Bid> bidsOn(long periodId) {
        return jdbc.sql("select * from roster_bid where period_id = ? order by slot_id, created_at, id")
                .param(periodId).query(OpenShiftStore::bid).list();
    }

    public List<Bid> bidsOf(String personId) {
        return jdbc.sql("select * from roster_bid where person_id = ? order by on_date, shift_code, id")
                .param(personId).query(OpenShiftStore::bid).list();
    }

    public void withdraw(long id) {
        jdbc.sql("delete from roster_bid where id = ? and status = 'bid'").param(id).update();
    }

    /** The chosen bid is allocated; every other bid on the slot is declined. */
    public void allocated(long slotId, long bidId) {
        jdbc.sql("update roster_bid set status = case when id = ? then 'allocated' else 'declined' end where slot_id = ?")
                .params(bidId, slotId).update();
    }

    /** Declines every open bid on the slot (it was covered otherwise) and returns the bids as they were. */
    public List<Bid> declineOpenBids(long slotId) {
        List<Bid> open = jdbc.sql("select * from roster_bid where slot_id = ? and status = 'bid' order by id")
                .param(slotId).query(OpenShiftStore::bid).list();
        jdbc.sql("update roster_bid set status = 'declined' where slot_id = ? and status = 'bid'").param(slotId).update();
        return open;
    }

    /** Makes the slot's declined bids open again, unless one of its bids was allocated. Returns how many. */
    public int reopenDeclinedBids(long slotId) {
        return jdbc.sql("""
                update roster_bid set status = 'bid' where slot_id = ? and status = 'declined'
                  and not exists (select 1 from roster_bid a where a.slot_id = ? and a.status = 'allocated')""")
                .params(slotId, slotId).update();
    }

    /** Shifts the person was allocated through a bid on dates in [from, to]. */
    public int allocatedBetween(String personId, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from roster_bid where person_id = ? and status = 'allocated' and on_date between ? and ?")
                .params(personId, from, to).query(Integer.class).single();
    }

    private static Bid bid(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Bid(rs.getLong("id"), rs.getLong("period_id"), rs.getLong("slot_id"), rs.getDate("on_date").toLocalDate(),
                rs.getString("shift_code"), rs.getString("skill"), rs.getString("person_id"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("status"));
    }
}
