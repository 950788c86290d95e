package dk.tilknyt.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import dk.tilknyt.demo.GeneratedMunicipality;
import dk.tilknyt.demo.GeneratorSettings;
import dk.tilknyt.demo.MunicipalityGenerator;

/**
 * {@code bench/run generate --employees N --years Y --out DIR [--seed S] [--last-day YYYY-MM-DD]}: writes
 * the demo municipality at scale and prints one JSON line with the row counts, seconds and peak heap.
 */
public final class GenerateBench {

    private GenerateBench() {
    }

    public static void main(String[] args) {
        Map<String, String> options = Bench.options(args);
        int employees = Integer.parseInt(options.getOrDefault("employees", "1500"));
        int years = Integer.parseInt(options.getOrDefault("years", "5"));
        Path out = Path.of(options.getOrDefault("out", "target/bench-generate"));
        long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(GeneratorSettings.DEFAULT_SEED)));
        LocalDate lastDay = options.containsKey("last-day") ? LocalDate.parse(options.get("last-day")) : LocalDate.now();

        long started = System.nanoTime();
        GeneratedMunicipality result = MunicipalityGenerator.write(
                new GeneratorSettings(employees, years, lastDay, seed), out);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(java.util.Locale.ROOT,
                "{\"bench\":\"generate\",\"employees\":%d,\"years\":%d,\"org_units\":%d,\"segments\":%d,\"absences\":%d,"
                        + "\"postings\":%d,\"applications\":%d,\"seconds\":%.2f,\"peak_heap_mb\":%d}%n",
                employees, years, result.orgUnits(), result.segments(), result.absences(), result.postings(),
                result.applications(), seconds, Bench.peakHeapMb());
    }
}
