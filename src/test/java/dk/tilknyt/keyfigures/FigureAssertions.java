package dk.tilknyt.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

/** Compares figures with hand-computed numbers written as decimal strings ({@code null} = no value). */
final class FigureAssertions {

    private FigureAssertions() {
    }

    static void assertFigure(Map<FigureCode, FigureValue> figures, FigureCode code, String value, String numerator,
            String denominator) {
        FigureValue figure = figures.get(code);
        assertThat(figure).as(code.code()).isNotNull();
        assertNumber(code, "value", figure.value(), value);
        assertNumber(code, "numerator", figure.numerator(), numerator);
        assertNumber(code, "denominator", figure.denominator(), denominator);
    }

    static void assertValue(Map<FigureCode, FigureValue> figures, FigureCode code, String value) {
        assertNumber(code, "value", figures.get(code).value(), value);
    }

    static void assertPopulation(Map<FigureCode, FigureValue> figures, FigureCode code, int population) {
        assertThat(figures.get(code).population()).as(code.code() + " population").isEqualTo(population);
    }

    private static void assertNumber(FigureCode code, String what, BigDecimal actual, String expected) {
        if (expected == null) {
            assertThat(actual).as(code.code() + " " + what).isNull();
        } else {
            assertThat(actual).as(code.code() + " " + what).isNotNull();
            assertThat(actual.compareTo(new BigDecimal(expected)))
                    .as(code.code() + " " + what + ": expected " + expected + " but was " + actual.toPlainString())
                    .isZero();
        }
    }
}
