package dk.tilknyt.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One segment of an employment: a stretch with constant unit, job family, type and weekly hours
 * (import-format.md, employments). {@code end == null} means still running.
 */
public record EmploymentSegment(
        String employmentId,
        LocalDate start,
        LocalDate end,
        String personId,
        String unitId,
        String jobFamily,
        EmploymentType type,
        BigDecimal weeklyHours,
        DepartureReason departureReason,
        ShiftLayer shiftLayer) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }

    public boolean isIncluded() {
        return type.isIncluded();
    }

    public boolean isOpen() {
        return end == null;
    }
}
