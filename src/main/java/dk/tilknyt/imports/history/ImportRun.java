package dk.tilknyt.imports.history;

import java.time.OffsetDateTime;
import java.util.Locale;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;

/** One import as the history shows it; {@code warnings} holds one warning per line. */
public record ImportRun(
        Long id,
        ImportKind kind,
        ImportMode mode,
        String filename,
        String username,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        Status status,
        long rows,
        long inserted,
        long updated,
        long deleted,
        long unchanged,
        long errorCount,
        String warnings) {

    public enum Status {
        OK, REJECTED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
