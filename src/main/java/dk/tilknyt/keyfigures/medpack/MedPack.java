package dk.tilknyt.keyfigures.medpack;

import java.time.LocalDate;
import java.util.List;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.shared.DateRange;

/**
 * What a MED pack shows, already formatted for the reader's language and suppressed for its reader:
 * the cover, the scope's goals, its figures against last year and the national reference, the
 * comparison of its child units and bar charts of that comparison.
 */
public record MedPack(String unitId, String unitName, DateRange period, LocalDate madeOn, boolean aggregatesOnly,
        List<Goal> goals, List<FigureLine> figures, List<FigureCode> compared, List<UnitLine> units, UnitLine total,
        List<BarChart> charts) {

    /** A target with how it is doing; {@code progressPct} is null when unknown or hidden. */
    public record Goal(FigureCode figure, String description, String baseline, String goal, String current,
            Integer progressPct, String status, String deadline) {
    }

    /** One figure of the scope: this period, the same period last year, the change and a national reference. */
    public record FigureLine(FigureCode figure, String value, boolean suppressed, String lastYear, String change,
            String national) {
    }

    /** A child unit (or the whole scope) with the compared figures, "–" where hidden. */
    public record UnitLine(String unitId, String name, List<String> values) {
    }

    /** One figure across the child units, drawn as horizontal bars scaled to the largest visible value. */
    public record BarChart(FigureCode figure, List<Bar> bars) {
    }

    /** {@code widthPct} 0–100; a hidden or missing value has no bar, only its "–". */
    public record Bar(String name, String value, int widthPct, boolean missing) {
    }
}
