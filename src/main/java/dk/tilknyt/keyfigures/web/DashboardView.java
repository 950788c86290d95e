package dk.tilknyt.keyfigures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.keyfigures.Suppression;
import dk.tilknyt.keyfigures.national.NationalReference;
import dk.tilknyt.keyfigures.national.NationalReferences;
import dk.tilknyt.keyfigures.trend.RollingSeries;

/**
 * The dashboard's tiles: this period's value, the change against the same period last year, the
 * rolling 12-month series over three years and the national reference, suppressed for aggregate-only users.
 */
@Component
class DashboardView {

    static final int SPARKLINE_MONTHS = 36;

    private final KeyFigures keyFigures;
    private final RollingSeries series;
    private final NationalReferences national;

    DashboardView(KeyFigures keyFigures, RollingSeries series, NationalReferences national) {
        this.keyFigures = keyFigures;
        this.series = series;
        this.national = national;
    }

    record Group(FigureGroup group, List<Tile> tiles) {
    }

    record Tile(FigureCode code, String value, boolean suppressed, String lastYear, Change change, String numerator,
            String denominator, int population, String chartValues, String chartLabels, List<SeriesRow> series,
            NationalReference national, String nationalValue) {
    }

    /** Direction is "up", "down", "same" or "none" (nothing to compare). */
    record Change(String direction, String text) {
    }

    record SeriesRow(String month, String value) {
    }

    /** One row per figure, for the table and the XLSX export. */
    record Row(FigureCode code, FigureValue current, FigureValue lastYear) {
    }

    List<Row> rows(PageFilter filter, boolean aggregatesOnly) {
        Map<FigureCode, FigureValue> now = keyFigures.compute(filter.query());
        Map<FigureCode, FigureValue> before = keyFigures.compute(filter.lastYear().query());
        List<Row> rows = new ArrayList<>();
        for (FigureCode code : FigureCode.values()) {
            rows.add(new Row(code, visible(now.get(code), aggregatesOnly), visible(before.get(code), aggregatesOnly)));
        }
        return rows;
    }

    List<Group> groups(PageFilter filter, boolean aggregatesOnly, Locale locale) {
        Map<FigureCode, Row> rows = new java.util.EnumMap<>(FigureCode.class);
        rows(filter, aggregatesOnly).forEach(r -> rows.put(r.code(), r));
        var points = series.series(filter.unitId(), filter.jobFamily(), filter.ageBand(),
                RollingSeries.monthEndOnOrBefore(filter.period().to()), SPARKLINE_MONTHS);
        List<Group> groups = new ArrayList<>();
        for (FigureGroup group : FigureGroup.values()) {
            List<Tile> tiles = new ArrayList<>();
            for (FigureCode code : group.figures()) {
                List<BigDecimal> values = points.stream()
                        .map(p -> visible(p.figure(code), aggregatesOnly).value()).toList();
                List<String> labels = points.stream().map(p -> p.monthEnd().toString().substring(0, 7)).toList();
                tiles.add(tile(rows.get(code), values, labels, filter, locale));
            }
            groups.add(new Group(group, tiles));
        }
        return groups;
    }

    private Tile tile(Row row, List<BigDecimal> values, List<String> labels, PageFilter filter, Locale locale) {
        FigureValue now = row.current();
        FigureValue before = row.lastYear();
        List<SeriesRow> table = new ArrayList<>();
        for (int i = values.size() - 1; i >= 0; i--) {
            table.add(new SeriesRow(labels.get(i), Numbers.format(values.get(i), locale)));
        }
        Optional<NationalReference> reference = national.matching(row.code(), filter.jobFamily());
        return new Tile(row.code(), Numbers.format(now.value(), locale), now.suppressed(), Numbers.format(before.value(), locale),
                change(now, before, locale), Numbers.format(now.numerator(), locale), Numbers.format(now.denominator(), locale),
                now.population(), String.join(",", values.stream().map(Numbers::plain).toList()), String.join(",", labels),
                table, reference.orElse(null), reference.map(r -> Numbers.format(r.value(), locale)).orElse(null));
    }

    static Change change(FigureValue now, FigureValue before, Locale locale) {
        if (now == null || before == null || !now.hasValue() || !before.hasValue()) {
            return new Change("none", Numbers.HIDDEN);
        }
        BigDecimal difference = now.value().subtract(before.value());
        String direction = difference.signum() > 0 ? "up" : difference.signum() < 0 ? "down" : "same";
        return new Change(direction, Numbers.signed(difference, locale));
    }

    static FigureValue visible(FigureValue figure, boolean aggregatesOnly) {
        return aggregatesOnly ? Suppression.apply(figure) : figure;
    }
}
