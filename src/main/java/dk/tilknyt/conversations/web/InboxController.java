package dk.tilknyt.conversations.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.conversations.mail.DigestSubscriptions;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.shared.InvalidInputException;

/** The leader's inbox: everything due in the scope, overdue first, filtered by kind, status and dates. */
@Controller
class InboxController {

    static final int PAGE_LIMIT = 500;
    static final int DEFAULT_DAYS_AHEAD = 30;

    private final Pages pages;
    private final ItemStore items;
    private final DigestSubscriptions digest;
    private final AuditLog audit;

    InboxController(Pages pages, ItemStore items, DigestSubscriptions digest, AuditLog audit) {
        this.pages = pages;
        this.items = items;
        this.digest = digest;
        this.audit = audit;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) String unit,
                 @RequestParam(required = false) String kind,
                 @RequestParam(required = false) String status,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) String filtered,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 Model model) {
        AccessScope scope = pages.requireInboxRole();
        String chosen = pages.unitOrHome(unit);
        LocalDate today = pages.today();
        ItemKind kindFilter = blank(kind) ? null : ItemKind.fromCode(kind)
                .orElseThrow(() -> new InvalidInputException("conv.filter.kind", "Unknown kind: " + kind));
        String statusCode = filtered == null && blank(status) ? "open" : status;
        ItemStatus statusFilter = blank(statusCode) || "all".equals(statusCode) ? null : ItemStatus.fromCode(statusCode)
                .orElseThrow(() -> new InvalidInputException("conv.filter.status", "Unknown status: " + status));
        LocalDate toDate = filtered == null && to == null ? today.plusDays(DEFAULT_DAYS_AHEAD) : to;
        if (from != null && toDate != null && from.isAfter(toDate)) {
            throw new InvalidInputException("period.fromAfterTo", "The start date is after the end date.");
        }
        List<InboxItem> list = items.list(new InboxFilter(pages.unitsBelow(chosen, scope), from, toDate, statusFilter,
                kindFilter, null, today, PAGE_LIMIT));
        audit.record("view", "inbox", chosen, "inbox: " + list.size() + " items");
        model.addAttribute("items", list);
        model.addAttribute("today", today);
        model.addAttribute("unit", chosen);
        model.addAttribute("kind", kindFilter == null ? "" : kindFilter.code());
        model.addAttribute("status", statusFilter == null ? "all" : statusFilter.code());
        model.addAttribute("from", from);
        model.addAttribute("to", toDate);
        model.addAttribute("limited", list.size() >= PAGE_LIMIT);
        model.addAttribute("overdueCount", list.stream().filter(i -> i.isOverdue(today)).count());
        model.addAttribute("tree", pages.org().tree());
        if (htmx != null) {
            return "conversations/inbox :: results";
        }
        model.addAttribute("units", UnitOptions.of(pages.org().tree(), scope, pages.guard().homeUnit(chosen)).options());
        model.addAttribute("kinds", Arrays.stream(ItemKind.values()).map(ItemKind::code).toList());
        model.addAttribute("digestEmail", digest.emailOf(pages.username()).orElse(""));
        return "conversations/inbox";
    }

    @PostMapping("/inbox/digest")
    String digest(@RequestParam(required = false) String email, @RequestParam(defaultValue = "subscribe") String action,
                  RedirectAttributes flash, Locale locale) {
        pages.requireInboxRole();
        if ("stop".equals(action)) {
            digest.unsubscribe(pages.username());
            flash.addFlashAttribute("notice", pages.message("conv.digest.stopped", locale));
        } else {
            try {
                digest.subscribe(pages.username(), email);
                flash.addFlashAttribute("notice", pages.message("conv.digest.saved", locale));
            } catch (InvalidInputException e) {
                flash.addFlashAttribute("error", pages.message(e, locale));
            }
        }
        return "redirect:/inbox";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
