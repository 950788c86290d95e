package dk.tilknyt.roster.rules;

import dk.tilknyt.roster.solver.Wish;

/** Whether a wish was granted and, if not, what stood in the way ({@code obstacle} is null when granted). */
public record WishOutcome(Wish wish, boolean granted, WishObstacle obstacle) {
}
