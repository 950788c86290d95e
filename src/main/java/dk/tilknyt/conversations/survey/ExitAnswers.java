package dk.tilknyt.conversations.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.domain.ExitReason;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.followup.ConversationRecords;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.people.Staff;
import dk.tilknyt.shared.InvalidInputException;

/**
 * Exit interviews held by a leader: coded reasons from the shared list, "would come back", "could we
 * have kept you" and the outcome. Identifiable for 12 months ({@link RetentionJob}); the "welcome back"
 * list shows those who would return.
 */
@Service
public class ExitAnswers {

    public enum Outcome { LEFT, RETAINED }

    /** The exit-interview form as it arrives. */
    public record Interview(LocalDate heldOn, Set<ExitReason> reasons, boolean wouldComeBack, boolean couldHaveKept,
                            Outcome outcome, String notes) {
    }

    /** A former employee who said they would come back. */
    public record WelcomeBack(String personId, String unitId, String jobFamily, LocalDate lastDay, LocalDate heldOn,
                              List<String> reasons) {
    }

    private final JdbcClient jdbc;
    private final ItemStore items;
    private final Staff staff;
    private final AnswerStore answers;

    ExitAnswers(JdbcClient jdbc, ItemStore items, Staff staff, AnswerStore answers) {
        this.jdbc = jdbc;
        this.items = items;
        this.staff = staff;
        this.answers = answers;
    }

    @Transactional
    public long recordInterview(InboxItem item, Interview form, String by, LocalDate today) {
        if (item.kind() != ItemKind.EXIT_CONVERSATION) {
            throw InvalidInputException.unprocessable("conv.exit.notExit", "Only an exit conversation takes an exit interview.");
        }
        ConversationRecords.checkHeldOn(form.heldOn(), today);
        String notes = ConversationRecords.checkFreeText(form.notes());
        if (form.reasons() == null || form.reasons().isEmpty()) {
            throw InvalidInputException.unprocessable("conv.exit.reasonRequired", "Choose at least one reason (\"other\" when none fits).");
        }
        if (form.outcome() == null) {
            throw InvalidInputException.unprocessable("conv.exit.outcomeRequired", "Choose the outcome: left or retained.");
        }
        if (!items.complete(item.id(), form.heldOn(), by, form.outcome().name().toLowerCase(java.util.Locale.ROOT))) {
            throw ConversationRecords.alreadyDone();
        }
        var segments = staff.history(item.personId()).stream()
                .filter(s -> s.employmentId().equals(item.employmentId())).toList();
        AnswerGroup group = segments.isEmpty()
                ? new AnswerGroup(item.unitId(), "other", "<1", null)
                : AnswerGroup.of(staff.person(item.personId()).orElse(null), segments, item.refDate());
        return answers.insert(new AnswerStore.NewAnswer(AnswerStore.Source.EXIT_INTERVIEW, item.id(), item.personId(),
                item.employmentId(), group, form.heldOn(), item.refDate(), form.wouldComeBack(), form.couldHaveKept(),
                form.outcome().name().toLowerCase(java.util.Locale.ROOT), notes, form.reasons()));
    }

    /** Former staff in the units who said they would come back (identifiable answers only, under 12 months). */
    public List<WelcomeBack> welcomeBack(Collection<String> unitsOrNull) {
        if (unitsOrNull != null && unitsOrNull.isEmpty()) {
            return List.of();
        }
        String sql = """
                select a.id, a.person_id, a.unit_id, a.job_family, a.last_day, a.answered_on
                from reason_answer a
                where a.source = 'exit_interview' and a.would_come_back = true and a.person_id is not null
                  and a.outcome = 'left'""" + (unitsOrNull == null ? "" : " and a.unit_id in (:units)")
                + " order by a.last_day desc, a.id";
        var spec = jdbc.sql(sql);
        if (unitsOrNull != null) {
            spec = spec.param("units", unitsOrNull);
        }
        return spec.query((rs, n) -> new WelcomeBack(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), answers.reasons(rs.getLong(1))))
                .list();
    }
}
