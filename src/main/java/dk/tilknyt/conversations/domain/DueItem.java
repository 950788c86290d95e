package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item the rules say is due: identified by a stable {@code key} (kind and the facts it hangs on), so
 * deriving twice gives the same items. {@code refDate} is the day it hangs on: the first sick day, the
 * first or last day of the employment, the day a rule was met.
 */
public record DueItem(String key, ItemKind kind, String personId, String employmentId, String unitId,
                      LocalDate dueDate, LocalDate refDate, Long taskId, String title,
                      ItemStatus status, ClosedReason closedReason, LocalDate closedOn) {

    public DueItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(refDate, "refDate");
        Objects.requireNonNull(status, "status");
    }

    public static DueItem open(String key, ItemKind kind, String personId, String employmentId, String unitId,
                               LocalDate dueDate, LocalDate refDate) {
        return new DueItem(key, kind, personId, employmentId, unitId, dueDate, refDate, null, null,
                ItemStatus.OPEN, null, null);
    }

    public DueItem task(long id, String taskTitle) {
        return new DueItem(key, kind, personId, employmentId, unitId, dueDate, refDate, id, taskTitle, status,
                closedReason, closedOn);
    }

    public DueItem closed(ClosedReason reason, LocalDate on) {
        return new DueItem(key, kind, personId, employmentId, unitId, dueDate, refDate, taskId, title,
                ItemStatus.CLOSED, reason, on);
    }
}
