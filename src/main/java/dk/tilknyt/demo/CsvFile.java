package dk.tilknyt.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A `;`-separated UTF-8 file written row by row (import-format.md, "General"), quoting only when needed. */
final class CsvFile implements Closeable {

    private final BufferedWriter writer;
    private long rows;

    CsvFile(Path file, String... header) {
        try {
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(header);
    }

    void row(String... values) {
        write(values);
        rows++;
    }

    /** Data rows written so far (without the header). */
    long rows() {
        return rows;
    }

    private void write(String[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    writer.write(';');
                }
                String value = values[i];
                if (value == null) {
                    continue;
                }
                if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
                    writer.write('"');
                    writer.write(value.replace("\"", "\"\""));
                    writer.write('"');
                } else {
                    writer.write(value);
                }
            }
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
