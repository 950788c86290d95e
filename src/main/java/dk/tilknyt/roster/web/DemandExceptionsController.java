package dk.tilknyt.roster.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.roster.planning.DemandExceptions;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.shared.InvalidInputException;

/**
 * {@code /rosters/{id}/exceptions}: the period's dates with demand other than the weekly pattern, added and
 * deleted by hand or proposed for the public holidays (the planner sees the proposal and confirms it).
 */
@Controller
class DemandExceptionsController {

    private final RosterScope scope;
    private final DemandExceptions exceptions;
    private final RosterTexts texts;

    DemandExceptionsController(RosterScope scope, DemandExceptions exceptions, RosterTexts texts) {
        this.scope = scope;
        this.exceptions = exceptions;
        this.texts = texts;
    }

    @GetMapping("/rosters/{id}/exceptions")
    String page(@PathVariable long id, @RequestParam(required = false) String suggest, Model model) {
        Period period = scope.period(id);
        model.addAttribute("period", period);
        model.addAttribute("unitName", scope.unitName(period.unitId()));
        model.addAttribute("exceptions", exceptions.of(period));
        model.addAttribute("editable", period.status() != PeriodStatus.PUBLISHED);
        model.addAttribute("shiftCodes", DemandExceptions.SHIFTS);
        model.addAttribute("skills", DemandExceptions.SKILLS);
        if ("holidays".equals(suggest)) {
            model.addAttribute("proposal", exceptions.holidayProposal(period));
        }
        return "roster/exceptions";
    }

    @PostMapping("/rosters/{id}/exceptions")
    String add(@PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String shift, @RequestParam(required = false) String skill,
            @RequestParam(required = false) String staff, RedirectAttributes redirect, Locale locale) {
        Period period = scope.period(id);
        exceptions.add(period, RostersController.date(date), shift, skill, number(staff));
        redirect.addFlashAttribute("notice", texts.msg("roster.exceptions.added", locale));
        return "redirect:/rosters/" + id + "/exceptions";
    }

    @PostMapping("/rosters/{id}/exceptions/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String shift, @RequestParam(required = false) String skill,
            RedirectAttributes redirect, Locale locale) {
        Period period = scope.period(id);
        exceptions.delete(period, RostersController.date(date), shift, skill);
        redirect.addFlashAttribute("notice", texts.msg("roster.exceptions.deleted", locale));
        return "redirect:/rosters/" + id + "/exceptions";
    }

    @PostMapping("/rosters/{id}/exceptions/holidays")
    String holidays(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        Period period = scope.period(id);
        int added = exceptions.addHolidays(period);
        redirect.addFlashAttribute("notice", texts.msg("roster.exceptions.holidaysAdded", locale, added));
        return "redirect:/rosters/" + id + "/exceptions";
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.unprocessable("roster.error.demand", "Not a number: " + text);
        }
    }
}
