package dk.tilknyt.imports.file;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import dk.tilknyt.imports.ImportSource;

/**
 * Rows of a CSV file or of the first sheet of an XLSX workbook, one at a time, so that a large file is
 * never held in memory. Which of the two a file is, its first bytes decide (an XLSX file is a zip).
 */
public interface TableReader extends AutoCloseable {

    /** The header's cells as written (trimmed), or null for an empty file. */
    List<String> header() throws UnreadableFile;

    /** The next row with at least one value, or null at the end. */
    ImportRow next() throws UnreadableFile;

    /** Bytes of the file consumed so far (for progress and row estimates). */
    long bytesRead();

    @Override
    void close() throws IOException;

    static TableReader open(ImportSource source) throws IOException, UnreadableFile {
        Counting in = new Counting(new BufferedInputStream(source.open(), 1 << 16));
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return new XlsxReader(in);
        }
        return new CsvReader(in);
    }

    /** Counts the bytes that pass, for progress. */
    final class Counting extends FilterInputStream {

        private long count;
        private long marked;

        Counting(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }
}
