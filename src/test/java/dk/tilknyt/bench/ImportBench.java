package dk.tilknyt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.tilknyt.TilknytApplication;
import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.imports.ImportResult;
import dk.tilknyt.imports.ImportSource;
import dk.tilknyt.imports.Importer;

/**
 * bench.md "import --rows N": imports N generated absence rows through the real import path into
 * PostgreSQL, then loads the same file with a plain COPY into a bare table, and prints
 * {@code {"bench":"import","rows":N,"seconds":…,"rows_per_s":…,"copy_rows_per_s":…,"ratio":…}}, plus for
 * context {@code copy_absence_rows_per_s}: a plain COPY of the file into the real absence table, with its
 * keys and indexes (rolled back), which is what an import has to end up with.
 * The data: one municipality with ten units, N/20 persons with one running employment each, and 20
 * short sick spells per person, a month apart (valid, so every row is inserted).
 */
public final class ImportBench {

    private static final int ABSENCES_PER_PERSON = 20;

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        long rows = rows(args);
        String url = System.getenv().getOrDefault("TILKNYT_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tilknyt_bench");
        String user = System.getenv().getOrDefault("TILKNYT_BENCH_DB_USER", "postgres");
        createDatabaseIfMissing(url, user);
        Path dir = Files.createTempDirectory("tilknyt-import-bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TilknytApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user, "--spring.datasource.password=",
                "--tilknyt.demo=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=ERROR")) {
            DataSource dataSource = context.getBean(DataSource.class);
            emptyTables(dataSource);
            Importer importer = context.getBean(Importer.class);
            long persons = Math.max(1, (rows + ABSENCES_PER_PERSON - 1) / ABSENCES_PER_PERSON);
            importer.run(ImportKind.ORG_UNITS, ImportMode.UPSERT, ImportSource.of(orgUnits(dir), "text/csv"), "bench");
            importer.run(ImportKind.EMPLOYMENTS, ImportMode.UPSERT, ImportSource.of(employments(dir, persons), "text/csv"), "bench");
            Path absences = absences(dir, rows);
            // the imports above start background work (figure snapshot, inbox refresh); let it finish first
            settle();
            double copySeconds = copyIntoBareTable(dataSource, absences);
            settle();

            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportResult result = importer.run(ImportKind.ABSENCES, ImportMode.UPSERT, ImportSource.of(absences, "text/csv"), "bench");
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (result.inserted() != rows) {
                throw new IllegalStateException("Expected " + rows + " inserted rows, got " + result);
            }
            settle();
            // the baseline twice more, around the import, and its best time: noise cannot flatter the ratio
            copySeconds = Math.min(copySeconds, copyIntoBareTable(dataSource, absences));
            copySeconds = Math.min(copySeconds, copyIntoBareTable(dataSource, absences));
            double copyAbsenceSeconds = copyIntoAbsenceTable(dataSource, absences);
            double rowsPerSecond = rows / seconds;
            double copyRowsPerSecond = rows / copySeconds;
            System.out.println(String.format(Locale.ROOT,
                    "{\"bench\":\"import\",\"rows\":%d,\"seconds\":%.3f,\"rows_per_s\":%.0f,\"copy_rows_per_s\":%.0f,"
                            + "\"ratio\":%.3f,\"copy_absence_rows_per_s\":%.0f,\"import_cpu_s\":%.3f,\"copy_s\":%.3f}",
                    rows, seconds, rowsPerSecond, copyRowsPerSecond, rowsPerSecond / copyRowsPerSecond, rows / copyAbsenceSeconds,
                    cpuSeconds, copySeconds));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Waits (at most a minute) until this process has used less than a tenth of a core for a second: an
     * import starts background work after it commits (the key-figure snapshot, the inbox refresh), which on
     * a two-core machine would otherwise run inside the next measurement.
     */
    private static void settle() throws InterruptedException {
        var os = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        long deadline = System.nanoTime() + 60_000_000_000L;
        long cpu = os.getProcessCpuTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            long now = os.getProcessCpuTime();
            if (now - cpu < 100_000_000L) {
                return;
            }
            cpu = now;
        }
    }

    private static long rows(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if ("--rows".equals(args[i])) {
                return Long.parseLong(args[i + 1].replace("_", ""));
            }
        }
        return 1_000_000;
    }

    private static void createDatabaseIfMissing(String url, String user) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "''") + "'")) {
            if (!rs.next()) {
                s.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    private static void emptyTables(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate table absence, employment_segment, person, application, posting, org_unit, import_run cascade");
        }
    }

    private static Path orgUnits(Path dir) throws IOException {
        Path file = dir.resolve("org_units.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("unit_id;name;parent_id;level\n");
            out.write("kom;Kommune;;municipality\n");
            for (int u = 1; u <= 10; u++) {
                out.write("u" + u + ";Enhed " + u + ";kom;unit\n");
            }
        }
        return file;
    }

    private static Path employments(Path dir, long persons) throws IOException {
        Path file = dir.resolve("employments.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("employment_id;segment_start;segment_end;person_id;unit_id;job_family;employment_type;weekly_hours;birth_year\n");
            for (long p = 1; p <= persons; p++) {
                out.write("e" + p + ";2015-01-01;;p" + p + ";u" + (p % 10 + 1) + ";sosu_assistant;permanent;37;" + (1960 + p % 40) + "\n");
            }
        }
        return file;
    }

    /** Person p's k-th spell starts 30·k days after 2016-01-01 and lasts 1-4 days. */
    private static Path absences(Path dir, long rows) throws IOException {
        Path file = dir.resolve("absences.csv");
        LocalDate first = LocalDate.of(2016, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("absence_id;person_id;employment_id;type;start_date;end_date;extent_pct;hours\n");
            for (long i = 0; i < rows; i++) {
                long person = i / ABSENCES_PER_PERSON + 1;
                long spell = i % ABSENCES_PER_PERSON;
                LocalDate start = first.plusDays(30 * spell);
                out.write("a" + (i + 1) + ";p" + person + ";e" + person + ";sick;" + start + ";"
                        + start.plusDays(i % 4) + ";" + (i % 5 == 0 ? "50" : "100") + ";\n");
            }
        }
        return file;
    }

    /** The same file straight into the absence table (emptied first, restored by the rollback). */
    private static double copyIntoAbsenceTable(DataSource dataSource, Path file) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("delete from absence");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy absence (id, person_id, employment_id, type, "
                        + "start_date, end_date, extent_pct, hours) from stdin with (format csv, delimiter ';', header true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.rollback();
            return seconds;
        }
    }

    private static double copyIntoBareTable(DataSource dataSource, Path file) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_copy");
            s.execute("create table bench_copy (absence_id text, person_id text, employment_id text, type text, "
                    + "start_date text, end_date text, extent_pct text, hours text)");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_copy from stdin with (format csv, delimiter ';', header true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            s.execute("drop table bench_copy");
            return seconds;
        }
    }
}
