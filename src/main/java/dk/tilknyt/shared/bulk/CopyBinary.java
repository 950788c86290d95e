package dk.tilknyt.shared.bulk;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.postgresql.copy.CopyIn;

/**
 * Encodes rows in PostgreSQL's binary COPY format, which the server takes in without parsing text:
 * about a third faster than the text format for dates and numbers. Each value is encoded for its
 * column's type, which is read from the table; a table with a type not handled here uses
 * {@link CopyText}.
 */
final class CopyBinary implements CopyRows {

    private static final List<String> TYPES = List.of("varchar", "text", "bpchar", "int2", "int4", "int8", "date",
            "numeric", "bool");
    private static final int INT2 = 3;
    private static final int INT4 = 4;
    private static final int INT8 = 5;
    private static final int DATE = 6;
    private static final int NUMERIC = 7;
    private static final int BOOL = 8;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final int FLUSH_AT = 64 * 1024;

    private final CopyIn copy;
    private final int[] types;
    private byte[] buffer = new byte[FLUSH_AT + 4096];
    private int length;

    private CopyBinary(CopyIn copy, int[] types) {
        this.copy = copy;
        this.types = types;
        put(SIGNATURE);
        int4(0);
        int4(0);
    }

    /** The columns' types (as indexes into {@link #TYPES}), or null when one of them is not handled in binary. */
    static int[] types(Connection c, String table, List<String> columns) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("select " + String.join(", ", columns) + " from " + table + " limit 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            int[] types = new int[meta.getColumnCount()];
            for (int i = 0; i < types.length; i++) {
                types[i] = TYPES.indexOf(meta.getColumnTypeName(i + 1).toLowerCase(Locale.ROOT));
                if (types[i] < 0) {
                    return null;
                }
            }
            return types;
        }
    }

    static CopyBinary start(CopyIn copy, int[] types) {
        return new CopyBinary(copy, types);
    }

    @Override
    public void row(Object[] values) throws SQLException {
        int2(values.length);
        for (int i = 0; i < values.length; i++) {
            value(types[i], values[i]);
        }
        if (length >= FLUSH_AT) {
            flush();
        }
    }

    @Override
    public long end() throws SQLException {
        int2(-1);
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

    private void value(int type, Object value) {
        if (value == null) {
            int4(-1);
            return;
        }
        switch (type) {
            case INT2 -> {
                int4(2);
                int2(((Number) value).intValue());
            }
            case INT4 -> {
                int4(4);
                int4(((Number) value).intValue());
            }
            case INT8 -> {
                int4(8);
                int8(((Number) value).longValue());
            }
            case DATE -> {
                int4(4);
                int4((int) (((LocalDate) value).toEpochDay() - POSTGRES_EPOCH_DAY));
            }
            case BOOL -> {
                int4(1);
                put((Boolean) value ? (byte) 1 : (byte) 0);
            }
            case NUMERIC -> numeric(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
            default -> {
                byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
                int4(text.length);
                put(text);
            }
        }
    }

    /**
     * PostgreSQL's numeric: base-10000 digits with a weight (the power of 10000 of the first digit),
     * a sign and the display scale.
     */
    private void numeric(BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        BigInteger unscaled = value.setScale(scale).unscaledValue().abs();
        // align the decimal point to a base-10000 boundary: scale up to a multiple of 4 fraction digits
        int fractionGroups = (scale + 3) / 4;
        BigInteger aligned = unscaled.multiply(BigInteger.TEN.pow(fractionGroups * 4 - scale));
        List<Integer> groups = new ArrayList<>();
        while (aligned.signum() > 0) {
            BigInteger[] division = aligned.divideAndRemainder(TEN_THOUSAND);
            groups.addFirst(division[1].intValue());
            aligned = division[0];
        }
        int weight = groups.size() - fractionGroups - 1;
        while (!groups.isEmpty() && groups.getLast() == 0) {
            groups.removeLast();
        }
        while (!groups.isEmpty() && groups.getFirst() == 0) {
            groups.removeFirst();
            weight--;
        }
        int4(8 + 2 * groups.size());
        int2(groups.size());
        int2(groups.isEmpty() ? 0 : weight);
        int2(value.signum() < 0 ? 0x4000 : 0);
        int2(scale);
        groups.forEach(this::int2);
    }

    private void int2(int v) {
        ensure(2);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void int4(int v) {
        ensure(4);
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void int8(long v) {
        int4((int) (v >>> 32));
        int4((int) v);
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
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
