package dk.tilknyt.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records every view of person-level data (who, when, what); HR reads it on the audit page. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessGuard guard;

    AuditLog(JdbcClient jdbc, Clock clock, AccessGuard guard) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.guard = guard;
    }

    /** E.g. {@code record("view", "person", "p0042", "person page")}. */
    public void record(String action, String subjectType, String subjectId, String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, username, action, subject_type, subject_id, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock), guard.principal().username(), action, subjectType, subjectId,
                        detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500))
                .update();
    }
}
