package dk.tilknyt.recruitment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.Posting.Reposting;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.RecruitmentChanged;
import dk.tilknyt.recruitment.RecruitmentRejected;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.WithdrawalReason;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.shared.CprNumbers;
import dk.tilknyt.shared.NotFoundException;

/**
 * Writing postings and moving applicants, for the pages and the API. Every posting is looked up through
 * the caller's scope (outside it: 404); every change is one transaction and publishes {@link RecruitmentChanged}.
 */
@Service
public class PostingManagement {

    static final int MAX_APPLICANTS_AT_ONCE = 50;
    static final int MAX_EMPLOYMENT_ID = 64;

    private final PostingStore store;
    private final OrgDirectory org;
    private final AccessGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PostingManagement(PostingStore store, OrgDirectory org, AccessGuard guard, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.org = org;
        this.guard = guard;
        this.clock = clock;
        this.events = events;
    }

    /** The posting, when its unit lies in the caller's scope; otherwise 404 as if it did not exist. */
    public Posting require(String postingId) {
        Posting posting = store.find(postingId).orElseThrow(() -> new NotFoundException("Posting", postingId));
        if (!guard.scope().includes(posting.unitId())) {
            throw new NotFoundException("Posting", postingId);
        }
        return posting;
    }

    /** The application, when its posting lies in the caller's scope; otherwise 404. */
    public Application requireApplication(String applicationId) {
        Application application = store.application(applicationId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        try {
            require(application.postingId());
        } catch (NotFoundException e) {
            throw new NotFoundException("Application", applicationId);
        }
        return application;
    }

    /** Every problem with these terms, without storing anything: for showing all of them next to the fields. */
    public List<Problem> check(PostingTerms terms) {
        return concat(placementProblems(terms), terms.problems());
    }

    @Transactional
    public Posting create(PostingTerms terms) {
        rejectIfAny(concat(placementProblems(terms), terms.problems()));
        Posting posting = Posting.open(store.nextId("P", today().getYear(), 4, "posting"), terms);
        store.insert(posting);
        return changed(posting);
    }

    @Transactional
    public Posting revise(String postingId, PostingTerms terms) {
        Posting posting = require(postingId);
        List<Problem> placement = placementProblems(terms);
        Posting revised;
        try {
            revised = posting.revise(terms);
        } catch (RecruitmentRejected e) {
            boolean aboutFields = e.problems().getFirst().field() != null;
            throw aboutFields ? new RecruitmentRejected(concat(placement, e.problems())) : e;
        }
        rejectIfAny(placement);
        store.update(revised);
        return changed(revised);
    }

    /** Re-posts an open posting (genopslag) with a new deadline; published today. */
    @Transactional
    public Reposting repost(String postingId, LocalDate newDeadline) {
        Posting posting = require(postingId);
        store.repostedBy(postingId).ifPresent(next -> {
            throw RecruitmentRejected.because("posting.alreadyReposted", next);
        });
        Reposting reposting = posting.repost(store.nextId("P", today().getYear(), 4, "posting"), today(), newDeadline);
        store.update(reposting.previous());
        store.insert(reposting.next());
        changed(reposting.next());
        return reposting;
    }

    /** Closes an open posting as filled (on a day), unfilled or cancelled. */
    @Transactional
    public Posting close(String postingId, PostingOutcome outcome, LocalDate filledOn) {
        Posting posting = require(postingId);
        Posting closed = switch (outcome) {
            case FILLED -> posting.closeAsFilled(filledOn, today());
            case UNFILLED -> posting.closeAsUnfilled();
            case CANCELLED -> posting.cancel();
            case OPEN, REPOSTED -> throw new RecruitmentRejected(List.of(Problem.of("outcome", "posting.close.outcome")));
        };
        store.update(closed);
        return changed(closed);
    }

    /** Registers applicants who applied on one day; they get generated ids and no names. */
    @Transactional
    public List<Application> addApplicants(String postingId, int count, LocalDate appliedOn) {
        Posting posting = require(postingId);
        if (!posting.acceptsApplicants()) {
            throw RecruitmentRejected.because("posting.notOpen.applicants", posting.outcome());
        }
        List<Problem> problems = new ArrayList<>();
        if (count < 1 || count > MAX_APPLICANTS_AT_ONCE) {
            problems.add(Problem.of("count", "application.count.range", MAX_APPLICANTS_AT_ONCE));
        }
        if (appliedOn == null) {
            problems.add(Problem.of("appliedDate", "application.appliedDate.required"));
        } else if (appliedOn.isBefore(posting.publishedDate())) {
            problems.add(Problem.of("appliedDate", "application.appliedDate.beforePublished"));
        } else if (appliedOn.isAfter(today())) {
            problems.add(Problem.of("appliedDate", "application.appliedDate.inFuture"));
        }
        rejectIfAny(problems);
        List<Application> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Application application = Application.received(
                    store.nextId("A", today().getYear(), 5, "application"), postingId, appliedOn);
            store.insert(application);
            added.add(application);
        }
        changed(posting);
        return added;
    }

