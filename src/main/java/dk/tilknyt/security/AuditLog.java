package dk.tilknyt.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records every view of person-level data (who, when, what); HR reads it on the audit page. */
@Component
public class AuditLog {

    private static final int MAX_DETAIL = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessGuard guard;

    AuditLog(JdbcClient jdbc, Clock clock, AccessGuard guard) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.guard = guard;
    }

    /** One recorded view. */
    public record AuditEvent(long id, OffsetDateTime occurredAt, String username, String action, String subjectType,
                             String subjectId, String detail) {
    }

    /** What to look for; null or blank fields do not filter. Dates are whole days in the clock's zone. */
    public record AuditQuery(String username, String subjectId, LocalDate from, LocalDate to) {
    }

    /** One page of events, newest first. */
    public record AuditPage(List<AuditEvent> events, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    /** E.g. {@code record("view", "person", "p0042", "person page")}. */
    public void record(String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, username, action, subject_type, subject_id, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), guard.principal().username(), action, subjectType, subjectId,
                        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                .update();
    }

    /** Page {@code page} (from 1) of the events that match, newest first. */
    public AuditPage search(AuditQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" and username = :username");
            params.put("username", query.username().trim());
        }
        if (query.subjectId() != null && !query.subjectId().isBlank()) {
            where.append(" and subject_id = :subject");
            params.put("subject", query.subjectId().trim());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", query.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
        int wanted = Math.max(1, page);
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("limit", size);
        paged.put("offset", (long) (wanted - 1) * size);
        List<AuditEvent> events = new ArrayList<>(jdbc.sql("""
                        select id, occurred_at, username, action, subject_type, subject_id, detail from audit_event"""
                        + where + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(paged)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)
                        .atZoneSameInstant(clock.getZone()).toOffsetDateTime(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list());
        return new AuditPage(events, wanted, size, total);
    }
}
