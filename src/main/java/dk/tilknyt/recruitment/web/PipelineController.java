package dk.tilknyt.recruitment.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.RecruitmentRejected;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.WithdrawalReason;
import dk.tilknyt.recruitment.domain.PostingManagement;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The applicant board's buttons. With htmx (header {@code HX-Request}) each answers the board fragment, with
 * a message in it when the move was refused; without JavaScript the same forms post and redirect back.
 */
@Controller
@RequestMapping("/recruitment")
class PipelineController {

    private final RecruitmentScope scope;
    private final PostingManagement management;
    private final PostingPage pages;
    private final MessageSource messages;

    PipelineController(RecruitmentScope scope, PostingManagement management, PostingPage pages,
            MessageSource messages) {
        this.scope = scope;
        this.management = management;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping("/postings/{id}/applications")
    String add(@PathVariable String id, @RequestParam(required = false) String count,
            @RequestParam(required = false) String appliedDate,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        scope.require();
        Posting posting = management.require(id);
        return answer(posting, htmx, model, locale, redirect, response, () -> {
            int n = parseCount(count);
            var date = Inputs.date(appliedDate).orElse(null);
            if (date == null && !Inputs.blank(appliedDate)) {
                throw new RecruitmentRejected(List.of(Problem.of("appliedDate", "posting.date.invalid")));
            }
            List<Application> added = management.addApplicants(id, n, date);
            return messages.getMessage("application.added", new Object[] {added.size()}, locale);
        });
    }

    @PostMapping("/applications/{id}/advance")
    String advance(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, htmx, model, locale, redirect, response, () -> moved(management.advance(id), locale));
    }

    @PostMapping("/applications/{id}/back")
    String back(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, htmx, model, locale, redirect, response, () -> moved(management.stepBack(id), locale));
    }

    @PostMapping("/applications/{id}/reject")
    String reject(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, htmx, model, locale, redirect, response, () -> {
            management.reject(id);
            return messages.getMessage("application.rejected", new Object[] {id}, locale);
        });
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, htmx, model, locale, redirect, response, () -> {
            WithdrawalReason why = Inputs.blank(reason) ? null : WithdrawalReason.fromCode(reason)
                    .orElseThrow(() -> new RecruitmentRejected(List.of(Problem.of("reason", "application.withdraw.reasonRequired"))));
            management.withdraw(id, why);
            return messages.getMessage("application.withdrawn", new Object[] {id}, locale);
        });
    }

    @PostMapping("/applications/{id}/called")
    String called(@PathVariable String id, @RequestParam(defaultValue = "true") boolean called,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, htmx, model, locale, redirect, response, () -> {
            management.markCalledBeforeInterview(id, called);
            return messages.getMessage(called ? "application.called.marked" : "application.called.unmarked",
                    new Object[] {id}, locale);
        });
    }

    /** Links (or with both fields empty, unlinks) a hire's employment: a typed id wins over the chosen one. */
    @PostMapping("/applications/{id}/employment")
    String employment(@PathVariable String id, @RequestParam(required = false) String employmentId,
            @RequestParam(required = false) String chosen,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, htmx, model, locale, redirect, response, () -> {
            String value = Inputs.blank(employmentId) ? chosen : employmentId;
            Application linked = management.linkEmployment(id, value);
            return linked.employmentId() == null
                    ? messages.getMessage("application.employment.unlinked", new Object[] {id}, locale)
                    : messages.getMessage("application.employment.linked", new Object[] {id, linked.employmentId()}, locale);
        });
    }

    private String act(String applicationId, String htmx, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response, Supplier<String> change) {
        scope.require();
        Application application = management.requireApplication(applicationId);
        Posting posting = management.require(application.postingId());
        return answer(posting, htmx, model, locale, redirect, response, change);
    }

    private String answer(Posting posting, String htmx, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response, Supplier<String> change) {
        try {
            String notice = change.get();
            if (htmx == null) {
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/recruitment/postings/" + posting.id() + "#board";
            }
            model.addAttribute("boardNotice", notice);
            return pages.board(model, locale, management.require(posting.id()), FormErrors.NONE);
        } catch (RecruitmentRejected e) {
            FormErrors errors = FormErrors.of(e.problems(), messages, locale);
            Posting current = management.require(posting.id());
            if (htmx == null) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return pages.page(model, locale, current, FormErrors.NONE, FormErrors.NONE, errors);
            }
            // htmx swaps only 2xx answers: the refusal is shown inside the board.
            return pages.board(model, locale, current, errors);
        }
    }

    private String moved(Application application, Locale locale) {
        return messages.getMessage("application.moved", new Object[] {application.id(),
                messages.getMessage("stage." + application.furthestStage(), null, locale)}, locale);
    }

    private static int parseCount(String count) {
        if (Inputs.blank(count)) {
            return 1;
        }
        try {
            return Integer.parseInt(count.strip());
        } catch (NumberFormatException e) {
            throw new RecruitmentRejected(List.of(Problem.of("count", "application.count.number")));
        }
    }
}
