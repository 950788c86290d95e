package dk.tilknyt.imports;

import java.util.List;

/**
 * A file with errors; nothing of it was stored. Carries up to 1,000 problems and the true number of them.
 */
public class ImportRejected extends RuntimeException {

    private final ImportKind kind;
    private final List<ImportProblem> problems;
    private final long errorCount;
    private final long rows;

    public ImportRejected(ImportKind kind, List<ImportProblem> problems, long errorCount, long rows) {
        super("The " + kind.code() + " file has " + errorCount + " error(s); nothing was stored"
                + (problems.isEmpty() ? "" : ". First: line " + problems.getFirst().line() + ", "
                        + problems.getFirst().column() + ": " + problems.getFirst().messageKey() + " "
                        + problems.getFirst().args()));
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.errorCount = errorCount;
        this.rows = rows;
    }

    public ImportKind kind() {
        return kind;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public long errorCount() {
        return errorCount;
    }

    /** Data rows read before the import stopped. */
    public long rows() {
        return rows;
    }
}
