package dk.tilknyt.absence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A sickness spell (sygeforløb) of one person: merged {@code sick} and {@code work_injury} rows
 * (key-figures.md, {@code sickness_spells}). {@code end == null} means the spell is still running.
 */
public record SicknessSpell(String personId, LocalDate start, LocalDate end) {

    public SicknessSpell {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A spell cannot end before it starts: " + start + ".." + end);
        }
    }

    public boolean isRunning() {
        return end == null;
    }

    /** The last sick day known on {@code today}: the end, or today for a running spell. */
    public LocalDate lastDay(LocalDate today) {
        return end != null ? end : today;
    }

    /** Length in calendar days, first to last day; a running spell's length runs to {@code today}. */
    public long lengthDays(LocalDate today) {
        return ChronoUnit.DAYS.between(start, lastDay(today)) + 1;
    }

    public boolean covers(LocalDate day, LocalDate today) {
        return !day.isBefore(start) && !day.isAfter(lastDay(today));
    }
}
