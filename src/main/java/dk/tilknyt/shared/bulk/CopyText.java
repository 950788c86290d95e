package dk.tilknyt.shared.bulk;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * Encodes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, backslash escapes)
 * and sends them in 64 KB chunks, so the server parses while the caller produces the next rows.
 */
final class CopyText implements CopyRows {

    private static final int FLUSH_AT = 64 * 1024;

    private final CopyIn copy;
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int length;

    CopyText(CopyIn copy) {
        this.copy = copy;
    }

    @Override
    public void row(Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) '\t');
            }
            value(values[i]);
        }
        put((byte) '\n');
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    @Override
    public long end() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void value(Object value) {
        switch (value) {
            case null -> ascii("\\N");
            case String s -> text(s);
            case BigDecimal d -> ascii(d.toPlainString());
            case Boolean b -> ascii(b ? "t" : "f");
            default -> text(value.toString());
        }
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> ascii("\\\\");
                case '\t' -> ascii("\\t");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else {
                        int end = i + 1;
                        while (end < s.length() && s.charAt(end) >= 0x80) {
                            end++;
                        }
                        byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                        ensure(utf8.length);
                        System.arraycopy(utf8, 0, buffer, length, utf8.length);
                        length += utf8.length;
                        i = end - 1;
                    }
                }
            }
        }
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buffer[length++] = (byte) s.charAt(i);
        }
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }
}
