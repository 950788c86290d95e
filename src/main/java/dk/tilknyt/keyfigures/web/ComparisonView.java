package dk.tilknyt.keyfigures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.keyfigures.compare.Comparison;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;

/** The comparison table of a scope's child units: suppressed, sorted, with deviations from the scope. */
@Component
class ComparisonView {

    private final KeyFigures keyFigures;
    private final OrgDirectory org;

    ComparisonView(KeyFigures keyFigures, OrgDirectory org) {
        this.keyFigures = keyFigures;
        this.org = org;
    }

    /** A cell as shown: the value (or "–"), and the deviation from the scope's value with its direction. */
    record Cell(String value, boolean hidden, String direction, String deviation) {
    }

    record Line(String unitId, String name, String link, List<Cell> cells, FigureValue sortValue) {
    }

    record Sorting(FigureCode by, boolean descending) {
    }

    Comparison.Table table(PageFilter filter) {
        var total = keyFigures.compute(filter.query());
        List<Comparison.Part> parts = new ArrayList<>();
        for (OrgUnit child : org.tree().children(filter.unitId())) {
            parts.add(new Comparison.Part(child.id(), child.name(), keyFigures.compute(filter.forUnit(child.id()).query())));
        }
        return Comparison.suppress(total, parts);
    }

    List<Line> lines(Comparison.Table table, PageFilter filter, Sorting sorting, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (Comparison.Part part : table.parts()) {
            List<Cell> cells = new ArrayList<>();
            for (FigureCode code : FigureCode.values()) {
                cells.add(cell(part.figure(code), table.total().get(code), locale));
            }
            lines.add(new Line(part.unitId(), part.name(), filter.forUnit(part.unitId()).link("/keyfigures"), cells,
                    sorting.by() == null ? null : part.figure(sorting.by())));
        }
        Comparator<Line> order = sorting.by() == null ? Comparator.comparing(Line::name)
                : Comparator.comparing((Line l) -> l.sortValue().value(),
                        sorting.descending() ? Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())
                                : Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
                        .thenComparing(Line::name);
        if (sorting.by() == null && sorting.descending()) {
            order = order.reversed();
        }
        lines.sort(order);
        return lines;
    }

    List<Cell> totals(Comparison.Table table, Locale locale) {
        return java.util.Arrays.stream(FigureCode.values())
                .map(code -> cell(table.total().get(code), null, locale)).toList();
    }

    private static Cell cell(FigureValue value, FigureValue scope, Locale locale) {
        if (!value.hasValue()) {
            return new Cell(Numbers.HIDDEN, value.suppressed(), "none", "");
        }
        if (scope == null || !scope.hasValue()) {
            return new Cell(Numbers.format(value.value(), locale), false, "none", "");
        }
        BigDecimal deviation = value.value().subtract(scope.value());
        String direction = deviation.signum() > 0 ? "up" : deviation.signum() < 0 ? "down" : "same";
        return new Cell(Numbers.format(value.value(), locale), false, direction, Numbers.signed(deviation, locale));
    }
}
