package dk.tilknyt.shared.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts, updates and deletes many rows of one table inside the caller's transaction. On PostgreSQL
 * rows travel by {@code COPY} (updates and deletes through a temporary table and one set-based
 * statement); a large load into a table that is small compared with it rebuilds the table's indexes
 * afterwards ({@link IndexRebuild}). Elsewhere (H2) rows go in JDBC batches. Values are Strings,
 * numbers, LocalDates, Booleans or null, in the order of the columns given.
 */
@Component
public class BulkWriter {

    static final int BATCH = 1_000;
    /** Below this many rows a temporary table costs more than it saves. */
    static final int TEMP_TABLE_MIN_ROWS = 1_000;
    /** Rows buffered before a stream decides how to load; also the smallest load worth a COPY. */
    static final int STREAM_BUFFER = 10_000;
    /** A load of at least this many rows, and at least a quarter of the table, rebuilds the indexes. */
    static final long REBUILD_MIN_ROWS = 50_000;

    private static final AtomicInteger TEMP_TABLES = new AtomicInteger();

    private final DataSource dataSource;

    BulkWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Rows inserted as they come; {@code expectedRows} is asked once, when the load starts. */
    public interface RowStream {

        void add(Object... row);

        /** Sends what is left; returns the number of rows inserted. */
        long finish();

        /** Stops without finishing; the caller rolls the transaction back. */
        void abort();
    }

    public RowStream insertStream(String table, List<String> columns, LongSupplier expectedRows) {
        requireTransaction();
        return new InsertStream(dataSource, table, columns, expectedRows);
    }

    public long insert(String table, List<String> columns, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        RowStream stream = insertStream(table, columns, () -> rows.size());
        rows.forEach(stream::add);
        return stream.finish();
    }

    /** Each row holds the key columns' values, then the value columns' values. */
    public long update(String table, List<String> keyColumns, List<String> valueColumns, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        requireTransaction();
        return withConnection("update " + table, c -> {
            if (isPostgres(c) && rows.size() >= TEMP_TABLE_MIN_ROWS) {
                String temp = copyToTempTable(c, table, concat(keyColumns, valueColumns), rows);
                String set = valueColumns.stream().map(v -> v + " = s." + v).collect(Collectors.joining(", "));
                return executeUpdate(c, "update " + table + " t set " + set + " from " + temp + " s where " + match(keyColumns));
            }
            String sql = "update " + table + " set "
                    + valueColumns.stream().map(v -> v + " = ?").collect(Collectors.joining(", "))
                    + " where " + keyColumns.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
            int keys = keyColumns.size();
            return batch(c, sql, rows.stream().map(row -> {
                Object[] ordered = new Object[row.length];
                System.arraycopy(row, keys, ordered, 0, row.length - keys);
                System.arraycopy(row, 0, ordered, row.length - keys, keys);
                return ordered;
            }).toList());
        });
    }

    /** Each row holds the key columns' values. */
    public long delete(String table, List<String> keyColumns, Collection<Object[]> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        requireTransaction();
        return withConnection("delete from " + table, c -> {
            if (isPostgres(c) && keys.size() >= TEMP_TABLE_MIN_ROWS) {
                String temp = copyToTempTable(c, table, keyColumns, keys);
                return executeUpdate(c, "delete from " + table + " t using " + temp + " s where " + match(keyColumns));
            }
            String sql = "delete from " + table + " where "
                    + keyColumns.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
            return batch(c, sql, keys);
        });
    }

    private String copyToTempTable(Connection c, String table, List<String> columns, Collection<Object[]> rows)
            throws SQLException {
        String temp = "bulk_" + table + "_" + TEMP_TABLES.incrementAndGet();
        String list = String.join(", ", columns);
        try (Statement s = c.createStatement()) {
            s.execute("create temp table " + temp + " on commit drop as select " + list + " from " + table + " limit 0");
        }
        CopyRows copy = CopyRows.start(c, temp, columns);
        for (Object[] row : rows) {
            copy.row(row);
        }
        copy.end();
        return temp;
    }

    private static String match(List<String> keyColumns) {
        return keyColumns.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
    }

    private static long executeUpdate(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeLargeUpdate(sql);
        }
    }

    private static long batch(Connection c, String sql, Collection<Object[]> rows) throws SQLException {
        long count = 0;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(p, row);
                p.addBatch();
                if (++pending == BATCH) {
                    count += sum(p.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                count += sum(p.executeBatch());
            }
        }
        return count;
    }

    static void bind(PreparedStatement p, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            p.setObject(i + 1, row[i]);
        }
    }

    private static long sum(int[] counts) {
        long total = 0;
        for (int n : counts) {
            total += n < 0 ? 1 : n;
        }
        return total;
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.isWrapperFor(PGConnection.class);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Bulk writes need the caller's transaction");
        }
    }

    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(String task, ConnectionWork<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new UncategorizedSQLException(task, null, e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
