package dk.tilknyt.conversations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.conversations.domain.ExitReason;
import dk.tilknyt.conversations.followup.CompletionReport;
import dk.tilknyt.conversations.hours.HoursRequest;
import dk.tilknyt.conversations.hours.HoursRequests;
import dk.tilknyt.conversations.survey.AnswerStore;
import dk.tilknyt.conversations.survey.ExitAnswers;
import dk.tilknyt.conversations.survey.ReasonReport;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.DateRange;
import dk.tilknyt.shared.InvalidInputException;

/** Reasons for leaving and joining (suppressed below 5 answers), the welcome-back list and completion rates. */
@Controller
class ReportsController {

    private final Pages pages;
    private final ReasonReport reasons;
    private final ExitAnswers exits;
    private final CompletionReport completion;
    private final HoursRequests hours;
    private final AuditLog audit;

    ReportsController(Pages pages, ReasonReport reasons, ExitAnswers exits, CompletionReport completion,
                      HoursRequests hours, AuditLog audit) {
        this.pages = pages;
        this.reasons = reasons;
        this.exits = exits;
        this.completion = completion;
        this.hours = hours;
        this.audit = audit;
    }

    /** Aggregates only, so works councils may see it too: groups under 5 answers show nothing. */
    @GetMapping("/conversations/reasons")
    String reasons(@RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                   @RequestParam(required = false) String source,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   Model model) {
        AccessScope scope = pages.guard().requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        String chosen = pages.unitOrHome(unit);
        DateRange period = period(from, to, 24);
        ReasonReport.GroupBy groupBy = ReasonReport.GroupBy.fromCode(by)
                .orElseThrow(() -> new InvalidInputException("conv.reasons.by", "Unknown grouping: " + by));
        AnswerStore.Source sourceFilter = source == null || source.isBlank() || "all".equals(source) ? null
                : Arrays.stream(AnswerStore.Source.values()).filter(s -> s.code().equals(source)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("conv.reasons.source", "Unknown source: " + source));
        model.addAttribute("table", reasons.table(pages.unitsBelow(chosen, scope), period.from(), period.to(), sourceFilter, groupBy));
        model.addAttribute("reasons", ExitReason.values());
        model.addAttribute("unit", chosen);
        model.addAttribute("by", groupBy.code());
        model.addAttribute("source", sourceFilter == null ? "all" : sourceFilter.code());
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("groupings", Arrays.stream(ReasonReport.GroupBy.values()).map(ReasonReport.GroupBy::code).toList());
        model.addAttribute("sources", Arrays.stream(AnswerStore.Source.values()).map(AnswerStore.Source::code).toList());
        model.addAttribute("units", UnitOptions.of(pages.org().tree(), scope, pages.guard().homeUnit(chosen)).options());
        model.addAttribute("tree", pages.org().tree());
        model.addAttribute("jobFamilies", pages.org().jobFamilies());
        return "conversations/reasons";
    }

    @GetMapping("/conversations/welcome-back")
    String welcomeBack(@RequestParam(required = false) String unit, Model model) {
        AccessScope scope = pages.requireInboxRole();
        String chosen = pages.unitOrHome(unit);
        List<ExitAnswers.WelcomeBack> list = exits.welcomeBack(pages.unitsBelow(chosen, scope));
        audit.record("view", "welcome_back", chosen, list.size() + " former employees");
        model.addAttribute("list", list);
        model.addAttribute("unit", chosen);
        model.addAttribute("units", UnitOptions.of(pages.org().tree(), scope, pages.guard().homeUnit(chosen)).options());
        model.addAttribute("tree", pages.org().tree());
        return "conversations/welcome-back";
    }

    @GetMapping("/conversations/completion")
    String completion(@RequestParam(required = false) String unit,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Model model) {
        AccessScope scope = pages.requireInboxRole();
        String chosen = pages.unitOrHome(unit);
        DateRange period = period(from, to, 12);
        var units = pages.unitsBelow(chosen, scope);
        model.addAttribute("report", completion.report(units, period.from(), period.to(), pages.today()));
        List<HoursRequest> requests = hours.madeIn(units, period.from(), period.to());
        model.addAttribute("requestCount", requests.size());
        model.addAttribute("approvedCount", requests.stream().filter(r -> r.status() == HoursRequest.Status.APPROVED).count());
        model.addAttribute("declinedCount", requests.stream().filter(r -> r.status() == HoursRequest.Status.DECLINED).count());
        model.addAttribute("hoursGained", requests.stream().filter(r -> r.status() == HoursRequest.Status.APPROVED)
                .map(HoursRequest::change).filter(c -> c.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros().toPlainString());
        model.addAttribute("unit", chosen);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("units", UnitOptions.of(pages.org().tree(), scope, pages.guard().homeUnit(chosen)).options());
        model.addAttribute("tree", pages.org().tree());
        return "conversations/completion";
    }

    /** The period asked for, or the last {@code months} months up to today. */
    private DateRange period(LocalDate from, LocalDate to, int months) {
        LocalDate end = to != null ? to : pages.today();
        return DateRange.of(from != null ? from : end.minusMonths(months).plusDays(1), end);
    }
}
