package dk.tilknyt.imports;

/** Published after an import's transaction committed. */
public record ImportCompleted(ImportKind kind, ImportMode mode, long rows, long inserted, long updated, long deleted,
                              long unchanged) {
}
