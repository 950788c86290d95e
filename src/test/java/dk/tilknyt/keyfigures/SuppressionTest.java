package dk.tilknyt.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** key-figures.md "Privacy of aggregates": fewer than 5 persons, and no recovery by subtraction. */
class SuppressionTest {

    @Test
    void aFigureOfFewerThanFivePersonsIsHiddenButKeepsItsPopulation() {
        FigureValue four = new FigureValue(new BigDecimal("25"), BigDecimal.ONE, new BigDecimal("4"), 4, false);

        FigureValue hidden = Suppression.apply(four);

        assertThat(hidden.suppressed()).isTrue();
        assertThat(hidden.value()).isNull();
        assertThat(hidden.numerator()).isNull();
        assertThat(hidden.denominator()).isNull();
        assertThat(hidden.population()).isEqualTo(4);
    }

    @Test
    void aFigureOfFivePersonsIsShown() {
        FigureValue five = new FigureValue(new BigDecimal("20"), BigDecimal.ONE, new BigDecimal("5"), 5, false);

        assertThat(Suppression.apply(five)).isEqualTo(five);
    }

    @Test
    void whenOnePartIsHiddenUnderAVisibleTotalTheSmallestVisiblePartIsHiddenToo() {
        var decision = Suppression.forTotalAndParts(40, List.of(20, 3, 8, 9));

        assertThat(decision.totalHidden()).isFalse();
        assertThat(decision.partsHidden()).containsExactly(false, true, true, false);
    }

    @Test
    void twoHiddenPartsAlreadyProtectEachOther() {
        var decision = Suppression.forTotalAndParts(40, List.of(30, 3, 4, 3));

        assertThat(decision.partsHidden()).containsExactly(false, true, true, true);
    }

    @Test
    void noPartIsHiddenWhenAllAreLargeEnough() {
        var decision = Suppression.forTotalAndParts(30, List.of(10, 10, 10));

        assertThat(decision.totalHidden()).isFalse();
        assertThat(decision.partsHidden()).containsExactly(false, false, false);
    }

    @Test
    void aHiddenPartWithNoOtherPartToHideHidesTheTotal() {
        var decision = Suppression.forTotalAndParts(12, List.of(3));

        assertThat(decision.totalHidden()).isTrue();
        assertThat(decision.partsHidden()).containsExactly(true);
    }

    @Test
    void aHiddenTotalNeedsNoComplementaryPart() {
        var decision = Suppression.forTotalAndParts(4, List.of(3, 1));

        assertThat(decision.totalHidden()).isTrue();
        assertThat(decision.partsHidden()).containsExactly(true, true);
    }
}
