package dk.tilknyt.imports.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.AbsenceType;
import dk.tilknyt.absence.AbsenceWriter;
import dk.tilknyt.absence.Absences;
import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;

/**
 * import-format.md "absences": a known person with an employment covering at least one day of the
 * absence; two rows of one person may not cover the same day for the same employment (or when either is
 * person-wide), since the hours would count twice. Built for large files: rows are checked against the
 * person they belong to (no look-up per row beyond two hash maps), and new rows go to the database while
 * the rest of the file is still being read.
 */
final class AbsencesImport extends KindImport {

    private static final BigDecimal MAX_HOURS = new BigDecimal("999999.99");
    private static final Comparator<FileRow<Absence>> BY_START = Comparator.comparing(r -> r.value().start());

    private final Staff staff;
    private final Absences absences;
    private final AbsenceWriter writer;

    /** A stored person with their segments and, once read, their absence rows (file and stored). */
    private static final class PersonRows {
        final String id;
        final List<EmploymentSegment> segments = new ArrayList<>(2);
        List<FileRow<Absence>> rows;
        boolean inFile;

        PersonRows(String id) {
            this.id = id;
        }

        void add(FileRow<Absence> row) {
            if (rows == null) {
                rows = new ArrayList<>();
            }
            rows.add(row);
        }
    }

    private final Map<String, PersonRows> persons = new HashMap<>();
    private final Map<String, String> employmentOwners = new HashMap<>();
    private final Map<String, Absence> stored = new HashMap<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Absence> updates = new ArrayList<>();
    private final List<String> deletes = new ArrayList<>();
    private AbsenceWriter.Inserts inserts;

    AbsencesImport(ImportMode mode, Staff staff, Absences absences, AbsenceWriter writer) {
        super(ImportKind.ABSENCES, mode);
        this.staff = staff;
        this.absences = absences;
        this.writer = writer;
    }

    @Override
    protected void loadStored() {
        staff.forEachPerson(p -> persons.put(p.id(), new PersonRows(p.id())));
        staff.forEachSegment(s -> {
            PersonRows person = persons.get(s.personId());
            if (person != null) {
                person.segments.add(s);
            }
            employmentOwners.put(s.employmentId(), s.personId());
        });
        absences.forEach(a -> stored.put(a.id(), a));
    }

    @Override
    protected void row(Fields f) {
        String id = f.id("absence_id", true);
        String personId = f.id("person_id", true);
        String employment = f.id("employment_id", false);
        AbsenceType type = f.code("type", true, Codes.ABSENCE_TYPES);
        LocalDate start = f.date("start_date", true);
        LocalDate end = f.date("end_date", false);
        Integer extent = f.whole("extent_pct", false, 1, 100);
        BigDecimal hours = f.decimal("hours", false, BigDecimal.ZERO, true, MAX_HOURS);
        if (start != null && end != null && end.isBefore(start)) {
            f.error("end_date", "import.dates.endBeforeStart", end, start);
            end = null;
            start = null;
        }
        PersonRows person = personId == null ? null : persons.get(personId);
        if (personId != null && person == null) {
            f.error("person_id", "import.ref.person", personId);
        }
        if (employment != null && personId != null) {
            String owner = employmentOwners.get(employment);
            if (owner == null) {
                f.error("employment_id", "import.ref.employment", employment);
            } else if (!owner.equals(personId)) {
                f.error("employment_id", "import.absence.employmentOfOther", employment, personId);
            }
        }
        if (person != null && start != null && f.rowOk() && !covered(person, employment, start, end)) {
            f.error("start_date", "import.absence.noEmployment", personId, start, end == null ? "…" : end);
        }
        if (id != null) {
            Integer first = lines.putIfAbsent(id, f.line());
            if (first != null) {
                f.error("absence_id", "import.id.duplicate", id, first);
                return;
            }
        }
        if (!f.rowOk()) {
            return;
        }
        Absence absence = new Absence(id, person.id, employment, type, start, end, extent == null ? 100 : extent, hours);
        person.add(new FileRow<>(f.line(), absence));
        person.inFile = true;
        Absence before = stored.get(id);
        if (before == null) {
            insert(absence);
        } else if (before.equals(absence)) {
            unchanged++;
        } else {
            updates.add(absence);
        }
    }

