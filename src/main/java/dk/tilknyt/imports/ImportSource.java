package dk.tilknyt.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to import: its name, its content type (may be null; the content decides between CSV and XLSX)
 * and a way to open it, as often as needed. {@code size} is -1 when unknown.
 */
public record ImportSource(String filename, String contentType, long size, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    public static ImportSource of(Path file, String contentType) throws IOException {
        return new ImportSource(file.getFileName().toString(), contentType, Files.size(file), () -> Files.newInputStream(file));
    }

    public static ImportSource of(String filename, String contentType, byte[] content) {
        return new ImportSource(filename, contentType, content.length, () -> new ByteArrayInputStream(content));
    }
}
