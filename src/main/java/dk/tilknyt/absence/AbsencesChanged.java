package dk.tilknyt.absence;

/** Published after absence rows were written. */
public record AbsencesChanged() {
}
