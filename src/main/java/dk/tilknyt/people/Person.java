package dk.tilknyt.people;

/** A pseudonymous person: an employee number and at most a birth year (never a CPR number). */
public record Person(String id, Integer birthYear) {
}
