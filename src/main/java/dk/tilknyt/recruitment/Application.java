package dk.tilknyt.recruitment;

import java.time.LocalDate;
import java.util.List;

import dk.tilknyt.recruitment.RecruitmentRejected.Problem;

/**
 * A pseudonymous application to a posting; no names are ever stored. Columns as in import-format.md
 * (applications): {@code furthestStage} and {@code outcome} are codes, and {@code outcome} is {@code hired}
 * exactly when the furthest stage is {@code hired}. State changes are intentions that keep this so.
 */
public record Application(
        String id,
        String postingId,
        LocalDate appliedDate,
        String furthestStage,
        String outcome,
        String withdrawnReason,
        String employmentId,
        boolean calledBeforeInterview) {

    /** The import's columns only; "called before interview" is then not marked. */
    public Application(String id, String postingId, LocalDate appliedDate, String furthestStage, String outcome,
            String withdrawnReason, String employmentId) {
        this(id, postingId, appliedDate, furthestStage, outcome, withdrawnReason, employmentId, false);
    }

    /** A new application, at the first stage and pending. */
    public static Application received(String id, String postingId, LocalDate appliedDate) {
        return new Application(id, postingId, appliedDate, Stage.APPLIED.code(), ApplicationOutcome.PENDING.code(),
                null, null, false);
    }

    public Stage stage() {
        return Stage.fromCode(furthestStage).orElse(Stage.APPLIED);
    }

    public ApplicationOutcome result() {
        return ApplicationOutcome.fromCode(outcome).orElse(ApplicationOutcome.PENDING);
    }

    public boolean isPending() {
        return result() == ApplicationOutcome.PENDING;
    }

    /** Moves a pending application one stage on; reaching {@code hired} makes the outcome {@code hired}. */
    public Application advance() {
        requirePending();
        Stage next = stage().next().orElseThrow(() -> RecruitmentRejected.because("application.lastStage"));
        return new Application(id, postingId, appliedDate, next.code(),
                (next == Stage.HIRED ? ApplicationOutcome.HIRED : ApplicationOutcome.PENDING).code(), null, employmentId,
                calledBeforeInterview);
    }

    /**
     * Corrects a move made by mistake: one stage back, pending again. A hire linked to an employment must be
     * unlinked first, so that no employment points at an application that is no longer a hire.
     */
    public Application stepBack() {
        if (result() != ApplicationOutcome.HIRED) {
            requirePending();
        }
        if (employmentId != null) {
            throw RecruitmentRejected.because("application.stepBack.employmentLinked", employmentId);
        }
        Stage previous = stage().previous().orElseThrow(() -> RecruitmentRejected.because("application.firstStage"));
        return new Application(id, postingId, appliedDate, previous.code(), ApplicationOutcome.PENDING.code(), null,
                null, calledBeforeInterview);
    }

    /** The applicant withdrew at the stage reached, for a coded reason. */
    public Application withdraw(WithdrawalReason reason) {
        requirePending();
        if (reason == null) {
            throw new RecruitmentRejected(List.of(Problem.of("reason", "application.withdraw.reasonRequired")));
        }
        return new Application(id, postingId, appliedDate, furthestStage, ApplicationOutcome.WITHDRAWN.code(),
                reason.code(), null, calledBeforeInterview);
    }

    /** The employer said no at the stage reached. */
    public Application reject() {
        requirePending();
        return new Application(id, postingId, appliedDate, furthestStage, ApplicationOutcome.REJECTED.code(), null,
                null, calledBeforeInterview);
    }

    /** Marks (or unmarks) that the candidate was called before the interview to keep them. */
    public Application markCalledBeforeInterview(boolean called) {
        return new Application(id, postingId, appliedDate, furthestStage, outcome, withdrawnReason, employmentId,
                called);
    }

    /** Links a hire to the employment it became; null unlinks. The id may name an employment not imported yet. */
    public Application linkEmployment(String newEmploymentId) {
        if (result() != ApplicationOutcome.HIRED) {
            throw RecruitmentRejected.because("application.employment.notHired");
        }
        return new Application(id, postingId, appliedDate, furthestStage, outcome, withdrawnReason, newEmploymentId,
                calledBeforeInterview);
    }

    private void requirePending() {
        if (!isPending()) {
            throw RecruitmentRejected.because("application.ended", result());
        }
    }
}
