package dk.tilknyt.keyfigures;

import java.math.BigDecimal;

/**
 * One computed figure: the value (rounded to 2 decimals; {@code null} when the denominator is 0 or
 * the figure is suppressed), the numerator and denominator it came from (exact to 6 decimals;
 * {@code null} where the figure is a plain count or median), and the size of the population it was
 * computed from.
 */
public record FigureValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator, int population,
        boolean suppressed) {

    /** The same figure hidden from aggregate-only users: only the population stays. */
    public FigureValue suppress() {
        return new FigureValue(null, null, null, population, true);
    }

    public boolean hasValue() {
        return value != null;
    }
}
