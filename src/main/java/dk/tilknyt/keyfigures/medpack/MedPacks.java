package dk.tilknyt.keyfigures.medpack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.keyfigures.Suppression;
import dk.tilknyt.keyfigures.compare.Comparison;
import dk.tilknyt.keyfigures.national.NationalReferences;
import dk.tilknyt.keyfigures.targets.Target;
import dk.tilknyt.keyfigures.targets.TargetProgress;
import dk.tilknyt.keyfigures.targets.Targets;
import dk.tilknyt.keyfigures.web.Numbers;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.shared.DateRange;

/**
 * The MED pack of a scope for the works-council meeting where recruitment and retention is a fixed
 * item: assembled from the same figures, targets and comparison as the pages, and printed as a PDF.
 * Access checks are the caller's; {@code aggregatesOnly} hides every figure of fewer than 5 persons.
 */
@Service
public class MedPacks {

    /** The figures the child units are compared on: few enough to fit a portrait page. */
    static final List<FigureCode> COMPARED = List.of(FigureCode.HEADCOUNT, FigureCode.TURNOVER_RATE,
            FigureCode.FIRST_YEAR_DEPARTURE_RATE, FigureCode.SICKNESS_ABSENCE_PCT, FigureCode.FULLTIME_SHARE,
            FigureCode.FILL_RATE_FIRST_POSTING);

    /** The figures drawn as bars per child unit. */
    static final List<FigureCode> CHARTED = List.of(FigureCode.TURNOVER_RATE, FigureCode.SICKNESS_ABSENCE_PCT,
            FigureCode.FULLTIME_SHARE);

    private final KeyFigures keyFigures;
    private final Targets targets;
    private final NationalReferences national;
    private final OrgDirectory org;
    private final MedPackPrinter printer;
    private final MessageSource messages;
    private final Clock clock;

    MedPacks(KeyFigures keyFigures, Targets targets, NationalReferences national, OrgDirectory org,
            MedPackPrinter printer, MessageSource messages, Clock clock) {
        this.keyFigures = keyFigures;
        this.targets = targets;
        this.national = national;
        this.org = org;
        this.printer = printer;
        this.messages = messages;
        this.clock = clock;
    }

    /** The pack as a PDF document. */
    public byte[] pdf(String unitId, DateRange period, boolean aggregatesOnly, Locale locale) {
        return printer.print(assemble(unitId, period, aggregatesOnly, locale), locale);
    }

    public MedPack assemble(String unitId, DateRange period, boolean aggregatesOnly, Locale locale) {
        Map<FigureCode, FigureValue> now = keyFigures.compute(FigureQuery.all(unitId, period));
        Map<FigureCode, FigureValue> lastYear = keyFigures.compute(FigureQuery.all(unitId, period.minusYears(1)));
        List<Comparison.Part> parts = new ArrayList<>();
        for (OrgUnit child : org.tree().children(unitId)) {
            parts.add(new Comparison.Part(child.id(), child.name(), keyFigures.compute(FigureQuery.all(child.id(), period))));
        }
        // key-figures.md, "Privacy of aggregates": the comparison is suppressed for everyone
        Comparison.Table table = Comparison.suppress(now, parts);
        List<MedPack.UnitLine> units = table.parts().stream()
                .map(p -> unitLine(p.unitId(), p.name(), p.figures(), locale)).toList();
        MedPack.UnitLine total = unitLine(unitId, text("keyfigures.medpack.comparison.total", locale), table.total(), locale);
        return new MedPack(unitId, org.tree().name(unitId), period, LocalDate.now(clock), aggregatesOnly,
                goals(unitId, now, aggregatesOnly, locale), figures(now, lastYear, aggregatesOnly, locale), COMPARED,
                units, total, charts(table, locale));
    }

