package dk.tilknyt.conversations.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.conversations.followup.AgreementStore;
import dk.tilknyt.conversations.followup.Arrangements;
import dk.tilknyt.conversations.followup.FollowUpDerivation;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.conversations.hours.HoursRequests;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A person's conversations: the employment history (segments, so an approved hours change shows), the
 * items, §56 agreements, life-phase arrangements and hours-change requests. Also the hours-change request
 * form, open to the employee themself.
 */
@Controller
class PersonConversationsController {

    private final Pages pages;
    private final Staff staff;
    private final ItemStore items;
    private final AgreementStore agreements;
    private final Arrangements arrangements;
    private final HoursRequests hours;
    private final FollowUpDerivation derivation;
    private final AuditLog audit;

    PersonConversationsController(Pages pages, Staff staff, ItemStore items, AgreementStore agreements, Arrangements arrangements,
                     HoursRequests hours, FollowUpDerivation derivation, AuditLog audit) {
        this.pages = pages;
        this.staff = staff;
        this.items = items;
        this.agreements = agreements;
        this.arrangements = arrangements;
        this.hours = hours;
        this.derivation = derivation;
        this.audit = audit;
    }

    @GetMapping("/conversations/persons/{personId}")
    String person(@PathVariable String personId, Model model) {
        pages.requireInboxRole();
        pages.guard().requirePerson(personId);
        audit.record("view", "person", personId, "conversations");
        model.addAttribute("personId", personId);
        model.addAttribute("segments", staff.history(personId));
        model.addAttribute("items", items.list(InboxFilter.forPerson(personId, pages.today())));
        model.addAttribute("agreements", agreements.forPerson(personId));
        model.addAttribute("arrangements", arrangements.forPerson(personId));
        model.addAttribute("requests", hours.forPerson(personId));
        model.addAttribute("today", pages.today());
        model.addAttribute("tree", pages.org().tree());
        if (!model.containsAttribute("agreementForm")) {
            model.addAttribute("agreementForm", new Forms.AgreementForm(null, null));
        }
        return "conversations/person";
    }

    @PostMapping("/conversations/persons/{personId}/agreements")
    String agreement(@PathVariable String personId, @ModelAttribute Forms.AgreementForm form, BindingResult binding,
                     RedirectAttributes flash, Locale locale) {
        pages.requireInboxRole();
        pages.guard().requirePerson(personId);
        Pages.rejectBindingErrors(binding);
        try {
            agreements.record(personId, form.validFrom(), form.expiresOn(), pages.username());
            derivation.refreshPerson(personId, pages.today());
            flash.addFlashAttribute("notice", pages.message("conv.agreement.recorded", locale));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", pages.message(e, locale));
            flash.addFlashAttribute("agreementForm", form);
        }
        return "redirect:/conversations/persons/" + personId;
    }

    @GetMapping("/conversations/my-hours")
    String myHours() {
        AccessScope scope = pages.guard().requireRole(Role.EMPLOYEE);
        return "redirect:/conversations/persons/" + scope.principal().personId() + "/hours";
    }

    @GetMapping("/conversations/persons/{personId}/hours")
    String hoursForm(@PathVariable String personId, Model model) {
        requireHoursAccess(personId);
        return hoursPage(personId, new Forms.HoursForm(null, null, null), model);
    }

    @PostMapping("/conversations/persons/{personId}/hours")
    String requestHours(@PathVariable String personId, @ModelAttribute("hoursForm") Forms.HoursForm form,
                        BindingResult binding, Model model, RedirectAttributes flash, Locale locale,
                        HttpServletResponse response) {
        AccessScope scope = requireHoursAccess(personId);
        Pages.rejectBindingErrors(binding);
        EmploymentSegment current = openSegments(personId, scope).stream()
                .filter(s -> s.employmentId().equals(form.employmentId())).findFirst().orElse(null);
        try {
            if (current == null) {
                throw InvalidInputException.unprocessable("conv.hours.employmentRequired", "Choose one of the employments.");
            }
            hours.request(personId, form.employmentId(), form.from(), form.hours(), pages.username(), pages.today());
        } catch (InvalidInputException e) {
            response.setStatus(e.unprocessable() ? HttpStatus.UNPROCESSABLE_CONTENT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", pages.message(e, locale));
            return hoursPage(personId, form, model);
        }
        flash.addFlashAttribute("notice", pages.message("conv.hours.requested", locale));
        return scope.role() == Role.EMPLOYEE ? "redirect:/conversations/persons/" + personId + "/hours"
                : "redirect:/conversations/persons/" + personId;
    }

    private String hoursPage(String personId, Forms.HoursForm form, Model model) {
        AccessScope scope = pages.guard().scope();
        model.addAttribute("personId", personId);
        model.addAttribute("employments", openSegments(personId, scope));
        model.addAttribute("requests", hours.forPerson(personId));
        model.addAttribute("hoursForm", form);
        model.addAttribute("today", pages.today());
        model.addAttribute("tree", pages.org().tree());
        model.addAttribute("self", scope.role() == Role.EMPLOYEE);
        return "conversations/hours";
    }

    /** HR, a leader with the person in scope, or the employee themself. */
    private AccessScope requireHoursAccess(String personId) {
        AccessScope scope = pages.guard().requireRole(Role.HR, Role.LEADER, Role.EMPLOYEE);
        pages.guard().requirePerson(personId);
        audit.record("view", "person", personId, "hours change");
        return scope;
    }

    /** The segments running today or later, one per employment (the latest), that the caller may change. */
    private List<EmploymentSegment> openSegments(String personId, AccessScope scope) {
        var today = pages.today();
        return staff.history(personId).stream()
                .filter(s -> s.end() == null || !s.end().isBefore(today))
                .filter(s -> scope.role() == Role.EMPLOYEE || scope.includes(s.unitId()))
                .sorted(Comparator.comparing(EmploymentSegment::start).reversed())
                .filter(distinctEmployment())
                .toList();
    }

    private static java.util.function.Predicate<EmploymentSegment> distinctEmployment() {
        var seen = new java.util.HashSet<String>();
        return s -> seen.add(s.employmentId());
    }
}
