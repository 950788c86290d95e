package dk.tilknyt.conversations.domain;

import java.time.LocalDate;

import dk.tilknyt.shared.DanishCalendar;

/**
 * Our convention for deadlines that fall on a day off: a conversation cannot be held on a Sunday or a
 * public holiday, so the due date moves back to the last working day before the legal deadline.
 */
public final class Deadlines {

    private Deadlines() {
    }

    public static LocalDate workingDayOnOrBefore(LocalDate deadline) {
        LocalDate day = deadline;
        while (!DanishCalendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    public static LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!DanishCalendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** {@code days} after the trigger, back to a working day, but never before the trigger itself. */
    public static LocalDate withinDaysOf(LocalDate trigger, int days) {
        LocalDate due = workingDayOnOrBefore(trigger.plusDays(days));
        return due.isBefore(trigger) ? workingDayOnOrAfter(trigger) : due;
    }
}
