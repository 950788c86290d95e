package dk.tilknyt.conversations.web;

import java.util.Arrays;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dk.tilknyt.conversations.domain.ArrangementKind;
import dk.tilknyt.conversations.domain.DiagnosisCheck;
import dk.tilknyt.conversations.domain.ExitReason;
import dk.tilknyt.conversations.followup.ConversationRecords;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.NoteStore;
import dk.tilknyt.conversations.hours.HoursRequest;
import dk.tilknyt.conversations.hours.HoursRequests;
import dk.tilknyt.conversations.survey.ExitAnswers;
import dk.tilknyt.conversations.survey.Surveys;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** One inbox item: what it is about, and the form that completes it. */
@Controller
class ItemController {

    private final Pages pages;
    private final NoteStore notes;
    private final ConversationRecords records;
    private final ExitAnswers exits;
    private final HoursRequests hours;
    private final Surveys surveys;
    private final AuditLog audit;

    ItemController(Pages pages, NoteStore notes, ConversationRecords records, ExitAnswers exits, HoursRequests hours,
                   Surveys surveys, AuditLog audit) {
        this.pages = pages;
        this.notes = notes;
        this.records = records;
        this.exits = exits;
        this.hours = hours;
        this.surveys = surveys;
        this.audit = audit;
    }

    @GetMapping("/inbox/items/{id}")
    String show(@PathVariable long id, Model model) {
        InboxItem item = pages.item(id);
        audit.record("view", "person", item.personId(), "inbox item " + item.kind().code() + " " + id);
        return page(item, model, Forms.RecordForm.blank(pages.today()), Forms.ExitForm.blank(pages.today()));
    }

    @PostMapping("/inbox/items/{id}/record")
    String record(@PathVariable long id, @ModelAttribute("recordForm") Forms.RecordForm form, BindingResult binding,
                  Model model, RedirectAttributes flash, Locale locale, HttpServletResponse response) {
        InboxItem item = pages.item(id);
        Pages.rejectBindingErrors(binding);
        var warning = healthWarning(form.notes(), locale);
        if (warning != null) {
            return again(item, model, form, Forms.ExitForm.blank(pages.today()), warning, 422, response);
        }
        try {
            records.record(item, new ConversationRecords.Record(form.heldOn(), Boolean.TRUE.equals(form.byPhone()),
                    form.followUpOn(), form.mentor(), form.notes(), form.arrangements(), form.reviewOn()),
                    pages.username(), pages.today());
        } catch (InvalidInputException e) {
            return again(item, model, form, Forms.ExitForm.blank(pages.today()), pages.message(e, locale), status(e), response);
        }
        return done(item, flash, locale);
    }

    @PostMapping("/inbox/items/{id}/exit")
    String exit(@PathVariable long id, @ModelAttribute("exitForm") Forms.ExitForm form, BindingResult binding,
                Model model, RedirectAttributes flash, Locale locale, HttpServletResponse response) {
        InboxItem item = pages.item(id);
        Pages.rejectBindingErrors(binding);
        var warning = healthWarning(form.notes(), locale);
        if (warning != null) {
            return again(item, model, Forms.RecordForm.blank(pages.today()), form, warning, 422, response);
        }
        try {
            ExitAnswers.Outcome outcome = form.outcome() == null ? null : Arrays.stream(ExitAnswers.Outcome.values())
                    .filter(o -> o.name().equalsIgnoreCase(form.outcome())).findFirst().orElse(null);
            exits.recordInterview(item, new ExitAnswers.Interview(form.heldOn(), form.reasons(),
                    Boolean.TRUE.equals(form.wouldComeBack()), Boolean.TRUE.equals(form.couldHaveKept()), outcome,
                    form.notes()), pages.username(), pages.today());
        } catch (InvalidInputException e) {
            return again(item, model, Forms.RecordForm.blank(pages.today()), form, pages.message(e, locale), status(e), response);
        }
        return done(item, flash, locale);
    }

