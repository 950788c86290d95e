package dk.tilknyt.imports.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;

/** The import_run table: every import, stored or rejected or failed. */
@Repository
public class ImportHistory {

    private static final int FILENAME_LENGTH = 255;

    private final JdbcClient jdbc;

    ImportHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(ImportRun run) {
        jdbc.sql("""
                insert into import_run (kind, mode, filename, username, started_at, finished_at, status, rows,
                                        inserted, updated, deleted, unchanged, error_count, warnings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(run.kind().code(), run.mode().code(), shorten(run.filename()), run.username(),
                        run.startedAt(), run.finishedAt(), run.status().code(), run.rows(), run.inserted(),
                        run.updated(), run.deleted(), run.unchanged(), run.errorCount(), run.warnings())
                .update();
    }

    /** The newest imports first. */
    public List<ImportRun> recent(int limit) {
        return jdbc.sql("""
                select id, kind, mode, filename, username, started_at, finished_at, status, rows, inserted, updated,
                       deleted, unchanged, error_count, warnings
                from import_run order by started_at desc, id desc limit ?""")
                .param(limit).query(ImportHistory::run).list();
    }

    private static ImportRun run(ResultSet rs, int n) throws SQLException {
        return new ImportRun(rs.getLong(1),
                ImportKind.fromCode(rs.getString(2)).orElseThrow(),
                ImportMode.fromCode(rs.getString(3)).orElseThrow(),
                rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                ImportRun.Status.valueOf(rs.getString(8).toUpperCase(Locale.ROOT)),
                rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14),
                rs.getString(15));
    }

    private static String shorten(String filename) {
        return filename == null || filename.length() <= FILENAME_LENGTH ? filename : filename.substring(0, FILENAME_LENGTH);
    }
}
