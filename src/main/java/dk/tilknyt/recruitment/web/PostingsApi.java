package dk.tilknyt.recruitment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.RecruitmentRejected;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.WithdrawalReason;
import dk.tilknyt.recruitment.domain.PostingManagement;
import dk.tilknyt.recruitment.domain.PostingStore;
import dk.tilknyt.recruitment.domain.PostingStore.PostingLine;
import dk.tilknyt.shared.NotFoundException;

/**
 * Postings and applications for scripts: read a scope's postings, one posting with its applications and chain,
 * and make the same changes as the pages. HR and leaders; a unit or posting outside the scope is a 404, a
 * change the rules refuse a 422 listing every problem.
 */
@RestController
@RequestMapping("/api")
class PostingsApi {

    static final int LIST_LIMIT = 10_000;

    private final RecruitmentScope scope;
    private final PostingManagement management;
    private final PostingStore store;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    PostingsApi(RecruitmentScope scope, PostingManagement management, PostingStore store, OrgDirectory org,
            MessageSource messages, Clock clock) {
        this.scope = scope;
        this.management = management;
        this.store = store;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    /** A posting as scripts read it; {@code fullTime} is the effective flag, {@code fullTimeExplicit} as set. */
    record PostingJson(String id, String unitId, String jobFamily, String title, String employmentType,
            BigDecimal weeklyHours, boolean fullTime, Boolean fullTimeExplicit, LocalDate publishedDate,
            LocalDate deadline, String repostingOf, String repostedBy, String outcome, LocalDate filledDate,
            List<String> channels, int applications) {

        static PostingJson of(Posting p, String repostedBy, int applications) {
            return new PostingJson(p.id(), p.unitId(), p.jobFamily(), p.title(), p.employmentType(), p.weeklyHours(),
                    p.isFullTime(), p.fullTime(), p.publishedDate(), p.deadline(), p.repostingOf(), repostedBy,
                    p.outcome().code(), p.filledDate(), p.channels(), applications);
        }
    }

    record ApplicationJson(String id, String postingId, LocalDate appliedDate, String furthestStage, String outcome,
            String withdrawnReason, boolean calledBeforeInterview, String employmentId) {

        static ApplicationJson of(Application a) {
            return new ApplicationJson(a.id(), a.postingId(), a.appliedDate(), a.furthestStage(), a.outcome(),
                    a.withdrawnReason(), a.calledBeforeInterview(), a.employmentId());
        }
    }

    record PostingDetailJson(PostingJson posting, List<String> chain, List<ApplicationJson> applications) {
    }

    /** A new posting or its changed terms; {@code publishedDate} defaults to today. */
    record PostingRequest(String unitId, String jobFamily, String title, String employmentType, BigDecimal weeklyHours,
            Boolean fullTime, LocalDate publishedDate, LocalDate deadline, List<String> channels) {

        PostingTerms terms(LocalDate today) {
            return new PostingTerms(unitId, jobFamily, title, employmentType, weeklyHours, fullTime,
                    publishedDate == null ? today : publishedDate, deadline, channels);
        }
    }

    record RepostRequest(LocalDate deadline) {
    }

    record CloseRequest(String outcome, LocalDate filledDate) {
    }

    record ApplicantsRequest(Integer count, LocalDate appliedDate) {
    }

    /** The body of an application change; which fields count depends on the action. */
    record ApplicationRequest(String reason, Boolean called, String employmentId) {
    }

    @GetMapping("/postings")
    Map<String, Object> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String jobFamily) {
        String chosen = scope.unitOrHome(unit).orElseThrow(() -> new NotFoundException("Unit", unit));
        List<PostingLine> lines = store.lines(PostingFilters.of(scope.subtree(chosen), outcome, jobFamily, org),
                LIST_LIMIT, 0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("unit", chosen);
        answer.put("postings", lines.stream().map(l -> PostingJson.of(l.posting(), l.repostedBy(), l.applications()))
                .toList());
        return answer;
    }

    @GetMapping("/postings/{id}")
    PostingDetailJson get(@PathVariable String id) {
        scope.require();
        return detail(management.require(id));
    }

    @PostMapping("/postings")
    ResponseEntity<PostingDetailJson> create(@RequestBody PostingRequest request) {
        scope.require();
        Posting posting = management.create(request.terms(today()));
        return ResponseEntity.created(URI.create("/api/postings/" + posting.id())).body(detail(posting));
    }

    @PutMapping("/postings/{id}")
    PostingDetailJson update(@PathVariable String id, @RequestBody PostingRequest request) {
        scope.require();
        return detail(management.revise(id, request.terms(today())));
    }

    @PostMapping("/postings/{id}/repost")
    ResponseEntity<PostingDetailJson> repost(@PathVariable String id, @RequestBody RepostRequest request) {
        scope.require();
        Posting next = management.repost(id, request.deadline()).next();
        return ResponseEntity.created(URI.create("/api/postings/" + next.id())).body(detail(next));
    }

    @PostMapping("/postings/{id}/close")
    PostingDetailJson close(@PathVariable String id, @RequestBody CloseRequest request) {
        scope.require();
        PostingOutcome outcome = PostingFilters.outcome(request.outcome())
                .orElseThrow(() -> new RecruitmentRejected(List.of(Problem.of("outcome", "posting.close.outcome"))));
        return detail(management.close(id, outcome, request.filledDate()));
    }

    @PostMapping("/postings/{id}/applications")
    ResponseEntity<List<ApplicationJson>> addApplicants(@PathVariable String id, @RequestBody ApplicantsRequest request) {
        scope.require();
        List<Application> added = management.addApplicants(id, request.count() == null ? 1 : request.count(),
                request.appliedDate() == null ? today() : request.appliedDate());
        return ResponseEntity.status(HttpStatus.CREATED).body(added.stream().map(ApplicationJson::of).toList());
    }

    /** {@code action}: advance, back, reject, withdraw ({@code reason}), called ({@code called}), employment. */
    @PostMapping("/applications/{id}/{action}")
    ApplicationJson change(@PathVariable String id, @PathVariable String action,
            @RequestBody(required = false) ApplicationRequest body) {
        scope.require();
        ApplicationRequest request = body == null ? new ApplicationRequest(null, null, null) : body;
        Application changed = switch (action) {
            case "advance" -> management.advance(id);
            case "back" -> management.stepBack(id);
            case "reject" -> management.reject(id);
            case "withdraw" -> management.withdraw(id, request.reason() == null ? null
                    : WithdrawalReason.fromCode(request.reason()).orElseThrow(() -> new RecruitmentRejected(
                            List.of(Problem.of("reason", "application.withdraw.reasonRequired")))));
            case "called" -> management.markCalledBeforeInterview(id, request.called() == null || request.called());
            case "employment" -> management.linkEmployment(id, request.employmentId());
            default -> {
                management.requireApplication(id);
                throw new NotFoundException("Action", action);
            }
        };
        return ApplicationJson.of(changed);
    }

    @ExceptionHandler(RecruitmentRejected.class)
    ResponseEntity<Map<String, Object>> rejected(RecruitmentRejected e, Locale locale) {
        FormErrors errors = FormErrors.of(e.problems(), messages, locale);
        List<Map<String, String>> list = errors.asList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
        body.put("error", HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        body.put("message", list.getFirst().get("message"));
        body.put("errors", list);
        return ResponseEntity.unprocessableContent().body(body);
    }

    private PostingDetailJson detail(Posting posting) {
        List<Application> applications = store.applications(posting.id());
        return new PostingDetailJson(
                PostingJson.of(posting, store.repostedBy(posting.id()).orElse(null), applications.size()),
                store.chainOf(posting).stream().map(Posting::id).toList(),
                applications.stream().map(ApplicationJson::of).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
