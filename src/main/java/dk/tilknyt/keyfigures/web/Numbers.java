package dk.tilknyt.keyfigures.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import dk.tilknyt.keyfigures.FigureCode;

/** How figures read on a page and in the MED pack: at most 2 decimals in the reader's language, a unit, a signed change. */
public final class Numbers {

    public static final String HIDDEN = "–";

    private Numbers() {
    }

    public static String format(BigDecimal value, Locale locale) {
        if (value == null) {
            return HIDDEN;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** {@code +1,5} or {@code −2} (a real minus sign), {@code ±0} for no change. */
    public static String signed(BigDecimal change, Locale locale) {
        if (change == null) {
            return HIDDEN;
        }
        int sign = change.signum();
        String plain = format(change.abs(), locale);
        return sign > 0 ? "+" + plain : sign < 0 ? "−" + plain : "±0";
    }

    /** The key of the figure's unit, e.g. "%" or "dage pr. årsværk". */
    static String unitKey(FigureCode code) {
        return "keyfigures.pages.unit." + code.code();
    }

    /** For chart data attributes: plain dot decimals, empty for a missing value. */
    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
