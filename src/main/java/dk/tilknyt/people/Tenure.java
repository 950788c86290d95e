package dk.tilknyt.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Anciennitet: time since the first day of the unbroken chain of segments that reaches a day, where a
 * segment continues the chain when it starts at most 90 days after the previous one ended
 * (key-figures.md, avg_tenure_years: the same window as the departure rule).
 */
public final class Tenure {

    static final int CHAIN_GAP_DAYS = 90;
    private static final double DAYS_PER_YEAR = 365.25;

    private Tenure() {
    }

    /** The first day of the chain of the given segments that covers {@code day}; empty when none covers it. */
    public static Optional<LocalDate> chainStart(List<EmploymentSegment> segments, LocalDate day) {
        List<EmploymentSegment> ordered = segments.stream()
                .filter(s -> !s.start().isAfter(day))
                .sorted(Comparator.comparing(EmploymentSegment::start))
                .toList();
        LocalDate chainStart = null;
        LocalDate chainEnd = null; // null while the chain is open-ended
        boolean open = false;
        for (EmploymentSegment segment : ordered) {
            boolean continues = chainStart != null
                    && (open || ChronoUnit.DAYS.between(chainEnd, segment.start()) <= CHAIN_GAP_DAYS);
            if (!continues) {
                chainStart = segment.start();
                chainEnd = segment.end();
                open = segment.end() == null;
            } else if (segment.end() == null) {
                open = true;
            } else if (!open && segment.end().isAfter(chainEnd)) {
                chainEnd = segment.end();
            }
        }
        boolean reachesDay = chainStart != null && (open || !chainEnd.isBefore(day));
        return reachesDay ? Optional.of(chainStart) : Optional.empty();
    }

    /**
     * Years of tenure on {@code day} (days ÷ 365.25), counting included segments (monthly-paid) when one of
     * them covers the day, otherwise all segments (a trainee's or an hourly worker's own chain).
     */
    public static Optional<Double> yearsOn(List<EmploymentSegment> segments, LocalDate day) {
        List<EmploymentSegment> included = segments.stream().filter(EmploymentSegment::isIncluded).toList();
        boolean includedCoversDay = included.stream().anyMatch(s -> s.covers(day));
        return chainStart(includedCoversDay ? included : segments, day)
                .map(start -> ChronoUnit.DAYS.between(start, day) / DAYS_PER_YEAR);
    }
}
