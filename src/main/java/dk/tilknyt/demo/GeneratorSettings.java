package dk.tilknyt.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: about {@code employees} positions, {@code years} of history up to and including
 * {@code lastDay}, from {@code seed} (the same settings always give the same bytes).
 */
public record GeneratorSettings(int employees, int years, LocalDate lastDay, long seed) {

    public static final long DEFAULT_SEED = 2026L;

    public GeneratorSettings {
        Objects.requireNonNull(lastDay, "lastDay");
        if (employees < 10 || employees > 1_000_000) {
            throw new IllegalArgumentException("employees must be between 10 and 1,000,000, not " + employees);
        }
        if (years < 1 || years > 20) {
            throw new IllegalArgumentException("years must be between 1 and 20, not " + years);
        }
    }

    /** The first day of the history. */
    public LocalDate firstDay() {
        return lastDay.minusYears(years).plusDays(1);
    }
}
