package dk.tilknyt.keyfigures.medpack;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How numbers read in the pack: at most 2 decimals in the reader's language, "–" for a hidden value. */
final class Format {

    static final String HIDDEN = "–";

    private Format() {
    }

    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return HIDDEN;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** {@code +1,5}, {@code −2} (a real minus sign) or {@code ±0}. */
    static String signed(BigDecimal change, Locale locale) {
        if (change == null) {
            return HIDDEN;
        }
        String plain = number(change.abs(), locale);
        return change.signum() > 0 ? "+" + plain : change.signum() < 0 ? "−" + plain : "±0";
    }
}
