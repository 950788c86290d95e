package dk.tilknyt.keyfigures.domain;

import java.time.LocalDate;

import dk.tilknyt.shared.DanishCalendar;

/**
 * Counts days with agreed hours (Monday–Friday, not a public holiday; key-figures.md "Agreed hours")
 * in O(1) from a prefix sum over 1900–2199, so that a segment's or an absence row's hours over any
 * stretch are one multiplication. Days are epoch days throughout the engine.
 */
public final class WorkingDays {

    public static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    public static final int LAST_DAY = (int) LocalDate.of(2199, 12, 31).toEpochDay();

    /** prefix[i] = working days in [FIRST_DAY, FIRST_DAY + i). */
    private static final int[] PREFIX = build();

    private WorkingDays() {
    }

    private static int[] build() {
        int[] prefix = new int[LAST_DAY - FIRST_DAY + 2];
        for (int day = FIRST_DAY; day <= LAST_DAY; day++) {
            int i = day - FIRST_DAY;
            prefix[i + 1] = prefix[i] + (DanishCalendar.isWorkingDay(LocalDate.ofEpochDay(day)) ? 1 : 0);
        }
        return prefix;
    }

    /** Working days in [first, last] (epoch days, both inclusive; 0 when last is before first). */
    public static int between(int first, int last) {
        int a = Math.max(first, FIRST_DAY);
        int b = Math.min(last, LAST_DAY);
        if (a > b) {
            return 0;
        }
        return PREFIX[b - FIRST_DAY + 1] - PREFIX[a - FIRST_DAY];
    }

    public static boolean isWorkingDay(int day) {
        return between(day, day) == 1;
    }

    public static boolean covers(LocalDate day) {
        long d = day.toEpochDay();
        return d >= FIRST_DAY && d <= LAST_DAY;
    }
}
