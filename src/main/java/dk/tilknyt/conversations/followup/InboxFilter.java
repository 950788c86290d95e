package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.Set;

import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;

/**
 * Which items to list: {@code units == null} means every unit (HR); null fields do not filter.
 * {@code today} orders overdue items first.
 */
public record InboxFilter(Set<String> units, LocalDate from, LocalDate to, ItemStatus status, ItemKind kind,
                          String personId, LocalDate today, int limit) {

    public static InboxFilter forPerson(String personId, LocalDate today) {
        return new InboxFilter(null, null, null, null, null, personId, today, 1000);
    }
}
