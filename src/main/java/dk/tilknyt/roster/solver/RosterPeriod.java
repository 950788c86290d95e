package dk.tilknyt.roster.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.shared.DateRange;

/**
 * The whole weeks a roster covers, starting on {@code firstDay}. The solver counts time in minutes and
 * days from the first day's midnight, so constraints compare ints instead of date-times.
 */
public record RosterPeriod(LocalDate firstDay, int weeks) {

    public RosterPeriod {
        if (weeks < 1) {
            throw new IllegalArgumentException("A roster covers at least one week");
        }
    }

    /** The period starting on the Monday on or after {@code day}. */
    public static RosterPeriod startingMondayFrom(LocalDate day, int weeks) {
        LocalDate monday = day;
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        return new RosterPeriod(monday, weeks);
    }

    public int days() {
        return weeks * 7;
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days() - 1L);
    }

    public DateRange range() {
        return DateRange.of(firstDay, lastDay());
    }

    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(days());
        for (int i = 0; i < days(); i++) {
            dates.add(firstDay.plusDays(i));
        }
        return dates;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay());
    }

    public int dayIndex(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(firstDay, day);
    }

    public int minuteOf(LocalDateTime moment) {
        return (int) ChronoUnit.MINUTES.between(firstDay.atStartOfDay(), moment);
    }

    public LocalDateTime momentOf(int minute) {
        return firstDay.atStartOfDay().plusMinutes(minute);
    }

    /** The 7-day blocks in which the weekly rest (fridøgn) is counted. */
    public List<RosterWeek> restWeeks() {
        List<RosterWeek> blocks = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            blocks.add(new RosterWeek(w, w * 7 * 24 * 60, (w + 1) * 7 * 24 * 60));
        }
        return blocks;
    }
}
