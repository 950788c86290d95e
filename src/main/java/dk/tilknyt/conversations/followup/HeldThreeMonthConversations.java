package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dk.tilknyt.recruitment.ThreeMonthConversations;

/**
 * Tells recruitment's hire follow-up whether a hire's 3-month conversation was held, so the funnel runs on
 * from the hire to the conversation (issue 4, "Hire → employment").
 */
@Component
class HeldThreeMonthConversations implements ThreeMonthConversations {

    private final JdbcClient jdbc;

    HeldThreeMonthConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> heldOn(String employmentId) {
        return jdbc.sql("""
                select coalesce(n.held_on, i.completed_on)
                from conversation_item i left join conversation_note n on n.item_id = i.id
                where i.kind = 'three_month_conversation' and i.employment_id = ? and i.status = 'done'
                order by 1""")
                .param(employmentId)
                .query(LocalDate.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
