package dk.tilknyt.shared;

/**
 * import-format.md and rules.md: Tilknyt never stores a CPR number. Something looks like one when it
 * is ten digits in a row, or six digits, a dash and four digits ({@code DDMMYY-NNNN}), not part of a
 * longer run of digits, and the first six digits are a date {@code DDMMYY} in some century.
 */
public final class CprNumbers {

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private CprNumbers() {
    }

    public static boolean containsCpr(String text) {
        return text != null && text.length() >= 10 && find(text, 0) >= 0;
    }

    /** The text with every CPR-like part shown as {@code DDMMYY-****}, so an error message never repeats one. */
    public static String mask(String text) {
        if (!containsCpr(text)) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        int from = 0;
        for (int start = find(text, 0); start >= 0; start = find(text, from)) {
            int end = start + (text.charAt(start + 6) == '-' ? 11 : 10);
            masked.append(text, from, start).append(text, start, start + 6).append("-****");
            from = end;
        }
        return masked.append(text, from, text.length()).toString();
    }

    /** Index where the next CPR-like part starts at or after {@code from}, or -1. */
    private static int find(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (!digit(text, i)) {
                i++;
                continue;
            }
            int run = runEnd(text, i);
            int length = run - i;
            if (length == 10 && isDate(text, i)) {
                return i;
            }
            if (length == 6 && run + 5 <= text.length() && text.charAt(run) == '-'
                    && runEnd(text, run + 1) == run + 5 && isDate(text, i)) {
                return i;
            }
            i = run;
        }
        return -1;
    }

    private static int runEnd(String text, int i) {
        int end = i;
        while (end < text.length() && digit(text, end)) {
            end++;
        }
        return end;
    }

    private static boolean digit(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** DDMMYY at {@code i} is a real day; 29 February counts when YY is a leap year in some century. */
    static boolean isDate(String text, int i) {
        int day = twoDigits(text, i);
        int month = twoDigits(text, i + 2);
        int year = twoDigits(text, i + 4);
        if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
            return false;
        }
        return month != 2 || day != 29 || year % 4 == 0;
    }

    private static int twoDigits(String text, int i) {
        return (text.charAt(i) - '0') * 10 + (text.charAt(i + 1) - '0');
    }
}
