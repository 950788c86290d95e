package dk.tilknyt.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * import-format.md "Idempotent": {@code upsert} inserts new ids and updates known ones; {@code replace}
 * makes the stored rows of the kind exactly the file's rows.
 */
public enum ImportMode {
    UPSERT, REPLACE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportMode> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
