package dk.tilknyt.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.RecruitmentRejected;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.domain.PostingManagement;
import dk.tilknyt.recruitment.domain.PostingStore;
import dk.tilknyt.recruitment.domain.PostingStore.PostingFilter;
import jakarta.servlet.http.HttpServletResponse;

/** The postings list, the posting form, and a posting's page with its chain, actions and applicant board. */
@Controller
@RequestMapping("/recruitment")
class PostingsController {

    static final int PAGE_SIZE = 50;

    private final RecruitmentScope scope;
    private final PostingManagement management;
    private final PostingStore store;
    private final PostingPage pages;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    PostingsController(RecruitmentScope scope, PostingManagement management, PostingStore store, PostingPage pages,
            OrgDirectory org, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.management = management;
        this.store = store;
        this.pages = pages;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String jobFamily, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        Optional<String> chosen = scope.unitOrHome(unit);
        PostingFilter filter = PostingFilters.of(chosen.map(scope::subtree).orElse(Set.of()), outcome,
                jobFamily, org);
        int current = Math.max(0, page);
        long total = store.count(filter);
        model.addAttribute("unit", chosen.orElse(null));
        model.addAttribute("outcome", outcome);
        model.addAttribute("jobFamily", jobFamily);
        model.addAttribute("lines", store.lines(filter, PAGE_SIZE, current * PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("units", scope.choices());
        common(model, locale);
        return "recruitment/list";
    }

    @GetMapping("/postings/new")
    String newPosting(@RequestParam(required = false) String unit, Model model, Locale locale) {
        String chosen = scope.unitOrHome(unit).orElse(null);
        return form(model, locale, PostingForm.blank(chosen, today()), null, FormErrors.NONE);
    }

    @PostMapping("/postings")
    String create(@ModelAttribute PostingForm form, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        scope.require();
        PostingForm.Parsed parsed = form.parse();
        List<Problem> problems = PostingForm.merge(parsed.problems(), management.check(parsed.terms()));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, locale, form, null, FormErrors.of(problems, messages, locale));
        }
        Posting posting = management.create(parsed.terms());
        redirect.addFlashAttribute("notice", messages.getMessage("posting.created", new Object[] {posting.id()}, locale));
        return "redirect:/recruitment/postings/" + posting.id();
    }

    @GetMapping("/postings/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        scope.require();
        Posting posting = management.require(id);
        return form(model, locale, PostingForm.of(posting), posting, FormErrors.NONE);
    }

    @PostMapping("/postings/{id}")
    String update(@PathVariable String id, @ModelAttribute PostingForm form, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        scope.require();
        Posting posting = management.require(id);
        PostingForm.Parsed parsed = form.parse();
        try {
            if (!parsed.problems().isEmpty()) {
                throw new RecruitmentRejected(PostingForm.merge(parsed.problems(), management.check(parsed.terms())));
            }
            management.revise(id, parsed.terms());
        } catch (RecruitmentRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, locale, form, posting, FormErrors.of(e.problems(), messages, locale));
        }
        redirect.addFlashAttribute("notice", messages.getMessage("posting.saved", new Object[] {id}, locale));
        return "redirect:/recruitment/postings/" + id;
    }

    @GetMapping("/postings/{id}")
    String show(@PathVariable String id, Model model, Locale locale) {
        scope.require();
        Posting posting = management.require(id);
        return pages.page(model, locale, posting, FormErrors.NONE, FormErrors.NONE, FormErrors.NONE);
    }

    @PostMapping("/postings/{id}/repost")
    String repost(@PathVariable String id, @RequestParam(required = false) String deadline, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        scope.require();
        Posting posting = management.require(id);
        try {
            LocalDate due = Inputs.date(deadline).orElse(null);
            if (due == null && !Inputs.blank(deadline)) {
                throw new RecruitmentRejected(List.of(Problem.of("deadline", "posting.date.invalid")));
            }
            Posting next = management.repost(id, due).next();
            redirect.addFlashAttribute("notice",
                    messages.getMessage("posting.reposted", new Object[] {id, next.id()}, locale));
            return "redirect:/recruitment/postings/" + next.id();
        } catch (RecruitmentRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("repostDeadline", deadline);
            return pages.page(model, locale, posting, FormErrors.of(e.problems(), messages, locale), FormErrors.NONE,
                    FormErrors.NONE);
        }
    }

    @PostMapping("/postings/{id}/close")
    String close(@PathVariable String id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String filledDate, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        scope.require();
        Posting posting = management.require(id);
        try {
            PostingOutcome chosen = PostingFilters.outcome(outcome)
                    .orElseThrow(() -> new RecruitmentRejected(List.of(Problem.of("outcome", "posting.close.outcome"))));
            LocalDate filled = Inputs.date(filledDate).orElse(null);
            if (chosen == PostingOutcome.FILLED && filled == null && !Inputs.blank(filledDate)) {
                throw new RecruitmentRejected(List.of(Problem.of("filledDate", "posting.date.invalid")));
            }
            management.close(id, chosen, filled);
            redirect.addFlashAttribute("notice", messages.getMessage("posting.closed." + chosen.code(),
                    new Object[] {id}, locale));
            return "redirect:/recruitment/postings/" + id;
        } catch (RecruitmentRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("closeOutcome", outcome);
            model.addAttribute("filledDate", filledDate);
            return pages.page(model, locale, posting, FormErrors.NONE, FormErrors.of(e.problems(), messages, locale),
                    FormErrors.NONE);
        }
    }

    private String form(Model model, Locale locale, PostingForm form, Posting posting, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("posting", posting);
        model.addAttribute("errors", errors);
        model.addAttribute("units", scope.choices());
        model.addAttribute("channels", PostingTerms.KNOWN_CHANNELS);
        common(model, locale);
        return "recruitment/form";
    }

    private void common(Model model, Locale locale) {
        model.addAttribute("names", new Names(org, locale));
        model.addAttribute("outcomes", PostingOutcome.values());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
