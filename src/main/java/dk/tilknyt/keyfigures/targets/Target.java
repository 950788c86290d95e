package dk.tilknyt.keyfigures.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import dk.tilknyt.keyfigures.FigureCode;

/**
 * A target for one figure in one scope: either an absolute value (fill rate ≥ 90) or a change in
 * percent of the figure's value in a baseline year (turnover −10 % vs 2022), to reach by a deadline.
 */
public record Target(long id, String unitId, FigureCode figure, Kind kind, Direction direction, BigDecimal amount,
        Integer baselineYear, LocalDate deadline, boolean strategy, LocalDate createdOn) {

    public enum Kind { ABSOLUTE, RELATIVE }

    /** Whether the figure should end at or above, or at or below, the goal value. */
    public enum Direction {
        AT_LEAST, AT_MOST;

        public boolean reached(BigDecimal value, BigDecimal goal) {
            return this == AT_LEAST ? value.compareTo(goal) >= 0 : value.compareTo(goal) <= 0;
        }
    }

    /** The value to reach, given the baseline year's value for a relative target (null when unknown). */
    public BigDecimal goalValue(BigDecimal baseline) {
        if (kind == Kind.ABSOLUTE) {
            return amount;
        }
        if (baseline == null) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE.add(amount.movePointLeft(2));
        return baseline.multiply(factor).setScale(2, RoundingMode.HALF_UP);
    }
}
