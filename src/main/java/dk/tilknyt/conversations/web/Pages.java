package dk.tilknyt.conversations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/** What the module's pages share: today, scope checks on items and units, messages. */
@Component
class Pages {

    private final AccessGuard guard;
    private final OrgDirectory org;
    private final ItemStore items;
    private final MessageSource messages;
    private final Clock clock;

    Pages(AccessGuard guard, OrgDirectory org, ItemStore items, MessageSource messages, Clock clock) {
        this.guard = guard;
        this.org = org;
        this.items = items;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    AccessGuard guard() {
        return guard;
    }

    OrgDirectory org() {
        return org;
    }

    /** Leaders and HR work the inbox; other roles get 403. */
    AccessScope requireInboxRole() {
        return guard.requireRole(Role.HR, Role.LEADER);
    }

    /** The unit asked for, or the user's home unit; 404 outside the scope. */
    String unitOrHome(String unit) {
        String chosen = unit == null || unit.isBlank() ? guard.homeUnit(rootUnit()) : unit.trim();
        guard.requireUnit(chosen);
        return chosen;
    }

    /** The units of the chosen unit's subtree; null (= all) for the whole municipality. */
    Set<String> unitsBelow(String unit, AccessScope scope) {
        boolean wholeMunicipality = scope.wholeMunicipality() && org.tree().roots().size() == 1
                && org.tree().roots().getFirst().id().equals(unit);
        return wholeMunicipality ? null : org.subtree(unit);
    }

    private String rootUnit() {
        return org.tree().roots().stream().findFirst().map(u -> u.id())
                .orElseThrow(() -> new NotFoundException("Unit", "root"));
    }

    /** An item the caller may see: a leader or HR whose scope holds the item's unit; otherwise 404. */
    InboxItem item(long id) {
        AccessScope scope = requireInboxRole();
        InboxItem item = items.find(id).orElseThrow(() -> new NotFoundException("Item", Long.toString(id)));
        if (!scope.includes(item.unitId())) {
            throw new NotFoundException("Item", Long.toString(id));
        }
        return item;
    }

    String username() {
        return guard.principal().username();
    }

    String message(InvalidInputException e, Locale locale) {
        return messages.getMessage(e.messageKey(), null, e.getMessage(), locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A form field that could not be read (a malformed date or number) is a 400 with its name. */
    static void rejectBindingErrors(BindingResult binding) {
        if (binding.hasErrors()) {
            var field = binding.getFieldError();
            throw new InvalidInputException("conv.form.invalid", "The field '"
                    + (field == null ? "?" : field.getField()) + "' has an invalid value.");
        }
    }
}
