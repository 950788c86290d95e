package dk.tilknyt.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small municipality in the import format (src/test/resources/imports), and helpers to import it and
 * to take the row counts every "nothing stored" assertion compares.
 */
final class ImportFixtures {

    static final String[] TABLES = {"org_unit", "person", "employment_segment", "absence", "posting", "application"};

    private ImportFixtures() {
    }

    /** The fixture file's text, e.g. {@code file("absences")}. */
    static String file(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/imports/" + name + ".csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV text from lines. */
    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static ImportSource source(String filename, String text) {
        return ImportSource.of(filename, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportResult load(Importer importer, ImportKind kind) {
        return importer.run(kind, ImportMode.UPSERT, source(kind.code() + ".csv", file(kind.code())), "test");
    }

    /** The whole fixture municipality, in import order. */
    static void loadAll(Importer importer) {
        for (ImportKind kind : ImportKind.values()) {
            load(importer, kind);
        }
    }

    static Map<String, Long> counts(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