    @PostMapping("/inbox/items/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute Forms.DecisionForm form, Model model, RedirectAttributes flash,
                  Locale locale, HttpServletResponse response) {
        InboxItem item = pages.item(id);
        HoursRequest request = hours.forItem(item.id()).orElseThrow(() -> new NotFoundException("Request", Long.toString(id)));
        var warning = "decline".equals(form.decision()) ? healthWarning(form.reason(), locale) : null;
        if (warning != null) {
            model.addAttribute("declineReason", form.reason());
            return again(item, model, Forms.RecordForm.blank(pages.today()), Forms.ExitForm.blank(pages.today()), warning, 422, response);
        }
        try {
            if ("approve".equals(form.decision())) {
                hours.approve(request, pages.username(), pages.today());
            } else if ("decline".equals(form.decision())) {
                hours.decline(request, form.reason(), pages.username(), pages.today());
            } else {
                throw InvalidInputException.unprocessable("conv.hours.decisionRequired", "Choose approve or decline.");
            }
        } catch (InvalidInputException e) {
            model.addAttribute("declineReason", form.reason());
            return again(item, model, Forms.RecordForm.blank(pages.today()), Forms.ExitForm.blank(pages.today()),
                    pages.message(e, locale), status(e), response);
        }
        flash.addFlashAttribute("notice", pages.message("approve".equals(form.decision())
                ? "conv.hours.approved" : "conv.hours.declined", locale, request.personId()));
        return "redirect:/conversations/persons/" + request.personId();
    }

    @PostMapping("/inbox/items/{id}/survey")
    String survey(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        InboxItem item = pages.item(id);
        try {
            String token = surveys.issue(item, pages.today());
            flash.addFlashAttribute("surveyLink",
                    ServletUriComponentsBuilder.fromCurrentContextPath().path("/survey/{token}").buildAndExpand(token).toUriString());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", pages.message(e, locale));
        }
        return "redirect:/inbox/items/" + id;
    }

    @PostMapping("/inbox/items/{id}/expected-long")
    String expectedLong(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        InboxItem item = pages.item(id);
        records.markExpectedLong(item, pages.username(), pages.today());
        flash.addFlashAttribute("notice", pages.message("conv.longSpell.marked", locale));
        return "redirect:/inbox/items/" + id;
    }

    /** rules.md: never a diagnosis. Null when the text names no illness, else the warning to show. */
    private String healthWarning(String text, Locale locale) {
        return DiagnosisCheck.findHealthWord(text).map(word -> pages.message("conv.notes.healthWord", locale, word)).orElse(null);
    }

    private static int status(InvalidInputException e) {
        return e.unprocessable() ? HttpStatus.UNPROCESSABLE_CONTENT.value() : HttpStatus.BAD_REQUEST.value();
    }

    private String done(InboxItem item, RedirectAttributes flash, Locale locale) {
        flash.addFlashAttribute("notice", pages.message("conv.item.recorded", locale,
                pages.message("conv.kind." + item.kind().code(), locale), item.personId()));
        return "redirect:/inbox";
    }

    private String again(InboxItem item, Model model, Forms.RecordForm recordForm, Forms.ExitForm exitForm,
                         String error, int status, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("error", error);
        return page(pages.item(item.id()), model, recordForm, exitForm);
    }

    private String page(InboxItem item, Model model, Forms.RecordForm recordForm, Forms.ExitForm exitForm) {
        model.addAttribute("item", item);
        model.addAttribute("today", pages.today());
        model.addAttribute("unitName", pages.org().tree().name(item.unitId()));
        model.addAttribute("note", notes.find(item.id()).orElse(null));
        model.addAttribute("request", hours.forItem(item.id()).orElse(null));
        model.addAttribute("recordForm", recordForm);
        model.addAttribute("exitForm", exitForm);
        model.addAttribute("reasons", ExitReason.values());
        model.addAttribute("arrangementKinds", ArrangementKind.values());
        return "conversations/item";
    }
}
