package dk.tilknyt.roster.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import dk.tilknyt.shared.DanishCalendar;

/**
 * The estimated wage cost of a stretch of work: every minute at the hourly base rate times (1 + supplement), where
 * the supplement is the highest single rate of rules.md that applies to that minute; rates do not stack
 * (docs/roster-constraints.md, "Coverage and cost").
 */
public final class ShiftCost {

    // rules.md, "Working time for rosters": supplements for cost estimates
    static final double EVENING = 0.30;
    static final double NIGHT = 0.35;
    static final double SATURDAY = 0.30;
    static final double SUNDAY_OR_HOLIDAY = 0.50;

    private ShiftCost() {
    }

    /**
     * The supplement for work in the clock hour holding the given time: evening 17–23, night 23–06 on any day,
     * Saturday 08–24, Sunday and public holidays (DanishCalendar, 24 December included) the whole day.
     */
    public static double supplementAt(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        int hour = time.getHour();
        double rate = 0;
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY || DanishCalendar.isHoliday(day)) {
            rate = Math.max(rate, SUNDAY_OR_HOLIDAY);
        }
        if (hour >= 23 || hour < 6) {
            rate = Math.max(rate, NIGHT);
        }
        if (hour >= 17 && hour < 23) {
            rate = Math.max(rate, EVENING);
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY && hour >= 8) {
            rate = Math.max(rate, SATURDAY);
        }
        return rate;
    }

    /** Hours worked from start to end, each weighted by (1 + supplement): the hours the wage pays for. */
    public static double paidHours(LocalDateTime start, LocalDateTime end) {
        double minutes = 0;
        // every supplement boundary is a whole hour, so the rate is constant up to the next one
        for (LocalDateTime from = start; from.isBefore(end); ) {
            LocalDateTime nextHour = from.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            LocalDateTime to = nextHour.isBefore(end) ? nextHour : end;
            minutes += ChronoUnit.MINUTES.between(from, to) * (1 + supplementAt(from));
            from = to;
        }
        return minutes / 60;
    }

    public static double cost(LocalDateTime start, LocalDateTime end, double hourlyRate) {
        return paidHours(start, end) * hourlyRate;
    }
}
