package dk.tilknyt.conversations.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.tilknyt.conversations.domain.DiagnosisCheck;
import dk.tilknyt.conversations.domain.ExitReason;
import dk.tilknyt.conversations.survey.Surveys;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The anonymous survey behind a one-time link: no login, nothing recorded about who answers. A spent or
 * expired link answers 410 Gone; an unknown one 404.
 */
@Controller
class SurveyController {

    private final Surveys surveys;
    private final Pages pages;

    SurveyController(Surveys surveys, Pages pages) {
        this.surveys = surveys;
        this.pages = pages;
    }

    @GetMapping("/survey/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        Surveys.Invitation invitation = invitation(token);
        if (invitation.state() != Surveys.LinkState.OPEN) {
            return gone(invitation, model, response);
        }
        return form(token, invitation, new Forms.SurveyForm(null, null, null), model);
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @ModelAttribute("surveyForm") Forms.SurveyForm form, Model model,
                  Locale locale, HttpServletResponse response) {
        Surveys.Invitation invitation = invitation(token);
        if (invitation.state() != Surveys.LinkState.OPEN) {
            return gone(invitation, model, response);
        }
        String warning = DiagnosisCheck.findHealthWord(form.comment())
                .map(word -> pages.message("conv.notes.healthWord", locale, word)).orElse(null);
        try {
            if (warning != null) {
                throw InvalidInputException.unprocessable("conv.notes.health", warning);
            }
            surveys.answer(token, new Surveys.Response(form.reasons(), form.wouldComeBack(), form.comment()), pages.today());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", warning != null ? warning : pages.message(e, locale));
            return form(token, invitation, form, model);
        }
        return "conversations/survey-thanks";
    }

    private Surveys.Invitation invitation(String token) {
        return surveys.find(token, pages.today()).orElseThrow(() -> new NotFoundException("Survey", "link"));
    }

    private String form(String token, Surveys.Invitation invitation, Forms.SurveyForm form, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("exit", invitation.kind() == Surveys.Kind.EXIT);
        model.addAttribute("reasons", ExitReason.values());
        model.addAttribute("surveyForm", form);
        return "conversations/survey";
    }

    private String gone(Surveys.Invitation invitation, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("expired", invitation.state() == Surveys.LinkState.EXPIRED);
        return "conversations/survey-gone";
    }
}
