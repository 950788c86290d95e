package dk.tilknyt.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.tilknyt.TilknytApplication;
import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.people.EmploymentsChanged;
import dk.tilknyt.recruitment.RecruitmentChanged;
import dk.tilknyt.shared.DateRange;
import dk.tilknyt.support.DatabaseCleaner;

/**
 * {@code bench/run keyfigures --employees N --years Y [--data DIR] [--requests R] [--seed S]} (bench.md):
 * loads a generated municipality into PostgreSQL, then times all figures for one scope (the whole
 * municipality, p50/p95 over warm requests through {@link KeyFigures}) and the full panel (every
 * unit × every figure, last 12 whole months), and prints one JSON line.
 *
 * <p>The municipality comes from {@code --data DIR} (import-format CSVs, e.g. written by
 * {@code bench/run generate}), else from the demo generator when it is on the class path, else from a
 * simple synthetic generator in this class. The CSVs are loaded with PostgreSQL {@code COPY} straight
 * into the tables (the importer is measured by its own benchmark); a loaded data set is kept and
 * reused by the next run with the same options.
 */
public final class KeyfiguresBench {

    private static final String DEFAULT_DB = "jdbc:postgresql://127.0.0.1:5432/tilknyt_bench";
    private static final String[] FILES = {"org_units", "employments", "absences", "postings", "applications"};

    private KeyfiguresBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int employees = Integer.parseInt(options.getOrDefault("employees", "50000"));
        int years = Integer.parseInt(options.getOrDefault("years", "5"));
        int requests = Math.max(50, Integer.parseInt(options.getOrDefault("requests", "100")));
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        String db = System.getenv().getOrDefault("TILKNYT_BENCH_DB_URL", DEFAULT_DB);

