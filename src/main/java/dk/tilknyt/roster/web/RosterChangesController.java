package dk.tilknyt.roster.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.roster.planning.SickReports;
import dk.tilknyt.roster.planning.SwapStatus;
import dk.tilknyt.roster.planning.Swaps;
import dk.tilknyt.roster.planning.Swaps.SwapBreaksRule;
import dk.tilknyt.roster.planning.Swaps.SwapView;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.security.AuditLog;

import jakarta.servlet.http.HttpServletResponse;

/** The planner's side of changes after publishing: approving swaps and reporting a person sick. */
@Controller
@RequestMapping("/rosters/{id}")
class RosterChangesController {

    record SwapRow(long id, String proposer, String proposerShift, String colleague, String colleagueShift,
                   String status, boolean decidable) {
    }

    private final RosterScope scope;
    private final Swaps swaps;
    private final SickReports sickness;
    private final RosterTexts texts;
    private final AuditLog audit;

    RosterChangesController(RosterScope scope, Swaps swaps, SickReports sickness, RosterTexts texts, AuditLog audit) {
        this.scope = scope;
        this.swaps = swaps;
        this.sickness = sickness;
        this.texts = texts;
        this.audit = audit;
    }

    @GetMapping("/swaps")
    String swaps(@PathVariable long id, Model model, Locale locale) {
        Period period = scope.period(id);
        audit.record("roster_swaps_viewed", "roster_period", String.valueOf(id), period.unitId());
        model.addAttribute("period", period);
        model.addAttribute("unitName", scope.unitName(period.unitId()));
        model.addAttribute("swaps", swaps.inPeriod(id).stream().map(v -> row(v, locale)).toList());
        return "roster/swaps";
    }

    private SwapRow row(SwapView v, Locale locale) {
        var s = v.swap();
        return new SwapRow(s.id(), s.proposerId(), texts.shift(v.proposerShift(), locale), s.colleagueId(),
                s.isExchange() ? texts.shift(v.colleagueShift(), locale) : texts.msg("roster.swap.handover", locale),
                texts.msg("roster.swap.status." + s.status().code(), locale), s.status() == SwapStatus.ACCEPTED);
    }

    @PostMapping("/swaps/{swapId}/approve")
    String approve(@PathVariable long id, @PathVariable long swapId, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        try {
            swaps.approve(id, swapId);
        } catch (SwapBreaksRule e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", texts.brokenBySwap(e.violations(), locale));
            return swaps(id, model, locale);
        }
        redirect.addFlashAttribute("notice", texts.msg("roster.swap.approved", locale));
        return "redirect:/rosters/" + id + "/swaps";
    }

    @PostMapping("/swaps/{swapId}/reject")
    String reject(@PathVariable long id, @PathVariable long swapId, RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        swaps.reject(id, swapId);
        redirect.addFlashAttribute("notice", texts.msg("roster.swap.rejected", locale));
        return "redirect:/rosters/" + id + "/swaps";
    }

    /** "Meld syg": the person's shifts in the days given open up; no reason is asked for or stored. */
    @PostMapping("/sickness")
    String reportSick(@PathVariable long id, @RequestParam(required = false) String person,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            RedirectAttributes redirect, Locale locale) {
        Period period = scope.period(id);
        int opened = sickness.report(id, person, RostersController.date(from), RostersController.date(to));
        audit.record("roster_sickness_reported", "roster_period", String.valueOf(id), period.unitId());
        redirect.addFlashAttribute("notice", texts.msg("roster.sickness.reported", locale, opened));
        return "redirect:/rosters/" + id;
    }
}
