package dk.tilknyt.imports.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * person-wide), since the hours would count twice. Built for large files: a row is checked against its
 * person's segments (two hash look-ups), only its days are kept ({@link AbsenceDays}), and new rows go to
 * the database while the rest of the file is still being read.
 */
final class AbsencesImport extends KindImport {

    private static final BigDecimal MAX_HOURS = new BigDecimal("999999.99");

    private final Staff staff;
    private final Absences absences;
    private final AbsenceWriter writer;

    /** A stored person with their segments. */
    private static final class Employee {
        final String id;
        final int index;
        final List<EmploymentSegment> segments = new ArrayList<>(2);
        boolean inFile;

        Employee(String id, int index) {
            this.id = id;
            this.index = index;
        }
    }

    private final Map<String, Employee> persons = new HashMap<>();
    private final Map<String, Employee> employmentOwners = new HashMap<>();
    private final Map<String, Integer> employmentIndexes = new HashMap<>();
    private final Map<String, Absence> stored = new HashMap<>();
    private final IdLines lines = new IdLines();
    private final AbsenceDays days = new AbsenceDays();
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
        staff.forEachPerson(p -> persons.put(p.id(), new Employee(p.id(), persons.size())));
        staff.forEachSegment(s -> {
            Employee person = persons.get(s.personId());
            person.segments.add(s);
            employmentOwners.put(s.employmentId(), person);
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
            start = null;
        }
        Employee person = personId == null ? null : persons.get(personId);
        if (personId != null && person == null) {
            f.error("person_id", "import.ref.person", personId);
        }
        if (employment != null && personId != null) {
            Employee owner = employmentOwners.get(employment);
            if (owner == null) {
                f.error("employment_id", "import.ref.employment", employment);
            } else if (!owner.id.equals(personId)) {
                f.error("employment_id", "import.absence.employmentOfOther", employment, personId);
            }
        }
        if (person != null && start != null && f.rowOk() && !covered(person, employment, start, end)) {
            f.error("start_date", "import.absence.noEmployment", personId, start, end == null ? "…" : end);
        }
        if (id != null) {
            int first = lines.putIfAbsent(id, f.line());
            if (first != 0) {
                f.error("absence_id", "import.id.duplicate", id, first);
                return;
            }
        }
        if (!f.rowOk()) {
            return;
        }
        Absence absence = new Absence(id, person.id, employment, type, start, end, extent == null ? 100 : extent, hours);
        days.add(person.index, employmentIndex(employment), (int) start.toEpochDay(),
                end == null ? AbsenceDays.OPEN : (int) end.toEpochDay(), f.line(), id);
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

    private static boolean covered(Employee person, String employment, LocalDate start, LocalDate end) {
        for (EmploymentSegment segment : person.segments) {
            if ((employment == null || employment.equals(segment.employmentId()))
                    && segment.overlaps(start, end == null ? LocalDate.MAX : end)) {
                return true;
            }
        }
        return false;
    }

    private int employmentIndex(String employment) {
        return employment == null ? AbsenceDays.PERSON_WIDE
                : employmentIndexes.computeIfAbsent(employment, k -> employmentIndexes.size());
    }

    @Override
    protected void checkAll() {
        for (Absence a : stored.values()) {
            boolean inFile = lines.contains(a.id());
            if (replace() && !inFile) {
                deletes.add(a.id());
            }
            Employee person = persons.get(a.personId());
            if (!replace() && !inFile && person != null && person.inFile) {
                days.add(person.index, employmentIndex(a.employmentId()), (int) a.start().toEpochDay(),
                        a.end() == null ? AbsenceDays.OPEN : (int) a.end().toEpochDay(), FileRow.STORED, a.id());
            }
        }
        days.findOverlaps(this::overlap);
    }

    /** Reported on the file's row; a stored row that stays is named as "already stored". */
    private void overlap(int row, int other) {
        int blame = days.line(row) != FileRow.STORED ? row : other;
        int with = blame == row ? other : row;
        if (days.line(blame) != FileRow.STORED) {
            problems.error(days.line(blame), "start_date", days.start(blame).toString(),
                    days.line(with) != FileRow.STORED ? "import.absence.overlap" : "import.absence.overlapStored",
                    days.id(with), days.line(with));
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
