package dk.tilknyt.shared.bulk;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;

/** Rows on their way into a table by PostgreSQL COPY. */
interface CopyRows {

    void row(Object[] values) throws SQLException;

    /** Sends what is buffered and ends the COPY; returns the rows the server took. */
    long end() throws SQLException;

    /** Abandons the COPY; the caller rolls back. */
    void cancel();

    /** Binary when every column's type allows it, text otherwise. */
    static CopyRows start(Connection c, String table, List<String> columns) throws SQLException {
        int[] types = CopyBinary.types(c, table, columns);
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin"
                + (types == null ? "" : " with (format binary)");
        var copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        return types == null ? new CopyText(copy) : CopyBinary.start(copy, types);
    }
}
