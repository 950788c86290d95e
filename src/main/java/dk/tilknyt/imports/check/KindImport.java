package dk.tilknyt.imports.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportProgress;
import dk.tilknyt.imports.ImportRejected;
import dk.tilknyt.imports.ImportResult;
import dk.tilknyt.imports.ImportSource;
import dk.tilknyt.imports.file.ImportRow;
import dk.tilknyt.imports.file.TableReader;
import dk.tilknyt.imports.file.UnreadableFile;

/**
 * One import of one kind, run inside the caller's transaction: read what is stored, read the file row
 * by row (checking each row and sorting it into new, changed or unchanged), check what needs all rows
 * (on the rows without errors of their own, so one mistake is not reported twice), then write, or throw
 * {@link ImportRejected} with every problem found. A kind may start writing new rows
 * while it reads; a rejection rolls them back with the transaction.
 */
public abstract class KindImport {

    private static final int PROGRESS_EVERY = 1024;

    protected final ImportKind kind;
    protected final ImportMode mode;
    protected final Problems problems = new Problems();
    protected long inserted;
    protected long updated;
    protected long unchanged;
    protected long deleted;
    private long rows;
    private LongSupplier estimatedRows = () -> rows;

    protected KindImport(ImportKind kind, ImportMode mode) {
        this.kind = kind;
        this.mode = mode;
    }

    /** Reads the stored rows the checks need. */
    protected abstract void loadStored();

    /** One data row: read its values, check what the row alone can show, sort it. */
    protected abstract void row(Fields fields);

    /** The checks that need every row: references, overlaps, cycles, what replace would delete. */
    protected abstract void checkAll();

    /** Writes the changes found. */
    protected abstract void write(ImportProgress progress);

    /** Rows already sent to the database while reading, for progress. */
    protected long writtenWhileReading() {
        return 0;
    }

    /** Stops writes a kind started while reading; the transaction is rolled back next. */
    protected void abortWrites() {
    }

    protected final boolean replace() {
        return mode == ImportMode.REPLACE;
    }

    /** The number of rows the file will have, estimated from its size once some of it is read. */
    protected final long estimatedRows() {
        return estimatedRows.getAsLong();
    }

    public final ImportResult run(ImportSource source, ImportProgress progress) {
        progress.totalBytes(source.size());
        boolean done = false;
        try {
            loadStored();
            boolean readToTheEnd = readFile(source, progress);
            progress.phase(ImportProgress.Phase.CHECKING);
            if (readToTheEnd) {
                checkAll();
            }
            if (problems.any()) {
                throw new ImportRejected(kind, problems.errors(), problems.errorCount(), rows);
            }
            progress.phase(ImportProgress.Phase.WRITING);
            write(progress);
            progress.phase(ImportProgress.Phase.DONE);
            done = true;
            return new ImportResult(kind, mode, rows, inserted, updated, deleted, unchanged, problems.warnings());
        } finally {
            if (!done) {
                abortWrites();
            }
        }
    }

    /** Whether every row could be read (the checks that need all rows are worth running). */
    private boolean readFile(ImportSource source, ImportProgress progress) {
        try (TableReader reader = TableReader.open(source)) {
            estimatedRows = () -> source.size() > 0 && reader.bytesRead() > 0
                    ? Math.max(rows, source.size() * rows / reader.bytesRead()) : rows;
            List<String> header = header(reader.header());
            if (header == null) {
                return false;
            }
            Fields fields = new Fields(problems, header);
            for (ImportRow row = reader.next(); row != null; row = reader.next()) {
                rows++;
                fields.at(row);
                row(fields);
                if (rows % PROGRESS_EVERY == 0) {
                    progress.read(rows, reader.bytesRead());
                    progress.checked(rows);
                    progress.written(writtenWhileReading());
                }
            }
            progress.read(rows, reader.bytesRead());
            progress.checked(rows);
            return true;
        } catch (UnreadableFile e) {
            problems.error(e.line(), null, null, e.messageKey(), e.args().toArray());
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header in lower case, or null (with errors) when the rows cannot be read by it. */
    private List<String> header(List<String> cells) {
        if (cells == null) {
            problems.error(1, null, null, "import.file.empty");
            return null;
        }
        List<String> names = new ArrayList<>(cells.size());
        Set<String> seen = new HashSet<>();
        for (String cell : cells) {
            String name = cell.strip().toLowerCase(Locale.ROOT);
            names.add(name);
            if (!name.isEmpty() && !seen.add(name)) {
                problems.error(1, name, null, "import.header.duplicate", name);
            }
        }
        long known = kind.columns().stream().filter(c -> seen.contains(c.name())).count();
        if (names.size() == 1 && kind.columns().size() > 1 && known == 0) {
            problems.error(1, null, cells.getFirst(), "import.header.oneColumn");
            return null;
        }
        for (ImportKind.ImportColumn column : kind.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                problems.error(1, column.name(), null, "import.header.missing", column.name());
            }
        }
        for (String name : names) {
            if (!name.isEmpty() && kind.columns().stream().noneMatch(c -> c.name().equals(name))) {
                problems.warning(1, name, null, "import.header.unknown", name);
            }
        }
        return problems.any() ? null : names;
    }
}
