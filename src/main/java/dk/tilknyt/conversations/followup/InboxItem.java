package dk.tilknyt.conversations.followup;

import java.time.LocalDate;

import dk.tilknyt.conversations.domain.ClosedReason;
import dk.tilknyt.conversations.domain.DueItem;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;

/** A stored inbox item as pages and the API show it. */
public record InboxItem(long id, String key, ItemKind kind, String personId, String employmentId, String unitId,
                        LocalDate dueDate, LocalDate refDate, Long taskId, String title, ItemStatus status,
                        ClosedReason closedReason, LocalDate closedOn, LocalDate completedOn, String completedBy,
                        String outcome, LocalDate surveyIssuedOn) {

    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }

    public boolean isDone() {
        return status == ItemStatus.DONE;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ItemStatus.OPEN && dueDate.isBefore(today);
    }

    /** Done by the due date. */
    public boolean doneOnTime() {
        return status == ItemStatus.DONE && completedOn != null && !completedOn.isAfter(dueDate);
    }

    /** What the rules would say about this item, for comparison with a fresh derivation. */
    DueItem asDue() {
        return new DueItem(key, kind, personId, employmentId, unitId, dueDate, refDate, taskId, title, status,
                closedReason, closedOn);
    }
}
