package dk.tilknyt.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/** Empties every table but the migration history and the job-family catalogue, on H2 and PostgreSQL. */
public final class DatabaseCleaner {

    private static final Set<String> KEEP = Set.of("flyway_schema_history", "job_family");

    private DatabaseCleaner() {
    }

    public static void clean(DataSource dataSource) {
        // A background job of the shared context (an inbox refresh, a snapshot rebuild) may hold locks on the
        // same tables; PostgreSQL then reports a deadlock and aborts one side, so try again briefly.
        for (int attempt = 1; ; attempt++) {
            try {
                cleanOnce(dataSource);
                return;
            } catch (IllegalStateException e) {
                if (attempt >= 5 || !(e.getCause() instanceof SQLException sql) || !"40P01".equals(sql.getSQLState())) {
                    throw e;
                }
                sleep(200L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void cleanOnce(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = tables(c);
            if (tables.isEmpty()) {
                return;
            }
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            if (postgres) {
                s.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
            } else {
                s.execute("set referential_integrity false");
                for (String table : tables) {
                    s.execute("truncate table " + table + " restart identity");
                }
                s.execute("set referential_integrity true");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the test database", e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase();
                if (!KEEP.contains(name)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }
}
