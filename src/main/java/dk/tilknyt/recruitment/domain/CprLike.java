package dk.tilknyt.recruitment.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** import-format.md: ten digits (optionally DDMMYY-NNNN) whose first six form a valid date look like a CPR number. */
final class CprLike {

    private static final Pattern SHAPE = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?\\d{4}");

    private CprLike() {
    }

    static boolean test(String value) {
        var m = SHAPE.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            return false;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        // The century is in the serial digits; a date valid in either century is enough to refuse it.
        return validDate(1900 + yy, month, day) || validDate(2000 + yy, month, day);
    }

    private static boolean validDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
