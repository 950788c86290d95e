package dk.tilknyt.absence;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import dk.tilknyt.shared.AfterCommit;
import dk.tilknyt.shared.bulk.BulkWriter;

/**
 * Writes absence rows in the caller's transaction. New rows can be streamed while the caller is still
 * reading its source ({@link #startInserts}), which lets a large import parse and load at the same time.
 * Callers check rows beforehand (known person, covering employment, no double-counted days).
 * Publishes {@link AbsencesChanged} after commit.
 */
@Service
public class AbsenceWriter {

    private static final String TABLE = "absence";
    private static final List<String> KEY = List.of("id");
    private static final List<String> VALUES = List.of("person_id", "employment_id", "type", "start_date", "end_date",
            "extent_pct", "hours");
    private static final List<String> COLUMNS = List.of("id", "person_id", "employment_id", "type", "start_date",
            "end_date", "extent_pct", "hours");

    /** Codes by ordinal, so a million rows do not each lower-case their type's name. */
    private static final String[] TYPE_CODES = Arrays.stream(AbsenceType.values())
            .map(AbsenceType::code).toArray(String[]::new);

    private final BulkWriter bulk;
    private final ApplicationEventPublisher events;

    AbsenceWriter(BulkWriter bulk, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.events = events;
    }

    /** New rows, sent as they come; finish them with {@link #write(Inserts, Collection, Collection)}. */
    public final class Inserts {

        private final BulkWriter.RowStream stream;
        private long added;

        private Inserts(BulkWriter.RowStream stream) {
            this.stream = stream;
        }

        public void add(Absence absence) {
            stream.add(row(absence));
            added++;
        }

        public long added() {
            return added;
        }

        /** Gives up; the caller rolls its transaction back. */
        public void abort() {
            stream.abort();
        }
    }

    /** {@code expectedRows} is asked once the first rows arrive, to choose how to load. */
    public Inserts startInserts(LongSupplier expectedRows) {
        return new Inserts(bulk.insertStream(TABLE, COLUMNS, expectedRows));
    }

    public void write(Inserts inserts, Collection<Absence> updated, Collection<String> deleted) {
        long inserted = inserts.stream.finish();
        bulk.update(TABLE, KEY, VALUES, updated.stream().map(AbsenceWriter::row).toList());
        bulk.delete(TABLE, KEY, deleted.stream().map(id -> new Object[] {id}).toList());
        if (inserted > 0 || !updated.isEmpty() || !deleted.isEmpty()) {
            AfterCommit.publish(events, new AbsencesChanged());
        }
    }

    public void write(Collection<Absence> inserted, Collection<Absence> updated, Collection<String> deleted) {
        Inserts inserts = startInserts(inserted::size);
        inserted.forEach(inserts::add);
        write(inserts, updated, deleted);
    }

    private static Object[] row(Absence a) {
        return new Object[] {a.id(), a.personId(), a.employmentId(), TYPE_CODES[a.type().ordinal()], a.start(), a.end(),
                a.extentPct(), a.hours()};
    }
}
