package dk.tilknyt.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A period of whole days, both ends inclusive, as every figure and rule in the specs uses them. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidInputException("period.fromAfterTo", "The start date " + from + " is after the end date " + to + ".");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    /** Number of days in the range, counting both ends. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether [start, end] overlaps this range; a null end means open-ended. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    /** Days of [start, end] (null end = open) that lie inside this range, 0 when disjoint. */
    public long overlapDays(LocalDate start, LocalDate end) {
        LocalDate a = start.isAfter(from) ? start : from;
        LocalDate b = end == null || end.isAfter(to) ? to : end;
        return a.isAfter(b) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    /** The same range a number of years earlier, e.g. for "change vs same period last year". */
    public DateRange minusYears(int years) {
        return new DateRange(from.minusYears(years), to.minusYears(years));
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
