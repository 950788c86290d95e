package dk.tilknyt.roster.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.org.JobFamily;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.roster.planning.RosterTerms;
import dk.tilknyt.roster.store.RosterStore.StaffMember;
import dk.tilknyt.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /rosters/terms}: a unit's staff in the period ahead with their roster terms, each row saved on its own
 * (htmx swaps the row; a bad value answers 422 with the row as stored and the message).
 */
@Controller
class RosterTermsController {

    private final RosterScope scope;
    private final RosterTerms terms;
    private final OrgDirectory org;
    private final RosterTexts texts;

    RosterTermsController(RosterScope scope, RosterTerms terms, OrgDirectory org, RosterTexts texts) {
        this.scope = scope;
        this.terms = terms;
        this.org = org;
        this.texts = texts;
    }

    @GetMapping("/rosters/terms")
    String page(@RequestParam(required = false) String unit, Model model, Locale locale) {
        String chosen = scope.unit(unit);
        model.addAttribute("unitName", scope.unitName(chosen));
        model.addAttribute("units", scope.choices());
        model.addAttribute("staff", terms.staffAhead(chosen));
        addRowModel(model, chosen, locale);
        return "roster/terms";
    }

    @PostMapping("/rosters/terms/{personId}")
    String save(@PathVariable String personId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String weekendEvery,
            @RequestParam(name = "competence", required = false) List<String> competences,
            @RequestParam(defaultValue = "false") boolean noNights,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        String chosen = scope.unit(unit);
        StaffMember saved;
        try {
            saved = terms.save(chosen, personId, number(weekendEvery), competences, noNights);
        } catch (InvalidInputException e) {
            if (htmx == null) {
                throw e;
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("rowProblem", texts.msg(e.messageKey(), locale));
            return row(model, chosen, asStored(chosen, personId), locale);
        }
        if (htmx == null) {
            redirect.addFlashAttribute("notice", texts.msg("roster.terms.saved", locale));
            return "redirect:/rosters/terms?unit=" + chosen;
        }
        model.addAttribute("rowNotice", texts.msg("roster.terms.saved", locale));
        return row(model, chosen, saved, locale);
    }

    private StaffMember asStored(String unit, String personId) {
        return terms.staffAhead(unit).stream().filter(m -> m.personId().equals(personId)).findFirst().orElseThrow();
    }

    /** The row fragment: the page's row loop over just this person. */
    private String row(Model model, String unit, StaffMember member, Locale locale) {
        model.addAttribute("staff", List.of(member));
        addRowModel(model, unit, locale);
        return "roster/terms :: row";
    }

    private void addRowModel(Model model, String unit, Locale locale) {
        model.addAttribute("unit", unit);
        model.addAttribute("competences", RosterTerms.COMPETENCES);
        model.addAttribute("frequencies", RosterTerms.WEEKEND_FREQUENCIES);
        Map<String, String> families = org.jobFamilies().stream()
                .collect(Collectors.toMap(JobFamily::code, f -> f.name(locale)));
        model.addAttribute("families", families);
        model.addAttribute("seniorNoNights", terms.noNightsBySeniorArrangement());
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
