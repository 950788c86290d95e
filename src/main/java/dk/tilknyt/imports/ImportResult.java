package dk.tilknyt.imports;

import java.util.List;

/** What a stored import did: rows read, and how many rows were inserted, updated, deleted or unchanged. */
public record ImportResult(ImportKind kind, ImportMode mode, long rows, long inserted, long updated, long deleted,
                           long unchanged, List<ImportProblem> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