    /** New rows are sent at once while the file has no errors; after the first error there is no point. */
    private void insert(Absence absence) {
        inserted++;
        if (problems.any()) {
            return;
        }
        if (inserts == null) {
            inserts = writer.startInserts(this::estimatedRows);
        }
        inserts.add(absence);
    }

    private static boolean covered(PersonRows person, String employment, LocalDate start, LocalDate end) {
        for (EmploymentSegment segment : person.segments) {
            if ((employment == null || employment.equals(segment.employmentId()))
                    && segment.overlaps(start, end == null ? LocalDate.MAX : end)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void checkAll() {
        if (!replace()) {
            for (Absence a : stored.values()) {
                PersonRows person = persons.get(a.personId());
                if (person != null && person.inFile && !lines.containsKey(a.id())) {
                    person.add(FileRow.stored(a));
                }
            }
        } else {
            stored.keySet().stream().filter(id -> !lines.containsKey(id)).forEach(deletes::add);
        }
        for (PersonRows person : persons.values()) {
            if (person.inFile && person.rows.size() > 1) {
                checkNoDayCountedTwice(person.rows);
            }
        }
    }

    /**
     * Rows by first day; each row is compared with the row reaching furthest so far among those it may not
     * overlap: a person-wide row with every row, an employment's row with the same employment's rows and
     * with person-wide rows.
     */
    private void checkNoDayCountedTwice(List<FileRow<Absence>> rows) {
        rows.sort(BY_START);
        FileRow<Absence> furthest = null;
        FileRow<Absence> furthestPersonWide = null;
        Map<String, FileRow<Absence>> furthestByEmployment = null;
        for (FileRow<Absence> row : rows) {
            Absence a = row.value();
            FileRow<Absence> other;
            if (a.employmentId() == null) {
                other = reaches(furthest, a.start()) ? furthest : null;
            } else {
                FileRow<Absence> same = furthestByEmployment == null ? null : furthestByEmployment.get(a.employmentId());
                other = reaches(furthestPersonWide, a.start()) ? furthestPersonWide : reaches(same, a.start()) ? same : null;
            }
            if (other != null) {
                overlap(row, other);
            }
            furthest = further(furthest, row);
            if (a.employmentId() == null) {
                furthestPersonWide = further(furthestPersonWide, row);
            } else {
                if (furthestByEmployment == null) {
                    furthestByEmployment = new HashMap<>(4);
                }
                furthestByEmployment.put(a.employmentId(), further(furthestByEmployment.get(a.employmentId()), row));
            }
        }
    }

    private static boolean reaches(FileRow<Absence> row, LocalDate day) {
        return row != null && (row.value().end() == null || !row.value().end().isBefore(day));
    }

    private static FileRow<Absence> further(FileRow<Absence> current, FileRow<Absence> row) {
        if (current == null || current.value().end() == null) {
            return current == null ? row : current;
        }
        return row.value().end() == null || row.value().end().isAfter(current.value().end()) ? row : current;
    }

    private void overlap(FileRow<Absence> row, FileRow<Absence> other) {
        FileRow<Absence> blame = row.fromFile() ? row : other;
        FileRow<Absence> with = blame == row ? other : row;
        if (blame.fromFile()) {
            problems.error(blame.line(), "start_date", blame.value().start().toString(),
                    with.fromFile() ? "import.absence.overlap" : "import.absence.overlapStored",
                    with.value().id(), with.line());
        }
    }

    @Override
    protected void write(ImportProgress progress) {
        if (inserts == null) {
            inserts = writer.startInserts(this::estimatedRows);
        }
        writer.write(inserts, updates, deletes);
        updated = updates.size();
        deleted = deletes.size();
        progress.written(inserted + updated + deleted);
    }

    @Override
    protected long writtenWhileReading() {
        return inserts == null ? 0 : inserts.added();
    }

    @Override
    protected void abortWrites() {
        if (inserts != null) {
            inserts.abort();
        }
    }
}
