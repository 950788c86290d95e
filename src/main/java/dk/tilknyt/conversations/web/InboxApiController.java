package dk.tilknyt.conversations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.tilknyt.conversations.domain.ItemStatus;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.shared.InvalidInputException;

/** api.md, "Inbox": what is due in the scope, for calendars and task tools. */
@RestController
class InboxApiController {

    static final int API_LIMIT = 100_000;

    /** One item exactly as api.md shows it. */
    record Item(String id, String kind, String personId, String unit, LocalDate dueDate, String status) {
    }

    record Answer(List<Item> items) {
    }

    private final Pages pages;
    private final ItemStore items;
    private final AuditLog audit;

    InboxApiController(Pages pages, ItemStore items, AuditLog audit) {
        this.pages = pages;
        this.items = items;
        this.audit = audit;
    }

    @GetMapping("/api/inbox")
    Answer inbox(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) String status) {
        AccessScope scope = pages.requireInboxRole();
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException("conv.api.unitRequired", "The parameter 'unit' is required.");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidInputException("period.fromAfterTo", "The start date " + from + " is after the end date " + to + ".");
        }
        ItemStatus statusFilter = status == null || status.isBlank() ? null : ItemStatus.fromCode(status)
                .orElseThrow(() -> new InvalidInputException("conv.api.status",
                        "The parameter 'status' must be open, done or closed, not '" + status + "'."));
        pages.guard().requireUnit(unit);
        var list = items.list(new InboxFilter(pages.unitsBelow(unit, scope), fromDate, toDate, statusFilter, null, null,
                pages.today(), API_LIMIT));
        audit.record("view", "inbox", unit, "api: " + list.size() + " items");
        return new Answer(list.stream().map(i -> new Item(Long.toString(i.id()), i.kind().code(), i.personId(),
                i.unitId(), i.dueDate(), i.status().code())).toList());
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("conv.api.date", "The parameter '" + name + "' must be a date YYYY-MM-DD, not '" + value + "'.");
        }
    }
}
