package dk.tilknyt.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Copies an upload to a temporary file, refusing it (413) as soon as it passes the configured limit. */
final class UploadedFiles {

    private UploadedFiles() {
    }

    static Path copy(InputStream in, DataSize limit) throws IOException {
        Path file = Files.createTempFile("tilknyt-import-", ".upload");
        try (in; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit.toBytes()) {
                    throw new MaxUploadSizeExceededException(limit.toBytes());
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up
        }
    }
}
