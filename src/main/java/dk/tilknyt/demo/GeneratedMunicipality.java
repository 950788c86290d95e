package dk.tilknyt.demo;

import java.nio.file.Path;
import java.util.List;

/** The files the generator wrote and how many rows each has. */
public record GeneratedMunicipality(Path directory, long orgUnits, long segments, long absences, long postings,
                                    long applications) {

    /** The import kinds (import-format.md) in the order they must be imported, each with its file name. */
    public static final List<String> IMPORT_ORDER = List.of("org_units", "employments", "absences", "postings",
            "applications");

    /** The file of one import kind, e.g. {@code file("absences")}. */
    public Path file(String kind) {
        return directory.resolve(kind + ".csv");
    }
}
