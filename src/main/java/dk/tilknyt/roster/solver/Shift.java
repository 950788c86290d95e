package dk.tilknyt.roster.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

import dk.tilknyt.people.ShiftLayer;

/**
 * A shift on one date, e.g. the evening shift on 2026-12-24 from 15:00 to 23:00. A shift whose end is not
 * after its start ends the next day (a night shift 23–07). Times are also kept as minutes from the roster's
 * first midnight, so rules compare ints.
 *
 * @param id           the shift's name within its date ({@code day}, {@code evening}, {@code night})
 * @param dayIndex     days from the roster's first day
 * @param weekendIndex an absolute number for the weekend the shift starts in, {@code -1} on weekdays; two
 *                     consecutive weekends differ by exactly one
 */
public record Shift(String id, LocalDate date, ShiftLayer layer, LocalTime start, LocalTime end,
                    int dayIndex, int startMinute, int endMinute, int weekendIndex) {

    public Shift {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        if (layer == null || layer == ShiftLayer.MIXED) {
            throw new IllegalArgumentException("A shift lies in the day, evening or night layer");
        }
    }

    public static Shift of(RosterPeriod period, LocalDate date, String id, ShiftLayer layer, LocalTime start, LocalTime end) {
        LocalDateTime from = date.atTime(start);
        LocalDateTime to = end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
        return new Shift(id, date, layer, start, end, period.dayIndex(date), period.minuteOf(from), period.minuteOf(to),
                weekendIndexOf(date));
    }

    /** A shift belongs to a weekend when it starts on the Saturday or the Sunday. */
    static int weekendIndexOf(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return (int) Math.floorDiv(date.toEpochDay(), 7);
        }
        if (dow == DayOfWeek.SUNDAY) {
            return (int) Math.floorDiv(date.minusDays(1).toEpochDay(), 7);
        }
        return -1;
    }

    public boolean isWeekend() {
        return weekendIndex >= 0;
    }

    public int minutes() {
        return endMinute - startMinute;
    }

    public boolean overlaps(Shift other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    public LocalDateTime startDateTime() {
        return date.atTime(start);
    }

    public LocalDateTime endDateTime() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }

    @Override
    public String toString() {
        return date + " " + id;
    }
}