    private List<MedPack.Goal> goals(String unitId, Map<FigureCode, FigureValue> now, boolean aggregatesOnly,
            Locale locale) {
        List<MedPack.Goal> goals = new ArrayList<>();
        for (Targets.FollowedTarget followed : targets.follow(unitId)) {
            Target t = followed.target();
            TargetProgress p = followed.progress();
            // a goal's values are the scope's own figure: hidden from the council where that figure is
            boolean hidden = aggregatesOnly && Suppression.tooSmall(now.get(t.figure()).population());
            goals.add(new MedPack.Goal(t.figure(), describe(t, locale),
                    hidden ? Numbers.HIDDEN : Numbers.format(p.baseline(), locale),
                    Numbers.format(p.goal(), locale),
                    hidden ? Numbers.HIDDEN : Numbers.format(p.current(), locale),
                    hidden ? null : p.progressPct(),
                    hidden ? text("keyfigures.medpack.goals.hidden", locale)
                            : text("keyfigures.goals.status." + p.status().name(), locale),
                    t.deadline().toString()));
        }
        return goals;
    }

    private String describe(Target t, Locale locale) {
        String amount = Numbers.format(t.amount(), locale);
        return t.kind() == Target.Kind.ABSOLUTE
                ? messages.getMessage("keyfigures.goals.describe.absolute." + t.direction().name(), new Object[] {amount}, locale)
                : messages.getMessage("keyfigures.goals.describe.relative",
                        new Object[] {Numbers.signed(t.amount(), locale) + " %", String.valueOf(t.baselineYear())}, locale);
    }

    private List<MedPack.FigureLine> figures(Map<FigureCode, FigureValue> now, Map<FigureCode, FigureValue> lastYear,
            boolean aggregatesOnly, Locale locale) {
        List<MedPack.FigureLine> lines = new ArrayList<>();
        for (FigureCode code : FigureCode.values()) {
            FigureValue current = visible(now.get(code), aggregatesOnly);
            FigureValue before = visible(lastYear.get(code), aggregatesOnly);
            String change = current.hasValue() && before.hasValue()
                    ? Numbers.signed(current.value().subtract(before.value()), locale) : Numbers.HIDDEN;
            String reference = national.matching(code, null)
                    .map(r -> Numbers.format(r.value(), locale) + " (" + r.yearText() + ")").orElse(Numbers.HIDDEN);
            lines.add(new MedPack.FigureLine(code, Numbers.format(current.value(), locale), current.suppressed(),
                    Numbers.format(before.value(), locale), change, reference));
        }
        return lines;
    }

    private static FigureValue visible(FigureValue figure, boolean aggregatesOnly) {
        return aggregatesOnly ? Suppression.apply(figure) : figure;
    }

    private static MedPack.UnitLine unitLine(String unitId, String name, Map<FigureCode, FigureValue> figures,
            Locale locale) {
        return new MedPack.UnitLine(unitId, name,
                COMPARED.stream().map(code -> Numbers.format(figures.get(code).value(), locale)).toList());
    }

    private List<MedPack.BarChart> charts(Comparison.Table table, Locale locale) {
        if (table.parts().isEmpty()) {
            return List.of();
        }
        List<MedPack.BarChart> charts = new ArrayList<>();
        for (FigureCode code : CHARTED) {
            BigDecimal largest = table.parts().stream().map(p -> p.figure(code).value()).filter(v -> v != null)
                    .reduce(table.total().get(code).hasValue() ? table.total().get(code).value() : BigDecimal.ZERO,
                            BigDecimal::max);
            List<MedPack.Bar> bars = new ArrayList<>();
            for (Comparison.Part part : table.parts()) {
                bars.add(bar(part.name(), part.figure(code).value(), largest, locale));
            }
            bars.add(bar(text("keyfigures.medpack.comparison.total", locale), table.total().get(code).value(), largest,
                    locale));
            charts.add(new MedPack.BarChart(code, bars));
        }
        return charts;
    }

    static MedPack.Bar bar(String name, BigDecimal value, BigDecimal largest, Locale locale) {
        if (value == null) {
            return new MedPack.Bar(name, Numbers.HIDDEN, 0, true);
        }
        int width = largest.signum() <= 0 ? 0
                : value.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP)
                        .intValue();
        return new MedPack.Bar(name, Numbers.format(value, locale), Math.min(100, width), false);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
