package dk.tilknyt.roster.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Swaps between colleagues, in plain SQL; the states and rules live in {@code planning/Swap} and {@code Swaps}. */
@Repository
public class SwapStore {

    /** A stored swap; status is the code of {@code planning.SwapStatus}. */
    public record StoredSwap(long id, long periodId, String proposerId, long proposerSlotId, String colleagueId,
                             Long colleagueSlotId, String status, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SwapStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long periodId, String proposerId, long proposerSlotId, String colleagueId, Long colleagueSlotId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into roster_swap (period_id, proposer_id, proposer_slot_id, colleague_id, colleague_slot_id,
                    status, created_at) values (?, ?, ?, ?, ?, 'requested', ?)""")
                .params(periodId, proposerId, proposerSlotId, colleagueId, colleagueSlotId, now).update();
        return jdbc.sql("select max(id) from roster_swap where proposer_id = ? and proposer_slot_id = ?")
                .params(proposerId, proposerSlotId).query(Long.class).single();
    }

    public Optional<StoredSwap> swap(long id) {
        return jdbc.sql("select * from roster_swap where id = ?").param(id).query(SwapStore::swap).optional();
    }

    /** Swaps the person proposed or was asked, newest first. */
    public List<StoredSwap> swapsOf(String personId) {
        return jdbc.sql("select * from roster_swap where proposer_id = ? or colleague_id = ? order by created_at desc, id desc")
                .params(personId, personId).query(SwapStore::swap).list();
    }

    public List<StoredSwap> swapsIn(long periodId) {
        return jdbc.sql("select * from roster_swap where period_id = ? order by created_at desc, id desc")
                .param(periodId).query(SwapStore::swap).list();
    }

    /** Whether a requested or accepted swap already concerns the slot. */
    /** The shifts of the period that are in a pending (requested or accepted) swap. */
    public java.util.Set<Long> slotsInOpenSwaps(long periodId) {
        java.util.Set<Long> slots = new java.util.HashSet<>();
        jdbc.sql("""
                select proposer_slot_id, colleague_slot_id from roster_swap
                where period_id = ? and status in ('requested', 'accepted')""")
                .param(periodId).query(rs -> {
                    slots.add(rs.getLong(1));
                    long colleague = rs.getLong(2);
                    if (!rs.wasNull()) {
                        slots.add(colleague);
                    }
                });
        return slots;
    }

    public boolean openSwapOn(long slotId) {
        return jdbc.sql("""
                select count(*) from roster_swap where status in ('requested', 'accepted')
                  and (proposer_slot_id = ? or colleague_slot_id = ?)""")
                .params(slotId, slotId).query(Integer.class).single() > 0;
    }

    /**
     * Moves the swap from one status to the next; false when someone else moved it first (nothing changed).
     */
    public boolean move(long id, String from, String to) {
        return jdbc.sql("update roster_swap set status = ?, decided_at = ? where id = ? and status = ?")
                .params(to, OffsetDateTime.now(clock), id, from).update() == 1;
    }

    private static StoredSwap swap(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long colleagueSlot = rs.getLong("colleague_slot_id");
        Long colleagueSlotId = rs.wasNull() ? null : colleagueSlot;
        return new StoredSwap(rs.getLong("id"), rs.getLong("period_id"), rs.getString("proposer_id"),
                rs.getLong("proposer_slot_id"), rs.getString("colleague_id"), colleagueSlotId, rs.getString("status"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
