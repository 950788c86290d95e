package dk.tilknyt.recruitment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.ApplicationOutcome;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingChain;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.Stage;
import dk.tilknyt.recruitment.WithdrawalReason;
import dk.tilknyt.recruitment.domain.HireFollowUp;
import dk.tilknyt.recruitment.domain.HireFollowUps;
import dk.tilknyt.recruitment.domain.PostingStore;
import dk.tilknyt.security.AuditLog;

/** Fills the model of a posting's page, and of the applicant board that htmx swaps on its own. */
@Component
class PostingPage {

    private final PostingStore store;
    private final HireFollowUps hires;
    private final OrgDirectory org;
    private final AuditLog audit;
    private final Clock clock;

    PostingPage(PostingStore store, HireFollowUps hires, OrgDirectory org, AuditLog audit, Clock clock) {
        this.store = store;
        this.hires = hires;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole page: details, chain, actions and board. The caller has checked the posting's scope. */
    String page(Model model, Locale locale, Posting posting, FormErrors repostErrors, FormErrors closeErrors,
            FormErrors boardErrors) {
        List<Posting> chain = store.chainOf(posting);
        model.addAttribute("chain", new PostingChain(chain));
        model.addAttribute("chainCounts", chain.stream().map(p -> store.applications(p.id()).size()).toList());
        model.addAttribute("repostedBy", store.repostedBy(posting.id()).orElse(null));
        model.addAttribute("repostErrors", repostErrors);
        model.addAttribute("closeErrors", closeErrors);
        if (!model.containsAttribute("repostDeadline")) {
            model.addAttribute("repostDeadline", today().plusDays(PostingForm.DEFAULT_DAYS_TO_DEADLINE).toString());
        }
        if (!model.containsAttribute("filledDate")) {
            model.addAttribute("filledDate", today().toString());
        }
        board(model, locale, posting, boardErrors);
        return "recruitment/posting";
    }

    /** The board: applications in the column of their furthest stage, hire follow-ups and choices. */
    String board(Model model, Locale locale, Posting posting, FormErrors boardErrors) {
        List<Application> applications = store.applications(posting.id());
        Map<String, HireFollowUp> followUps = hires.of(posting, applications);
        Map<Stage, List<Application>> columns = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            columns.put(stage, applications.stream().filter(a -> a.stage() == stage).toList());
        }
        boolean needsCandidates = applications.stream()
                .anyMatch(a -> a.result() == ApplicationOutcome.HIRED && a.employmentId() == null);
        model.addAttribute("posting", posting);
        model.addAttribute("columns", columns);
        model.addAttribute("applicationCount", applications.size());
        model.addAttribute("followUps", followUps);
        List<HireFollowUps.EmploymentCandidate> candidates = needsCandidates ? hires.candidates(posting) : List.of();
        model.addAttribute("candidates", candidates);
        model.addAttribute("reasons", WithdrawalReason.values());
        model.addAttribute("boardErrors", boardErrors);
        model.addAttribute("names", new Names(org, locale));
        model.addAttribute("outcomes", PostingOutcome.values());
        if (!model.containsAttribute("appliedDate")) {
            LocalDate today = today();
            model.addAttribute("appliedDate",
                    (posting.publishedDate().isAfter(today) ? posting.publishedDate() : today).toString());
        }
        List<String> linked = followUps.values().stream().filter(HireFollowUp::employmentFound)
                .map(HireFollowUp::employmentId).toList();
        if (!linked.isEmpty() || !candidates.isEmpty()) {
            // Employments are person-level data: who looked at them, and when, is logged.
            audit.record("view", "posting-hires", posting.id(), "employments " + String.join(", ", linked));
        }
        return "recruitment/posting :: board";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