        // as command-line arguments: they win over the test class path's application.properties
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TilknytApplication.class).run(
                "--spring.datasource.url=" + db,
                "--spring.datasource.username=" + System.getenv().getOrDefault("TILKNYT_BENCH_DB_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("TILKNYT_BENCH_DB_PASSWORD", ""),
                "--tilknyt.demo=false", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.dk.tilknyt.keyfigures=INFO")) {
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            String source = load(app.getBean(DataSource.class), options.get("data"), employees, years, seed, today);
            app.publishEvent(new OrgUnitsChanged());
            app.publishEvent(new EmploymentsChanged());
            app.publishEvent(new AbsencesChanged());
            app.publishEvent(new RecruitmentChanged());

            KeyFigures keyFigures = app.getBean(KeyFigures.class);
            OrgDirectory org = app.getBean(OrgDirectory.class);
            LocalDate to = today.withDayOfMonth(1).minusDays(1);
            DateRange lastTwelveMonths = DateRange.of(to.plusDays(1).minusMonths(12), to);
            String root = org.tree().roots().getFirst().id();

            long started = System.nanoTime();
            keyFigures.compute(FigureQuery.all(root, lastTwelveMonths));
            double snapshotSeconds = (System.nanoTime() - started) / 1e9;

            for (int i = 0; i < 20; i++) {
                keyFigures.compute(FigureQuery.all(root, lastTwelveMonths));
            }
            // wall-clock is what users feel; CPU time shows how much of it is this machine's other load
            var threads = ManagementFactory.getThreadMXBean();
            double[] millis = new double[requests];
            double[] cpuMillis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                keyFigures.compute(FigureQuery.all(root, lastTwelveMonths));
                millis[i] = (System.nanoTime() - t) / 1e6;
                cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);

            List<String> units = org.tree().units().stream().map(OrgUnit::id).toList();
            panel(keyFigures, units, lastTwelveMonths); // warm-up
            long panelStarted = System.nanoTime();
            long panelCpu = threads.getCurrentThreadCpuTime();
            panel(keyFigures, units, lastTwelveMonths);
            double panelSeconds = (System.nanoTime() - panelStarted) / 1e9;
            double panelCpuSeconds = (threads.getCurrentThreadCpuTime() - panelCpu) / 1e9;

            System.gc();
            long liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.ROOT,
                    "{\"bench\":\"keyfigures\",\"employees\":%d,\"years\":%d,\"source\":\"%s\",\"units\":%d,"
                            + "\"snapshot_build_s\":%.2f,\"scope_p50_ms\":%.1f,\"scope_p95_ms\":%.1f,\"scope_cpu_p50_ms\":%.1f,"
                            + "\"scope_cpu_p95_ms\":%.1f,\"panel_s\":%.2f,\"panel_cpu_s\":%.2f,\"heap_mb\":%d,"
                            + "\"peak_heap_mb\":%d,\"max_heap_mb\":%d}%n",
                    employees, years, source, units.size(), snapshotSeconds, percentile(millis, 50),
                    percentile(millis, 95), percentile(cpuMillis, 50), percentile(cpuMillis, 95), panelSeconds,
                    panelCpuSeconds, liveMb, Bench.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static void panel(KeyFigures keyFigures, List<String> units, DateRange period) {
        for (String unit : units) {
            keyFigures.compute(FigureQuery.all(unit, period));
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    // ------------------------------------------------------------------ loading

    /** Loads the municipality unless the database already holds it; returns where it came from. */
    private static String load(DataSource dataSource, String data, int employees, int years, long seed, LocalDate today)
            throws Exception {
        String key = data != null ? "data=" + Path.of(data).toAbsolutePath()
                : "employees=" + employees + ",years=" + years + ",seed=" + seed + ",last=" + today;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_keyfigures_dataset (dataset varchar(400))");
            try (var rs = s.executeQuery("select dataset from bench_keyfigures_dataset")) {
                if (rs.next() && key.equals(rs.getString(1))) {
                    return "reused";
                }
            }
        }
        Path directory;
        String source;
        if (data != null) {
            directory = Path.of(data);
            source = "csv";
        } else {
            directory = Path.of("target", "bench-keyfigures-" + employees + "-" + years);
            source = DemoGenerator.write(employees, years, today, seed, directory) ? "demo-generator" : "synthetic";
            if (source.equals("synthetic")) {
                new SyntheticMunicipality(employees, years, today, seed).write(directory);
            }
        }
        DatabaseCleaner.clean(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String file : FILES) {
                stage(c, directory.resolve(file + ".csv"), "stage_" + file);
            }
            s.execute("insert into org_unit (id, name, parent_id, level) select unit_id, name, parent_id, level from stage_org_units");
            s.execute("insert into person (id, birth_year) select person_id, max(cast(birth_year as int)) "
                    + "from stage_employments group by person_id");
            s.execute("""
                    insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                        employment_type, weekly_hours, departure_reason, shift_layer)
                    select employment_id, cast(segment_start as date), cast(segment_end as date), person_id, unit_id, job_family,
                        employment_type, cast(weekly_hours as numeric), departure_reason, shift_layer from stage_employments""");
            s.execute("""
                    insert into absence (id, person_id, employment_id, type, start_date, end_date, extent_pct, hours)
                    select absence_id, person_id, employment_id, type, cast(start_date as date), cast(end_date as date),
                        coalesce(cast(extent_pct as int), 100), cast(hours as numeric) from stage_absences""");
            s.execute("""
                    insert into posting (id, unit_id, job_family, title, employment_type, weekly_hours, published_date, deadline,
                        reposting_of, outcome, filled_date, channels)
                    select posting_id, unit_id, job_family, title, employment_type, cast(weekly_hours as numeric),
                        cast(published_date as date), cast(deadline as date), reposting_of, outcome, cast(filled_date as date),
                        channels from stage_postings""");
            s.execute("""
                    insert into application (id, posting_id, applied_date, furthest_stage, outcome, withdrawn_reason, employment_id)
                    select application_id, posting_id, cast(applied_date as date), furthest_stage, outcome, withdrawn_reason,
                        employment_id from stage_applications""");
            s.execute("delete from bench_keyfigures_dataset");
            s.execute("insert into bench_keyfigures_dataset (dataset) values ('" + key.replace("'", "''") + "')");
            c.commit();
            s.execute("analyze");
        }
        return source;
    }

    /** COPY one `;`-separated file into a temporary table of text columns named by its header. */
    private static void stage(Connection c, Path file, String table) throws SQLException, IOException {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = reader.readLine().replace("\uFEFF", "");
        }
        String[] columns = header.split(";");
        StringBuilder ddl = new StringBuilder("create temporary table " + table + " (");
        for (int i = 0; i < columns.length; i++) {
            ddl.append(i > 0 ? ", " : "").append(columns[i].trim().toLowerCase(Locale.ROOT)).append(" text");
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists " + table);
            s.execute(ddl.append(") on commit drop").toString());
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " from stdin with (format csv, delimiter ';', header true)", reader);
        }
    }

    /** The demo module's generator, when this build has it (it is developed on another branch). */
    private static final class DemoGenerator {

        static boolean write(int employees, int years, LocalDate lastDay, long seed, Path directory) {
            try {
                Class<?> settings = Class.forName("dk.tilknyt.demo.GeneratorSettings");
                Class<?> generator = Class.forName("dk.tilknyt.demo.MunicipalityGenerator");
                Object value = settings.getConstructor(int.class, int.class, LocalDate.class, long.class)
                        .newInstance(employees, years, lastDay, seed);
                generator.getMethod("write", settings, Path.class).invoke(null, value, directory);
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The demo generator failed", e);
            }
        }
    }

    /**
     * A plain municipality when the demo generator is not available: 1 + 4 + 20 + 200 + 400 units,
     * positions held by a succession of employees (hours changes, moves, departures with reasons),
     * about 13 absence rows a person a year, and re-posted recruitment chains with applications.
     */
    static final class SyntheticMunicipality {

        private static final String[] FAMILIES = {"sosu_assistant", "sosu_helper", "nurse", "pedagogue", "therapist",
                "service", "admin"};
        private static final String[] REASONS = {"resigned", "resigned", "resigned", "dismissed", "retired",
                "end_of_contract", "other"};
        private static final int[] HOURS = {37, 37, 37, 32, 32, 30, 28, 25};

        private final int employees;
        private final LocalDate first;
        private final LocalDate last;
        private final SplittableRandom random;
        private final List<String> teams = new ArrayList<>();
        private int absenceId;

        SyntheticMunicipality(int employees, int years, LocalDate last, long seed) {
            this.employees = employees;
            this.last = last;
            this.first = last.minusYears(years).plusDays(1);
            this.random = new SplittableRandom(seed);
        }

        void write(Path directory) throws IOException {
            Files.createDirectories(directory);
            try (var units = writer(directory, "org_units", "unit_id;name;parent_id;level")) {
                units.write("kommune;Kommunen;;municipality\n");
                for (int d = 1; d <= 4; d++) {
                    String dep = "d" + d;
                    units.write(dep + ";Forvaltning " + d + ";kommune;department\n");
                    for (int a = 1; a <= 5; a++) {
                        String area = dep + "-a" + a;
                        units.write(area + ";Område " + area + ";" + dep + ";area\n");
                        for (int u = 1; u <= 10; u++) {
                            String unit = area + "-u" + u;
                            units.write(unit + ";Enhed " + unit + ";" + area + ";unit\n");
                            for (int t = 1; t <= 2; t++) {
                                units.write(unit + "-t" + t + ";Team " + t + ";" + unit + ";team\n");
                                teams.add(unit + "-t" + t);
                            }
                        }
                    }
                }
            }
            try (var segments = writer(directory, "employments",
                    "employment_id;segment_start;segment_end;person_id;unit_id;job_family;employment_type;weekly_hours;"
                            + "departure_reason;birth_year;shift_layer");
                 var absences = writer(directory, "absences",
                         "absence_id;person_id;employment_id;type;start_date;end_date;extent_pct;hours")) {
                int person = 0;
                for (int position = 0; position < employees; position++) {
                    String team = teams.get(position % teams.size());
                    String family = FAMILIES[random.nextInt(FAMILIES.length)];
                    int day = (int) first.toEpochDay() - random.nextInt(3650);
                    while (day <= last.toEpochDay()) {
                        person++;
                        int tenure = 200 + random.nextInt(3000);
                        int end = day + tenure;
                        boolean open = end > last.toEpochDay();
                        writeEmployment(segments, "p" + person, "p" + person + "-e", team, family, day, open ? -1 : end);
                        writeAbsences(absences, "p" + person, Math.max(day, (int) first.toEpochDay()),
                                (int) Math.min(open ? last.toEpochDay() : end, last.toEpochDay()));
                        day = end + 1 + random.nextInt(60);
                    }
                }
            }
            writeRecruitment(directory);
        }

        private void writeEmployment(BufferedWriter out, String person, String employment, String team, String family,
                int start, int end) throws IOException {
            int birthYear = LocalDate.ofEpochDay(start).getYear() - 20 - random.nextInt(40);
            String type = random.nextInt(50) == 0 ? "trainee" : random.nextInt(50) == 0 ? "hourly"
                    : random.nextInt(15) == 0 ? "temporary" : "permanent";
            int hours = HOURS[random.nextInt(HOURS.length)];
            int segmentStart = start;
            // an hours change or a move to a sibling team now and then
            if (random.nextInt(3) == 0 && (end < 0 || end - start > 400)) {
                int change = start + 100 + random.nextInt(300);
                out.write(row(employment, day(segmentStart), day(change - 1), person, team, family, type, hours, null, birthYear));
                segmentStart = change;
                hours = HOURS[random.nextInt(HOURS.length)];
                team = random.nextBoolean() ? team : teams.get(random.nextInt(teams.size()));
            }
            String reason = end < 0 ? null : REASONS[random.nextInt(REASONS.length)];
            out.write(row(employment, day(segmentStart), end < 0 ? null : day(end), person, team, family, type, hours,
                    reason, birthYear));
        }

        private void writeAbsences(BufferedWriter out, String person, int from, int to) throws IOException {
            int day = from + random.nextInt(20);
            while (day < to) {
                int kind = random.nextInt(13);
                String type;
                int length;
                if (kind < 5) {
                    type = "vacation";
                    length = 1 + random.nextInt(10);
                } else if (kind < 9) {
                    type = "sick";
                    length = random.nextInt(40) == 0 ? 30 + random.nextInt(60) : 1 + random.nextInt(4);
                } else if (kind < 10) {
                    type = "child_sick";
                    length = 1;
                } else if (kind < 12) {
                    type = "care_day";
                    length = 1;
                } else {
                    type = random.nextInt(20) == 0 ? "maternity" : "leave";
                    length = 1 + random.nextInt(type.equals("maternity") ? 200 : 5);
                }
                int end = Math.min(day + length - 1, to);
                boolean running = type.equals("sick") && end == to && to == last.toEpochDay();
                int extent = type.equals("sick") && random.nextInt(10) == 0 ? 50 : 100;
                out.write(String.join(";", "a" + (++absenceId), person, "", type, day(day), running ? "" : day(end),
                        Integer.toString(extent), "") + "\n");
                day = end + 2 + random.nextInt(50);
            }
        }

        private void writeRecruitment(Path directory) throws IOException {
            try (var postings = writer(directory, "postings",
                    "posting_id;unit_id;job_family;title;employment_type;weekly_hours;published_date;deadline;reposting_of;"
                            + "outcome;filled_date;channels");
                 var applications = writer(directory, "applications",
                         "application_id;posting_id;applied_date;furthest_stage;outcome;withdrawn_reason;employment_id")) {
                int chains = employees / 10 * 3;
                int posting = 0;
                int application = 0;
                String[] stages = {"applied", "applied", "invited", "interviewed", "offered"};
                for (int chain = 0; chain < chains; chain++) {
                    String unit = teams.get(random.nextInt(teams.size()));
                    String family = FAMILIES[random.nextInt(FAMILIES.length)];
                    int published = (int) last.toEpochDay() - random.nextInt(3 * 365);
                    int length = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
                    String previous = null;
                    for (int i = 0; i < length; i++) {
                        String id = "o" + (++posting);
                        int deadline = published + 14;
                        boolean lastOne = i == length - 1;
                        String outcome = !lastOne ? "reposted" : deadline > last.toEpochDay() ? "open"
                                : random.nextInt(10) == 0 ? "unfilled" : random.nextInt(30) == 0 ? "cancelled" : "filled";
                        String filled = outcome.equals("filled") ? day(deadline + 5 + random.nextInt(30)) : "";
                        postings.write(String.join(";", id, unit, family, "Stilling", "permanent", "32", day(published),
                                day(deadline), previous == null ? "" : previous, outcome, filled, "jobnet") + "\n");
                        int count = random.nextInt(16);
                        for (int a = 0; a < count; a++) {
                            String stage = stages[random.nextInt(stages.length)];
                            String result = random.nextInt(4) == 0 ? "withdrawn" : "rejected";
                            applications.write(String.join(";", "ans" + (++application), id, day(published + 3), stage,
                                    result, "", "") + "\n");
                        }
                        previous = id;
                        published = deadline + 7;
                    }
                }
            }
        }

        private static String row(String employment, String start, String end, String person, String unit,
                String family, String type, int hours, String reason, int birthYear) {
            return String.join(";", employment, start, end == null ? "" : end, person, unit, family, type,
                    Integer.toString(hours), reason == null ? "" : reason, Integer.toString(birthYear), "") + "\n";
        }

        private static String day(int epochDay) {
            return LocalDate.ofEpochDay(epochDay).toString();
        }

        private static BufferedWriter writer(Path directory, String name, String header) {
            try {
                BufferedWriter writer = Files.newBufferedWriter(directory.resolve(name + ".csv"), StandardCharsets.UTF_8);
                writer.write(header + "\n");
                return writer;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
