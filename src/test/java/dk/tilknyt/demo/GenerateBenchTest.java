package dk.tilknyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilknyt.bench.GenerateBench;

/** bench.md: {@code bench/run generate} writes the files and prints one JSON line with the counts. */
class GenerateBenchTest {

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLineWithTheRowCountsOfTheFilesItWrote() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            GenerateBench.main(new String[] {"--employees", "120", "--years", "2", "--out", dir.toString(),
                    "--last-day", "2026-06-30", "--seed", "5"});
        } finally {
            System.setOut(original);
        }
        String line = printed.toString(StandardCharsets.UTF_8).trim();
        long absenceRows;
        try (var lines = Files.lines(dir.resolve("absences.csv"))) {
            absenceRows = lines.count() - 1;
        }

        assertThat(line.lines()).hasSize(1);
        assertThat(line).startsWith("{\"bench\":\"generate\",\"employees\":120,").endsWith("}")
                .contains("\"absences\":" + absenceRows + ",").containsPattern("\"seconds\":[0-9.]+");
        for (String kind : GeneratedMunicipality.IMPORT_ORDER) {
            assertThat(dir.resolve(kind + ".csv")).exists();
        }
    }
}