    @Transactional
    public Application advance(String applicationId) {
        return change(applicationId, Application::advance);
    }

    @Transactional
    public Application stepBack(String applicationId) {
        return change(applicationId, Application::stepBack);
    }

    @Transactional
    public Application withdraw(String applicationId, WithdrawalReason reason) {
        return change(applicationId, a -> a.withdraw(reason));
    }

    @Transactional
    public Application reject(String applicationId) {
        return change(applicationId, Application::reject);
    }

    @Transactional
    public Application markCalledBeforeInterview(String applicationId, boolean called) {
        return change(applicationId, a -> a.markCalledBeforeInterview(called));
    }

    /**
     * Links a hire to the employment it became (chosen from the unit's new employments or typed); it may
     * name an employment that an import brings later. Blank unlinks.
     */
    @Transactional
    public Application linkEmployment(String applicationId, String employmentId) {
        String id = employmentId == null || employmentId.isBlank() ? null : employmentId.strip();
        if (id != null) {
            List<Problem> problems = new ArrayList<>();
            if (id.length() > MAX_EMPLOYMENT_ID || !id.matches("[\\p{L}\\p{N}._:/-]+")) {
                problems.add(Problem.of("employmentId", "application.employment.invalid", MAX_EMPLOYMENT_ID));
            } else if (CprNumbers.containsCpr(id)) {
                problems.add(Problem.of("employmentId", "application.employment.cpr"));
            } else {
                store.applicationWithEmployment(id, applicationId).ifPresent(other ->
                        problems.add(Problem.of("employmentId", "application.employment.taken", other)));
            }
            requireApplication(applicationId);
            rejectIfAny(problems);
        }
        return change(applicationId, a -> a.linkEmployment(id));
    }

    private Application change(String applicationId, UnaryOperator<Application> intention) {
        Application application = requireApplication(applicationId);
        Posting posting = require(application.postingId());
        if (!posting.pipelineOpen()) {
            throw RecruitmentRejected.because("posting.notOpen.pipeline", posting.outcome());
        }
        Application changed = intention.apply(application);
        store.update(changed);
        events.publishEvent(new RecruitmentChanged());
        return changed;
    }

    /** The unit must exist in the caller's scope and the job family in the catalogue. */
    private List<Problem> placementProblems(PostingTerms terms) {
        List<Problem> problems = new ArrayList<>();
        AccessScope scope = guard.scope();
        if (terms.unitId() != null && !terms.unitId().isBlank()
                && (!org.tree().contains(terms.unitId()) || !scope.includes(terms.unitId()))) {
            problems.add(Problem.of("unitId", "posting.unit.unknown"));
        }
        if (terms.jobFamily() != null && !terms.jobFamily().isBlank() && !org.isJobFamily(terms.jobFamily())) {
            problems.add(Problem.of("jobFamily", "posting.jobFamily.unknown"));
        }
        return problems;
    }

    private Posting changed(Posting posting) {
        events.publishEvent(new RecruitmentChanged());
        return posting;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        List<Problem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void rejectIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RecruitmentRejected(problems);
        }
    }
}
