package dk.tilknyt.conversations.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.recruitment.ThreeMonthConversations;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

@DatabaseTest
class HeldThreeMonthConversationsTest {

    @Autowired
    ThreeMonthConversations conversations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(dataSource);
    }

    @Test
    void aHeldThreeMonthConversationIsReportedWithTheDayItWasHeld() {
        item(1, "e-held", "done");
        jdbc.sql("""
                insert into conversation_note (item_id, held_on, recorded_by, recorded_at)
                values (1, DATE '2026-04-02', 'leder', CURRENT_TIMESTAMP)""").update();

        assertThat(conversations.heldOn("e-held")).contains(LocalDate.of(2026, 4, 2));
    }

    @Test
    void anOpenOrMissingConversationIsNotHeld() {
        item(2, "e-open", "open");

        assertThat(conversations.heldOn("e-open")).isEmpty();
        assertThat(conversations.heldOn("e-none")).isEmpty();
    }

    private void item(long id, String employmentId, String status) {
        jdbc.sql("""
                insert into conversation_item (id, item_key, kind, person_id, employment_id, unit_id, due_date, ref_date,
                    status, created_at, updated_at)
                values (?, ?, 'three_month_conversation', 'p1', ?, 'pc-sol', DATE '2026-04-01', DATE '2026-01-01', ?,
                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(id, "test:" + employmentId, employmentId, status).update();
    }
}
