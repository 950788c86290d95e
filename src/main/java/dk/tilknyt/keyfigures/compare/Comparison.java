package dk.tilknyt.keyfigures.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.Suppression;

/**
 * A scope's figures beside those of its child units, with small-cell suppression applied for everyone
 * (key-figures.md, "Privacy of aggregates"): per figure, the scope is the total and the children are its
 * parts, so a child hidden for having fewer than 5 persons cannot be recovered by subtracting the
 * visible children from the total.
 */
public final class Comparison {

    private Comparison() {
    }

    /** A child unit and its figures. */
    public record Part(String unitId, String name, Map<FigureCode, FigureValue> figures) {

        public FigureValue figure(FigureCode code) {
            return figures.get(code);
        }
    }

    /** The scope's own figures and its children's, each hidden where the rule says so. */
    public record Table(Map<FigureCode, FigureValue> total, List<Part> parts) {
    }

    public static Table suppress(Map<FigureCode, FigureValue> total, List<Part> parts) {
        Map<FigureCode, FigureValue> shownTotal = new EnumMap<>(FigureCode.class);
        List<Map<FigureCode, FigureValue>> shownParts = new ArrayList<>();
        parts.forEach(p -> shownParts.add(new EnumMap<>(FigureCode.class)));
        for (FigureCode code : total.keySet()) {
            List<Integer> populations = parts.stream().map(p -> p.figure(code).population()).toList();
            Suppression.Decision decision = Suppression.forTotalAndParts(total.get(code).population(), populations);
            shownTotal.put(code, hide(total.get(code), decision.totalHidden()));
            for (int i = 0; i < parts.size(); i++) {
                shownParts.get(i).put(code, hide(parts.get(i).figure(code), decision.partHidden(i)));
            }
        }
        List<Part> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            shown.add(new Part(parts.get(i).unitId(), parts.get(i).name(), shownParts.get(i)));
        }
        return new Table(shownTotal, shown);
    }

    private static FigureValue hide(FigureValue figure, boolean hidden) {
        return hidden && !figure.suppressed() ? figure.suppress() : figure;
    }
}
