package dk.tilknyt.imports.check;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * import-format.md: dates as {@code YYYY-MM-DD}, {@code DD-MM-YYYY} or {@code DD.MM.YYYY}. Years outside
 * 1900-2100 are typing errors in HR data, so they are not taken as dates.
 */
public final class Dates {

    private Dates() {
    }

    /** The date, or null when the text is none of the three forms or no real day. */
    public static LocalDate parse(String text) {
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            if (text.charAt(4) == '-' && text.charAt(7) == '-') {
                return of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
            }
            char separator = text.charAt(2);
            if ((separator == '-' || separator == '.') && text.charAt(5) == separator) {
                return of(number(text, 6, 10), number(text, 3, 5), number(text, 0, 2));
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate of(int year, int month, int day) {
        return year < 1900 || year > 2100 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
