package dk.tilknyt.shared.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's advice for a large load ("Populating a Database"): drop the table's indexes and foreign
 * keys, COPY, then build them again. One sorted index build and one set-based foreign-key check are many
 * times faster than maintaining them row by row. Everything happens in the caller's transaction, so a
 * rollback restores the table exactly; the price is an exclusive lock on the table until commit.
 * Primary and unique keys that other tables' foreign keys rely on are kept.
 */
final class IndexRebuild {

    private final String table;
    private final List<String> restore;

    private IndexRebuild(String table, List<String> restore) {
        this.table = table;
        this.restore = restore;
    }

    /**
     * Drops what can be rebuilt, or returns null when the table cannot be locked at once or is not
     * ours to alter: the caller then loads into the indexed table instead.
     */
    static IndexRebuild dropIfPossible(Connection c, String table) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("set local lock_timeout = '2s'");
            s.execute("lock table " + table + " in access exclusive mode");
            if (!ownedByCurrentUser(c, table)) {
                c.rollback(savepoint);
                return null;
            }
            List<String> drop = new ArrayList<>();
            List<String> restore = new ArrayList<>();
            collect(c, table, drop, restore);
            s.execute("set local maintenance_work_mem = '256MB'");
            for (String statement : drop) {
                s.execute(statement);
            }
            c.releaseSavepoint(savepoint);
            return new IndexRebuild(table, restore);
        } catch (SQLException e) {
            c.rollback(savepoint);
            return null;
        }
    }

    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : restore) {
                s.execute(statement);
            }
        }
    }

    private static boolean ownedByCurrentUser(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "select pg_has_role(current_user, c.relowner, 'USAGE') from pg_class c where c.oid = ?::regclass")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Drops in the order foreign keys, keys, indexes; restores in the reverse order. */
    private static void collect(Connection c, String table, List<String> drop, List<String> restore) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                select con.conname, con.contype, pg_get_constraintdef(con.oid),
                       con.contype = 'f' and con.confrelid = con.conrelid as self_reference,
                       exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = con.conrelid) as referenced
                from pg_constraint con
                where con.conrelid = ?::regclass and con.contype in ('p', 'u', 'f')
                order by con.conname""")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String name = quote(rs.getString(1));
                    boolean foreignKey = "f".equals(rs.getString(2));
                    String add = "alter table " + table + " add constraint " + name + " " + rs.getString(3);
                    if (foreignKey && !rs.getBoolean(4)) {
                        drop.add(0, "alter table " + table + " drop constraint " + name);
                        foreignKeys.add(add);
                    } else if (!foreignKey && !rs.getBoolean(5)) {
                        drop.add("alter table " + table + " drop constraint " + name);
                        keys.add(add);
                    }
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("""
                select quote_ident(ic.relname), pg_get_indexdef(i.indexrelid)
                from pg_index i join pg_class ic on ic.oid = i.indexrelid
                where i.indrelid = ?::regclass
                  and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid)""")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    drop.add("drop index " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
        restore.addAll(keys);
        restore.addAll(indexes);
        restore.addAll(foreignKeys);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
