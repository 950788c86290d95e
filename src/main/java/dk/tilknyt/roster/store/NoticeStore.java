package dk.tilknyt.roster.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Change notices of published rosters, in plain SQL; what deserves one is decided in {@code planning/}. */
@Repository
public class NoticeStore {

    /** One notice with the first day and length of its period (for "uge X–Y"). */
    public record Notice(long id, String personId, long periodId, Long slotId, String kind, LocalDate date,
                         String shiftCode, boolean shortNotice, OffsetDateTime createdAt, OffsetDateTime readAt,
                         LocalDate periodFirstDay, int periodWeeks) {
        public boolean unread() {
            return readAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(String personId, long periodId, Long slotId, String kind, LocalDate date, String shiftCode,
            boolean shortNotice) {
        jdbc.sql("""
                insert into roster_notice (person_id, period_id, slot_id, kind, on_date, shift_code, short_notice, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, periodId, slotId, kind, date, shiftCode, shortNotice, OffsetDateTime.now(clock)).update();
    }

    /** The person's newest notices first. */
    public List<Notice> of(String personId, int limit) {
        return jdbc.sql("""
                select n.*, p.first_day, p.weeks from roster_notice n join roster_period p on p.id = n.period_id
                where n.person_id = ? order by n.created_at desc, n.id desc limit ?""")
                .params(personId, limit).query(NoticeStore::notice).list();
    }

    /** A period's notices of the given kinds, newest first. */
    public List<Notice> inPeriod(long periodId, Collection<String> kinds) {
        return jdbc.sql("""
                select n.*, p.first_day, p.weeks from roster_notice n join roster_period p on p.id = n.period_id
                where n.period_id = :period and n.kind in (:kinds) order by n.created_at desc, n.id desc""")
                .param("period", periodId).param("kinds", kinds).query(NoticeStore::notice).list();
    }

    public int unreadCount(String personId) {
        return jdbc.sql("select count(*) from roster_notice where person_id = ? and read_at is null")
                .param(personId).query(Integer.class).single();
    }

    public void markRead(String personId) {
        jdbc.sql("update roster_notice set read_at = ? where person_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), personId).update();
    }

    /** Who the slot was taken from when it was opened by sickness, if it was. */
    public Optional<String> sickFrom(long slotId) {
        return jdbc.sql("select person_id from roster_notice where slot_id = ? and kind = 'sickness' order by id desc")
                .param(slotId).query(String.class).list().stream().findFirst();
    }

    private static Notice notice(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long slot = rs.getLong("slot_id");
        Long slotId = rs.wasNull() ? null : slot;
        java.sql.Date date = rs.getDate("on_date");
        return new Notice(rs.getLong("id"), rs.getString("person_id"), rs.getLong("period_id"), slotId,
                rs.getString("kind"), date == null ? null : date.toLocalDate(), rs.getString("shift_code"),
                rs.getBoolean("short_notice"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class), rs.getDate("first_day").toLocalDate(), rs.getInt("weeks"));
    }
}
