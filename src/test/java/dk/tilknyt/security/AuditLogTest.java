package dk.tilknyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.security.AuditLog.AuditEvent;
import dk.tilknyt.security.AuditLog.AuditPage;
import dk.tilknyt.security.AuditLog.AuditQuery;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

@DatabaseTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void someEvents() {
        DatabaseCleaner.clean(dataSource);
        // Copenhagen is UTC+1 in winter: 23:30 UTC on 1 March is 2 March there
        event("2025-03-01T09:00:00Z", "anne", "person", "p1");
        event("2025-03-01T23:30:00Z", "bo", "person", "p2");
        event("2025-03-03T10:00:00Z", "anne", "staff-list", "omr-a");
        event("2025-03-04T10:00:00Z", "anne", "person", "p2");
    }

    private void event(String at, String username, String subjectType, String subjectId) {
        jdbc.sql("insert into audit_event (occurred_at, username, action, subject_type, subject_id) values (?, ?, 'view', ?, ?)")
                .params(OffsetDateTime.parse(at), username, subjectType, subjectId).update();
    }

    private static AuditQuery query(String user, String subject, String from, String to) {
        return new AuditQuery(user, subject, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void eventsComeNewestFirstInTheMunicipalitysTime() {
        AuditPage page = audit.search(query(null, null, null, null), 1, 50);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.events()).extracting(AuditEvent::subjectId).containsExactly("p2", "omr-a", "p2", "p1");
        assertThat(page.events().get(2).occurredAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(page.events().get(2).occurredAt().getDayOfMonth()).isEqualTo(2);
    }

    @Test
    void filtersByUserSubjectAndWholeDays() {
        assertThat(audit.search(query("anne", null, null, null), 1, 50).total()).isEqualTo(3);
        assertThat(audit.search(query(null, "p2", null, null), 1, 50).total()).isEqualTo(2);
        assertThat(audit.search(query("anne", "p2", null, null), 1, 50).total()).isEqualTo(1);
        assertThat(audit.search(query(null, null, "2025-03-02", "2025-03-03"), 1, 50).events())
                .extracting(AuditEvent::username).containsExactly("anne", "bo");
    }

    @Test
    void pagesAreCountedAndCut() {
        AuditPage second = audit.search(query(null, null, null, null), 2, 3);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.events()).extracting(AuditEvent::subjectId).containsExactly("p1");
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }
}
