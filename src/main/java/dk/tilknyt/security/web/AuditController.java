package dk.tilknyt.security.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.security.AuditLog.AuditEvent;
import dk.tilknyt.security.AuditLog.AuditPage;
import dk.tilknyt.security.AuditLog.AuditQuery;
import dk.tilknyt.security.Role;

/** HR reads who looked at whose data: filter by user, subject and days, newest first. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AccessGuard guard;
    private final AuditLog audit;
    private final MessageSource messages;

    AuditController(AccessGuard guard, AuditLog audit, MessageSource messages) {
        this.guard = guard;
        this.audit = audit;
        this.messages = messages;
    }

    /** An event with its action and subject type in words (other modules may log kinds unknown here). */
    record AuditRow(AuditEvent event, String action, String subjectType) {
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String user,
                 @RequestParam(required = false) String subject,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "1") int page,
                 Locale locale, Model model) {
        guard.requireRole(Role.HR);
        AuditQuery query = new AuditQuery(user, subject, from, to);
        model.addAttribute("query", query);
        if (from != null && to != null && from.isAfter(to)) {
            model.addAttribute("periodError", "period.fromAfterTo");
            query = new AuditQuery(user, subject, null, null);
        }
        AuditPage result = audit.search(query, page, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.events().stream().map(e -> new AuditRow(e,
                messages.getMessage("audit.action." + e.action(), null, e.action(), locale),
                messages.getMessage("audit.subject." + e.subjectType(), null, e.subjectType(), locale))).toList());
        return "security/audit";
    }
}
