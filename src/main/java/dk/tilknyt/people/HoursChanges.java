package dk.tilknyt.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Writes an approved change of weekly hours into the employment history: the segment covering the
 * first day of the change ends the day before, and a new segment with the new hours starts on that day
 * (import-format.md: "a change of hours is a new segment"). Unit, job family, type and shift layer carry
 * over; a departure reason stays on the segment that ends the employment.
 */
@Service
public class HoursChanges {

    public static final BigDecimal MIN_HOURS = BigDecimal.ONE;
    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(48);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    HoursChanges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The segment of the employment that covers the day (an open segment covers every later day). */
    public EmploymentSegment segmentOn(String employmentId, LocalDate day) {
        List<EmploymentSegment> segments = segments(employmentId);
        if (segments.isEmpty()) {
            throw new NotFoundException("Employment", employmentId);
        }
        return segments.stream().filter(s -> s.covers(day)).findFirst()
                .orElseThrow(() -> InvalidInputException.unprocessable("hours.dateOutsideEmployment",
                        "The employment " + employmentId + " does not run on " + day + "."));
    }

    /** Checks a change without writing it: the date lies in the employment and the hours are new and 1-48. */
    public EmploymentSegment check(String employmentId, LocalDate from, BigDecimal weeklyHours) {
        if (from == null) {
            throw InvalidInputException.unprocessable("hours.fromRequired", "The first day of the change is missing.");
        }
        if (weeklyHours == null || weeklyHours.compareTo(MIN_HOURS) < 0 || weeklyHours.compareTo(MAX_HOURS) > 0) {
            throw InvalidInputException.unprocessable("hours.outOfRange", "Weekly hours must lie between 1 and 48.");
        }
        EmploymentSegment current = segmentOn(employmentId, from);
        if (current.weeklyHours().compareTo(weeklyHours) == 0) {
            throw InvalidInputException.unprocessable("hours.unchanged",
                    "The employment already has " + weeklyHours.stripTrailingZeros().toPlainString() + " hours a week on " + from + ".");
        }
        return current;
    }

    /** Applies the change and returns the segment that carries the new hours. */
    @Transactional
    public EmploymentSegment change(String employmentId, LocalDate from, BigDecimal weeklyHours) {
        EmploymentSegment current = check(employmentId, from, weeklyHours);
        EmploymentSegment changed = new EmploymentSegment(employmentId, from, current.end(), current.personId(),
                current.unitId(), current.jobFamily(), current.type(), weeklyHours, current.departureReason(),
                current.shiftLayer());
        if (from.equals(current.start())) {
            // The change starts with the segment itself: no shorter stretch is left to keep.
            jdbc.sql("update employment_segment set weekly_hours = ? where employment_id = ? and segment_start = ?")
                    .params(weeklyHours, employmentId, from).update();
        } else {
            jdbc.sql("""
                    update employment_segment set segment_end = ?, departure_reason = null
                    where employment_id = ? and segment_start = ?""")
                    .params(from.minusDays(1), employmentId, current.start()).update();
            insert(changed);
        }
        events.publishEvent(new EmploymentsChanged());
        return changed;
    }

    private void insert(EmploymentSegment s) {
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, departure_reason, shift_layer)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.employmentId(), s.start(), s.end(), s.personId(), s.unitId(), s.jobFamily(), s.type().code(),
                        s.weeklyHours(), s.departureReason() == null ? null : s.departureReason().code(),
                        s.shiftLayer() == null ? null : s.shiftLayer().code())
                .update();
    }

    private List<EmploymentSegment> segments(String employmentId) {
        return jdbc.sql("select " + Staff.SEGMENT_COLUMNS + " from employment_segment where employment_id = ? order by segment_start")
                .param(employmentId).query(Staff::segment).list();
    }
}
