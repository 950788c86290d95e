package dk.tilknyt.imports.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dk.tilknyt.imports.ImportProblem;
import dk.tilknyt.shared.CprNumbers;

/**
 * The errors and warnings found in one file. Keeps the first 1,000 errors (import-format.md) and counts
 * all of them; values are masked when they look like a CPR number and shortened when very long.
 */
public final class Problems {

    public static final int LIMIT = 1_000;
    private static final int VALUE_LIMIT = 200;

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private long errorCount;

    public void error(int line, String column, String value, String messageKey, Object... args) {
        errorCount++;
        if (errors.size() < LIMIT) {
            errors.add(problem(line, column, value, messageKey, args));
        }
    }

    public void warning(int line, String column, String value, String messageKey, Object... args) {
        warnings.add(problem(line, column, value, messageKey, args));
    }

    public boolean any() {
        return errorCount > 0;
    }

    public long errorCount() {
        return errorCount;
    }

    /** Sorted by line, then column, as a person reads the file. */
    public List<ImportProblem> errors() {
        var sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ImportProblem::line));
        return sorted;
    }

    public List<ImportProblem> warnings() {
        return List.copyOf(warnings);
    }

    private static ImportProblem problem(int line, String column, String value, String messageKey, Object... args) {
        List<String> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(arg == null ? "" : CprNumbers.mask(String.valueOf(arg)));
        }
        return new ImportProblem(line, column, shorten(CprNumbers.mask(value)), messageKey, texts);
    }

    private static String shorten(String value) {
        return value == null || value.length() <= VALUE_LIMIT ? value : value.substring(0, VALUE_LIMIT) + "…";
    }
}
