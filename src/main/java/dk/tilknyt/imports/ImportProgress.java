package dk.tilknyt.imports;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running import has come, for a progress bar: bytes and rows read, rows checked, rows
 * written. Written by the import's own thread (the setters are for it), read by anyone.
 */
public final class ImportProgress {

    public enum Phase { READING, CHECKING, WRITING, DONE }

    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicLong rowsChecked = new AtomicLong();
    private final AtomicLong rowsWritten = new AtomicLong();
    private volatile long totalBytes = -1;
    private volatile Phase phase = Phase.READING;

    public long bytesRead() {
        return bytesRead.get();
    }

    public long totalBytes() {
        return totalBytes;
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    public long rowsChecked() {
        return rowsChecked.get();
    }

    public long rowsWritten() {
        return rowsWritten.get();
    }

    public Phase phase() {
        return phase;
    }

    /** Share of the file read so far, 0-100; 100 once reading is over. */
    public int percentRead() {
        if (phase != Phase.READING) {
            return 100;
        }
        long total = totalBytes;
        return total <= 0 ? 0 : (int) Math.min(100, bytesRead.get() * 100 / total);
    }

    public void totalBytes(long bytes) {
        totalBytes = bytes;
    }

    public void read(long rows, long bytes) {
        rowsRead.set(rows);
        bytesRead.set(bytes);
    }

    public void checked(long rows) {
        rowsChecked.set(rows);
    }

    public void written(long rows) {
        rowsWritten.set(rows);
    }

    public void phase(Phase next) {
        phase = next;
    }
}
