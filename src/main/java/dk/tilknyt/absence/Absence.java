package dk.tilknyt.absence;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One absence row. {@code employmentId == null} means person-wide; {@code end == null} means still
 * absent; {@code hours}, when given, overrides {@code extentPct}.
 */
public record Absence(
        String id,
        String personId,
        String employmentId,
        AbsenceType type,
        LocalDate start,
        LocalDate end,
        int extentPct,
        BigDecimal hours) {

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
