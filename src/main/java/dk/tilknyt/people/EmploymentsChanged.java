package dk.tilknyt.people;

/** Published after employment segments or persons were written. */
public record EmploymentsChanged() {
}
