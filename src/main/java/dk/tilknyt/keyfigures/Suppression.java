package dk.tilknyt.keyfigures;

import java.util.List;

/**
 * Small-cell suppression for users who may see aggregates only (key-figures.md, "Privacy of
 * aggregates"): a figure computed from fewer than 5 persons is hidden, and where a total and all but
 * one of its parts are visible, the smallest remaining part is hidden too, so that the hidden part
 * cannot be recovered by subtraction.
 */
public final class Suppression {

    public static final int MINIMUM_POPULATION = 5;

    private Suppression() {
    }

    /** The primary rule: too few persons behind the figure. */
    public static boolean tooSmall(int population) {
        return population < MINIMUM_POPULATION;
    }

    /** Applies the primary rule to one figure. */
    public static FigureValue apply(FigureValue figure) {
        return figure.suppressed() || !tooSmall(figure.population()) ? figure : figure.suppress();
    }

    /**
     * Which cells of a total and its parts to hide, given their populations. Primary suppression
     * first; then, while the total is visible and exactly one part is hidden, the smallest visible
     * part is hidden as well (the total is hidden when no other part is left to hide).
     */
    public static Decision forTotalAndParts(int totalPopulation, List<Integer> partPopulations) {
        boolean totalHidden = tooSmall(totalPopulation);
        boolean[] hidden = new boolean[partPopulations.size()];
        int hiddenCount = 0;
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = tooSmall(partPopulations.get(i));
            hiddenCount += hidden[i] ? 1 : 0;
        }
        if (!totalHidden && hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < hidden.length; i++) {
                if (!hidden[i] && (smallest < 0 || partPopulations.get(i) < partPopulations.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            } else {
                totalHidden = true;
            }
        }
        var parts = new java.util.ArrayList<Boolean>(hidden.length);
        for (boolean h : hidden) {
            parts.add(h);
        }
        return new Decision(totalHidden, List.copyOf(parts));
    }

    /** The outcome of {@link #forTotalAndParts}: whether the total and each part (in the given order) are hidden. */
    public record Decision(boolean totalHidden, List<Boolean> partsHidden) {

        public boolean partHidden(int index) {
            return partsHidden.get(index);
        }
    }
}
