package dk.tilknyt.recruitment.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.ApplicationOutcome;
import dk.tilknyt.recruitment.Stage;

/**
 * The recruitment funnel of a set of applications: how many reached each stage, and how many ended there
 * (withdrew, were rejected) or are still waiting there. A withdrawal "at invited" is the interview dropout of
 * key-figures.md: invited, then withdrew before the interview.
 */
public record Funnel(long postings, long applications, List<StageCount> stages, CallEffect calls) {

    /** One stage: reached = furthest stage at least this one; the rest have this stage as their furthest. */
    public record StageCount(Stage stage, long reached, long pending, long withdrawn, long rejected) {
    }

    /**
     * Invited candidates (furthest stage invited or later), split by the "called before interview" mark, and
     * how many of each withdrew before the interview (furthest stage invited, withdrawn).
     */
    public record CallEffect(long called, long calledWithdrew, long notCalled, long notCalledWithdrew) {
    }

    public static Funnel of(long postings, Collection<Application> applications) {
        List<StageCount> stages = Arrays.stream(Stage.values()).map(stage -> new StageCount(stage,
                applications.stream().filter(a -> a.stage().isAtLeast(stage)).count(),
                countAt(applications, stage, ApplicationOutcome.PENDING),
                countAt(applications, stage, ApplicationOutcome.WITHDRAWN),
                countAt(applications, stage, ApplicationOutcome.REJECTED))).toList();
        List<Application> invited = applications.stream().filter(a -> a.stage().isAtLeast(Stage.INVITED)).toList();
        CallEffect calls = new CallEffect(
                invited.stream().filter(Application::calledBeforeInterview).count(),
                invited.stream().filter(a -> a.calledBeforeInterview() && droppedOutAfterInvitation(a)).count(),
                invited.stream().filter(a -> !a.calledBeforeInterview()).count(),
                invited.stream().filter(a -> !a.calledBeforeInterview() && droppedOutAfterInvitation(a)).count());
        return new Funnel(postings, applications.size(), stages, calls);
    }

    public StageCount at(Stage stage) {
        return stages.get(stage.ordinal());
    }

    public long withdrawn() {
        return stages.stream().mapToLong(StageCount::withdrawn).sum();
    }

    public long hired() {
        return at(Stage.HIRED).reached();
    }

    private static boolean droppedOutAfterInvitation(Application a) {
        return a.stage() == Stage.INVITED && a.result() == ApplicationOutcome.WITHDRAWN;
    }

    private static long countAt(Collection<Application> applications, Stage stage, ApplicationOutcome outcome) {
        return applications.stream().filter(a -> a.stage() == stage && a.result() == outcome).count();
    }
}
