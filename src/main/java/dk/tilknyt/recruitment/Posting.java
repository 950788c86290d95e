package dk.tilknyt.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.recruitment.RecruitmentRejected.Problem;

/**
 * A job posting (stillingsopslag); {@code repostingOf} names the posting it re-posts (genopslag).
 * {@code fullTime} is the explicit full-time flag, null when it follows from the hours ({@link #isFullTime()}).
 * State changes are intentions that guard the posting's rules and return the changed posting.
 */
public record Posting(
        String id,
        String unitId,
        String jobFamily,
        String title,
        String employmentType,
        BigDecimal weeklyHours,
        LocalDate publishedDate,
        LocalDate deadline,
        String repostingOf,
        PostingOutcome outcome,
        LocalDate filledDate,
        List<String> channels,
        Boolean fullTime) {

    /** key-figures.md: full time = 37 hours a week. */
    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37");

    /** The import's columns only; the full-time flag then follows from the hours. */
    public Posting(String id, String unitId, String jobFamily, String title, String employmentType,
            BigDecimal weeklyHours, LocalDate publishedDate, LocalDate deadline, String repostingOf,
            PostingOutcome outcome, LocalDate filledDate, List<String> channels) {
        this(id, unitId, jobFamily, title, employmentType, weeklyHours, publishedDate, deadline, repostingOf, outcome,
                filledDate, channels, null);
    }

    /** The result of a re-posting: the old posting, now {@code reposted}, and the new open one. */
    public record Reposting(Posting previous, Posting next) {
    }

    /** A new open posting with these terms. */
    public static Posting open(String id, PostingTerms terms) {
        rejectIfAny(terms.problems());
        return new Posting(id, terms.unitId(), terms.jobFamily(), terms.title(), terms.employmentType(),
                terms.weeklyHours(), terms.publishedDate(), terms.deadline(), null, PostingOutcome.OPEN, null,
                terms.channels(), terms.fullTime());
    }

    public boolean isFullTime() {
        return fullTime != null ? fullTime : weeklyHours != null && weeklyHours.compareTo(FULL_TIME_HOURS) >= 0;
    }

    public boolean isOpen() {
        return outcome == PostingOutcome.OPEN;
    }

    public boolean isRepost() {
        return repostingOf != null;
    }

    /** Applicants are added while the posting is open. */
    public boolean acceptsApplicants() {
        return isOpen();
    }

    /** Applicants move on while the posting is open, and after it was filled (the hire is often recorded then). */
    public boolean pipelineOpen() {
        return outcome == PostingOutcome.OPEN || outcome == PostingOutcome.FILLED;
    }

    public PostingTerms terms() {
        return new PostingTerms(unitId, jobFamily, title, employmentType, weeklyHours, fullTime, publishedDate, deadline,
                channels);
    }

    /** Changes the terms of an open posting; a re-posting keeps the unit of its chain. */
    public Posting revise(PostingTerms terms) {
        requireOpen("posting.notOpen.edit");
        List<Problem> problems = new ArrayList<>(terms.problems());
        if (isRepost() && terms.unitId() != null && !terms.unitId().equals(unitId)) {
            problems.add(Problem.of("unitId", "posting.unit.keptByReposting"));
        }
        rejectIfAny(problems);
        return new Posting(id, terms.unitId(), terms.jobFamily(), terms.title(), terms.employmentType(),
                terms.weeklyHours(), terms.publishedDate(), terms.deadline(), repostingOf, outcome, null,
                terms.channels(), terms.fullTime());
    }

    /**
     * Re-posts (genopslag) an open posting, published today with a new deadline: this posting becomes
     * {@code reposted} and the new one, with the same terms, re-posts it. A posting is re-posted at most once.
     */
    public Reposting repost(String newId, LocalDate today, LocalDate newDeadline) {
        if (outcome == PostingOutcome.REPOSTED) {
            throw RecruitmentRejected.because("posting.alreadyReposted", id);
        }
        requireOpen("posting.notOpen.repost");
        if (newDeadline == null) {
            throw new RecruitmentRejected(List.of(Problem.of("deadline", "posting.repost.deadlineRequired")));
        }
        if (newDeadline.isBefore(today)) {
            throw new RecruitmentRejected(List.of(Problem.of("deadline", "posting.repost.deadlineBeforeToday")));
        }
        Posting next = new Posting(newId, unitId, jobFamily, title, employmentType, weeklyHours, today, newDeadline,
                id, PostingOutcome.OPEN, null, channels, fullTime);
        return new Reposting(withOutcome(PostingOutcome.REPOSTED, null), next);
    }

    /** Closes the posting as filled on the day the candidate accepted (not before publication, not in the future). */
    public Posting closeAsFilled(LocalDate filledOn, LocalDate today) {
        requireOpen("posting.notOpen.close");
        if (filledOn == null) {
            throw new RecruitmentRejected(List.of(Problem.of("filledDate", "posting.filledDate.required")));
        }
        if (filledOn.isBefore(publishedDate)) {
            throw new RecruitmentRejected(List.of(Problem.of("filledDate", "posting.filledDate.beforePublished")));
        }
        if (filledOn.isAfter(today)) {
            throw new RecruitmentRejected(List.of(Problem.of("filledDate", "posting.filledDate.inFuture")));
        }
        return withOutcome(PostingOutcome.FILLED, filledOn);
    }

    public Posting closeAsUnfilled() {
        requireOpen("posting.notOpen.close");
        return withOutcome(PostingOutcome.UNFILLED, null);
    }

    public Posting cancel() {
        requireOpen("posting.notOpen.close");
        return withOutcome(PostingOutcome.CANCELLED, null);
    }

    private void requireOpen(String key) {
        if (!isOpen()) {
            throw RecruitmentRejected.because(key, outcome);
        }
    }

    private Posting withOutcome(PostingOutcome newOutcome, LocalDate filled) {
        return new Posting(id, unitId, jobFamily, title, employmentType, weeklyHours, publishedDate, deadline,
                repostingOf, newOutcome, filled, channels, fullTime);
    }

    private static void rejectIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RecruitmentRejected(problems);
        }
    }
}
