package dk.tilknyt.keyfigures.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact non-negative quantity n / d of two finite decimals, so that an average headcount of
 * 31 2/3 or an FTE of 1 234/365 stays exact until it is shown, and a value is rounded only once.
 */
record Ratio(BigDecimal n, BigDecimal d) {

    private static final MathContext PRECISION = new MathContext(34, RoundingMode.HALF_UP);

    Ratio {
        if (d.signum() == 0) {
            throw new IllegalArgumentException("Zero denominator");
        }
    }

    static Ratio of(long value) {
        return new Ratio(BigDecimal.valueOf(value), BigDecimal.ONE);
    }

    static Ratio of(long numerator, long denominator) {
        return new Ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    boolean isZero() {
        return n.signum() == 0;
    }

    Ratio dividedBy(Ratio other) {
        return new Ratio(n.multiply(other.d), d.multiply(other.n));
    }

    Ratio times(long factor) {
        return new Ratio(n.multiply(BigDecimal.valueOf(factor)), d);
    }

    Ratio minus(Ratio other) {
        return new Ratio(n.multiply(other.d).subtract(other.n.multiply(d)), d.multiply(other.d));
    }

    /** The quantity rounded half-up to the given decimals, without trailing zeros. */
    BigDecimal rounded(int decimals) {
        return plain(n.divide(d, PRECISION).setScale(decimals, RoundingMode.HALF_UP));
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
