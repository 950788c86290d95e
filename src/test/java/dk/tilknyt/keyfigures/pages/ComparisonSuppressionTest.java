package dk.tilknyt.keyfigures.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.compare.Comparison;

/** key-figures.md "Privacy of aggregates" in the comparison view: applied for everyone, per figure. */
class ComparisonSuppressionTest {

    @Test
    void aHiddenHeadcountCannotBeRecoveredBySubtractingTheVisibleOnes() {
        // total 3 + 8 + 12 = 23; the unit of 3 is hidden, so the smallest other part must be hidden too
        Comparison.Table table = Comparison.suppress(headcount(23), List.of(part("a", 3), part("b", 8), part("c", 12)));
        List<FigureValue> parts = table.parts().stream().map(p -> p.figure(FigureCode.HEADCOUNT)).toList();
        assertThat(parts.get(0).hasValue()).isFalse();
        assertThat(parts.get(1).hasValue()).isFalse();
        assertThat(parts.get(2).value()).isEqualByComparingTo("12");
        assertThat(table.total().get(FigureCode.HEADCOUNT).value()).isEqualByComparingTo("23");
        // what an attacker can compute from the visible cells is the sum of two hidden parts, not either
        BigDecimal recoverable = table.total().get(FigureCode.HEADCOUNT).value().subtract(parts.get(2).value());
        assertThat(recoverable).isEqualByComparingTo("11");
        assertThat(recoverable).isNotEqualByComparingTo("3").isNotEqualByComparingTo("8");
    }

    @Test
    void withNoSmallPartEverythingStaysVisible() {
        Comparison.Table table = Comparison.suppress(headcount(20), List.of(part("a", 8), part("b", 12)));
        assertThat(table.parts()).allMatch(p -> p.figure(FigureCode.HEADCOUNT).hasValue());
    }

    @Test
    void withOnlyOneOtherPartTheTotalIsHiddenToo() {
        // one part hidden and one visible: hiding the visible one leaves nothing to protect the total with
        Comparison.Table table = Comparison.suppress(headcount(10), List.of(part("a", 2), part("b", 8)));
        assertThat(table.parts().get(0).figure(FigureCode.HEADCOUNT).hasValue()).isFalse();
        assertThat(table.parts().get(1).figure(FigureCode.HEADCOUNT).hasValue()).isFalse();
        assertThat(table.total().get(FigureCode.HEADCOUNT).hasValue()).isTrue();
    }

    @Test
    void twoSmallPartsNeedNoFurtherHiding() {
        Comparison.Table table = Comparison.suppress(headcount(21), List.of(part("a", 2), part("b", 4), part("c", 15)));
        assertThat(table.parts().get(2).figure(FigureCode.HEADCOUNT).hasValue()).isTrue();
    }

    private static Map<FigureCode, FigureValue> headcount(int persons) {
        Map<FigureCode, FigureValue> figures = new EnumMap<>(FigureCode.class);
        figures.put(FigureCode.HEADCOUNT, new FigureValue(BigDecimal.valueOf(persons), null, null, persons, false));
        return figures;
    }

    private static Comparison.Part part(String unit, int persons) {
        return new Comparison.Part(unit, unit, headcount(persons));
    }
}
