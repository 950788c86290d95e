package dk.tilknyt.conversations.domain;

/**
 * A task of an onboarding programme: due {@code dayOffset} days after the first day (negative: before it,
 * e.g. "mentor assigned" at -7). {@code jobFamily == null} is the programme for every job family that
 * has none of its own.
 */
public record OnboardingTask(long id, String jobFamily, String title, int dayOffset, TaskType type, int sortOrder) {
}
