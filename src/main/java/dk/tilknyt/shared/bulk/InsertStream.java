package dk.tilknyt.shared.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Buffers a first slice of rows, then either streams by COPY / batches, or writes the slice at finish. */
final class InsertStream implements BulkWriter.RowStream {

    private final DataSource dataSource;
    private final String table;
    private final List<String> columns;
    private final LongSupplier expectedRows;
    private final List<Object[]> buffer = new ArrayList<>();
    private Connection connection;
    private CopyRows copy;
    private PreparedStatement batch;
    private int pending;
    private IndexRebuild rebuild;
    private long written;

    InsertStream(DataSource dataSource, String table, List<String> columns, LongSupplier expectedRows) {
        this.dataSource = dataSource;
        this.table = table;
        this.columns = columns;
        this.expectedRows = expectedRows;
    }

    @Override
    public void add(Object... row) {
        if (connection == null) {
            buffer.add(row);
            if (buffer.size() >= BulkWriter.STREAM_BUFFER) {
                open(expectedRows.getAsLong());
            }
            return;
        }
        send(row);
    }

    @Override
    public long finish() {
        if (connection == null) {
            if (buffer.isEmpty()) {
                return 0;
            }
            open(buffer.size());
        }
        try {
            if (copy != null) {
                copy.end();
                copy = null;
            }
            if (batch != null) {
                if (pending > 0) {
                    batch.executeBatch();
                }
                batch.close();
                batch = null;
            }
            if (rebuild != null) {
                rebuild.restore(connection);
            }
            return written;
        } catch (SQLException e) {
            throw new UncategorizedSQLException("insert into " + table, null, e);
        } finally {
            release();
        }
    }

    @Override
    public void abort() {
        if (copy != null) {
            copy.cancel();
            copy = null;
        }
        if (batch != null) {
            try {
                batch.close();
            } catch (SQLException ignored) {
                // rolled back by the caller
            }
            batch = null;
        }
        release();
    }

    private void open(long expected) {
        connection = DataSourceUtils.getConnection(dataSource);
        try {
            String list = String.join(", ", columns);
            if (BulkWriter.isPostgres(connection)) {
                if (expected >= BulkWriter.REBUILD_MIN_ROWS && storedRows() <= 4 * expected) {
                    rebuild = IndexRebuild.dropIfPossible(connection, table);
                }
                copy = CopyRows.start(connection, table, columns);
            } else {
                batch = connection.prepareStatement("insert into " + table + " (" + list + ") values ("
                        + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")");
            }
        } catch (SQLException e) {
            abort();
            throw new UncategorizedSQLException("insert into " + table, null, e);
        }
        buffer.forEach(this::send);
        buffer.clear();
    }

    private void send(Object[] row) {
        try {
            if (copy != null) {
                copy.row(row);
            } else {
                BulkWriter.bind(batch, row);
                batch.addBatch();
                if (++pending == BulkWriter.BATCH) {
                    batch.executeBatch();
                    pending = 0;
                }
            }
            written++;
        } catch (SQLException e) {
            throw new UncategorizedSQLException("insert into " + table, null, e);
        }
    }

    private long storedRows() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void release() {
        if (connection != null) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            connection = null;
        }
    }
}
