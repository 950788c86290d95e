package dk.tilknyt.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportSource;
import dk.tilknyt.imports.Importer;

/**
 * The one place the demo touches the import module: every generated file goes through the same path as
 * an uploaded file, with all its checks, in upsert mode.
 */
@Component
class DemoImport {

    private final Importer importer;

    DemoImport(Importer importer) {
        this.importer = importer;
    }

    /** Imports one file; a rejected file throws with the importer's message. */
    void importFile(String kind, Path csv, String username) {
        ImportKind importKind = ImportKind.fromCode(kind)
                .orElseThrow(() -> new IllegalArgumentException("Unknown import kind " + kind));
        try {
            importer.run(importKind, ImportMode.UPSERT, ImportSource.of(csv, "text/csv"), username);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the generated file " + csv, e);
        }
    }
}
