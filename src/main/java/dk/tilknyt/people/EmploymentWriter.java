package dk.tilknyt.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import dk.tilknyt.shared.AfterCommit;
import dk.tilknyt.shared.bulk.BulkWriter;

/**
 * Writes persons and employment segments in the caller's transaction: persons first (segments refer
 * to them), then removed, new and changed segments. Callers check segments beforehand (no overlaps,
 * one person per employment, known units and job families). Publishes {@link EmploymentsChanged}
 * after commit.
 */
@Service
public class EmploymentWriter {

    private static final List<String> PERSON_KEY = List.of("id");
    private static final List<String> PERSON_VALUES = List.of("birth_year");
    private static final List<String> SEGMENT_KEY = List.of("employment_id", "segment_start");
    private static final List<String> SEGMENT_VALUES = List.of("segment_end", "person_id", "unit_id", "job_family",
            "employment_type", "weekly_hours", "departure_reason", "shift_layer");
    private static final List<String> SEGMENT_COLUMNS = List.of("employment_id", "segment_start", "segment_end",
            "person_id", "unit_id", "job_family", "employment_type", "weekly_hours", "departure_reason", "shift_layer");

    private final BulkWriter bulk;
    private final ApplicationEventPublisher events;

    EmploymentWriter(BulkWriter bulk, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.events = events;
    }

    /** A segment's key: the employment and the segment's first day. */
    public record SegmentKey(String employmentId, LocalDate start) {

        public static SegmentKey of(EmploymentSegment segment) {
            return new SegmentKey(segment.employmentId(), segment.start());
        }
    }

    /** Everything one write changes; removed persons are not a thing (absences keep referring to them). */
    public record EmploymentChanges(
            Collection<Person> newPersons,
            Collection<Person> changedPersons,
            Collection<EmploymentSegment> inserted,
            Collection<EmploymentSegment> updated,
            Collection<SegmentKey> deleted) {
    }

    public void write(EmploymentChanges changes) {
        bulk.insert("person", List.of("id", "birth_year"),
                changes.newPersons().stream().map(p -> new Object[] {p.id(), p.birthYear()}).toList());
        bulk.update("person", PERSON_KEY, PERSON_VALUES,
                changes.changedPersons().stream().map(p -> new Object[] {p.id(), p.birthYear()}).toList());
        bulk.delete("employment_segment", SEGMENT_KEY,
                changes.deleted().stream().map(k -> new Object[] {k.employmentId(), k.start()}).toList());
        bulk.insert("employment_segment", SEGMENT_COLUMNS,
                changes.inserted().stream().map(EmploymentWriter::row).toList());
        bulk.update("employment_segment", SEGMENT_KEY, SEGMENT_VALUES,
                changes.updated().stream().map(EmploymentWriter::row).toList());
        if (!changes.newPersons().isEmpty() || !changes.changedPersons().isEmpty() || !changes.inserted().isEmpty()
                || !changes.updated().isEmpty() || !changes.deleted().isEmpty()) {
            AfterCommit.publish(events, new EmploymentsChanged());
        }
    }

    /** Key columns first, then the values, as {@link BulkWriter} expects for both inserts and updates. */
    private static Object[] row(EmploymentSegment s) {
        return new Object[] {s.employmentId(), s.start(), s.end(), s.personId(), s.unitId(), s.jobFamily(),
                s.type().code(), s.weeklyHours(), s.departureReason() == null ? null : s.departureReason().code(),
                s.shiftLayer() == null ? null : s.shiftLayer().code()};
    }
}
