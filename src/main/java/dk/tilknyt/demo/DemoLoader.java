package dk.tilknyt.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dk.tilknyt.demo.DemoUsers.DemoUser;

/**
 * Loads the demo municipality: generates it into a temporary directory, imports the files in import
 * order through the real import path under the user {@code demo}, creates the demo users, then sets up
 * the rosters of the care home and the pool.
 */
@Service
class DemoLoader {

    static final String IMPORT_USER = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final JdbcClient jdbc;
    private final DemoImport imports;
    private final DemoUsers users;
    private final DemoRosters rosters;

    DemoLoader(JdbcClient jdbc, DemoImport imports, DemoUsers users, DemoRosters rosters) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.users = users;
        this.rosters = rosters;
    }

    /** No org units yet: a database nobody has imported into. */
    boolean databaseIsEmpty() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0;
    }

    /** The loaded municipality, its demo users and rosters. */
    record Loaded(GeneratedMunicipality files, long employedToday, List<DemoUser> users,
                  Optional<DemoRosters.Created> rosters, double seconds) {
    }

    Loaded load(GeneratorSettings settings) {
        long started = System.nanoTime();
        Path dir = temporaryDirectory();
        try {
            GeneratedMunicipality files = MunicipalityGenerator.write(settings, dir);
            log.info("Demo: generated {} org units, {} employment segments, {} absences, {} postings, {} applications",
                    files.orgUnits(), files.segments(), files.absences(), files.postings(), files.applications());
            for (String kind : GeneratedMunicipality.IMPORT_ORDER) {
                imports.importFile(kind, files.file(kind), IMPORT_USER);
            }
            List<DemoUser> created = users.create(settings.lastDay());
            Optional<DemoRosters.Created> rostersCreated = rosters.create(created, settings.seed());
            return new Loaded(files, employedOn(settings.lastDay()), created, rostersCreated,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            deleteQuietly(dir);
        }
    }

    long employedOn(LocalDate day) {
        return jdbc.sql("""
                select count(distinct person_id) from employment_segment
                where segment_start <= :day and (segment_end is null or segment_end >= :day)""")
                .param("day", day).query(Long.class).single();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tilknyt-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not remove {}", dir, e);
        }
    }
}
