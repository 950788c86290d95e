package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;

/** One employment as its segments, oldest first. */
public record Employment(String id, List<EmploymentSegment> segments) {

    public Employment {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("An employment has at least one segment");
        }
        segments = segments.stream().sorted(Comparator.comparing(EmploymentSegment::start)).toList();
    }

    public EmploymentSegment first() {
        return segments.getFirst();
    }

    public EmploymentSegment last() {
        return segments.getLast();
    }

    public LocalDate start() {
        return first().start();
    }

    /** The last day, or null while the employment runs. */
    public LocalDate end() {
        return last().end();
    }

    public EmploymentType type() {
        return first().type();
    }

    public String personId() {
        return first().personId();
    }

    /** Set when the employment has ended for a stated reason (import-format.md, departure_reason). */
    public DepartureReason departureReason() {
        return last().end() == null ? null : last().departureReason();
    }

    public boolean covers(LocalDate day) {
        return segments.stream().anyMatch(s -> s.covers(day));
    }

    /** The unit on the day, or the nearest: the first unit before the start, the last after the end. */
    public String unitOn(LocalDate day) {
        EmploymentSegment nearest = first();
        for (EmploymentSegment s : segments) {
            if (s.covers(day)) {
                return s.unitId();
            }
            if (!s.start().isAfter(day)) {
                nearest = s;
            }
        }
        return nearest.unitId();
    }
}
