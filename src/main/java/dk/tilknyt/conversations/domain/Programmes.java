package dk.tilknyt.conversations.domain;

import java.util.Comparator;
import java.util.List;

/** The onboarding programmes: one per job family that has its own tasks, and the common one. */
public record Programmes(List<OnboardingTask> tasks) {

    private static final Comparator<OnboardingTask> ORDER = Comparator.comparingInt(OnboardingTask::dayOffset)
            .thenComparingInt(OnboardingTask::sortOrder).thenComparingLong(OnboardingTask::id);

    public Programmes {
        tasks = tasks.stream().sorted(ORDER).toList();
    }

    /** The job family's own tasks, or the common programme when it has none. */
    public List<OnboardingTask> tasksFor(String jobFamily) {
        List<OnboardingTask> own = tasks.stream().filter(t -> jobFamily != null && jobFamily.equals(t.jobFamily())).toList();
        return own.isEmpty() ? common() : own;
    }

    public List<OnboardingTask> common() {
        return tasks.stream().filter(t -> t.jobFamily() == null).toList();
    }

    public boolean hasOwn(String jobFamily) {
        return tasks.stream().anyMatch(t -> jobFamily.equals(t.jobFamily()));
    }
}
