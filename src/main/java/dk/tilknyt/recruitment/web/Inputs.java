package dk.tilknyt.recruitment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Reading typed values from form fields and request bodies the way import-format.md reads them. */
final class Inputs {

    /** Strict: 31.02.2026 is no date (the default "smart" style would quietly make it 28 February). */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private Inputs() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** {@code YYYY-MM-DD}, {@code DD-MM-YYYY} or {@code DD.MM.YYYY}; empty when blank or not a date. */
    static Optional<LocalDate> date(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(value.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }

    /** A decimal with {@code .} or {@code ,}; empty when blank or not a number. */
    static Optional<BigDecimal> decimal(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }
}
