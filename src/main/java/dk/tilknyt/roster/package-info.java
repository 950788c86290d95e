/**
 * Rosters built on wishes (issue 6): demand, people's terms, wishes and the optimiser that turns them
 * into a roster. {@code solver/} holds the Timefold model and its constraints, {@code rules/} the rule
 * checker that validates any finished roster independently of the constraint streams, and
 * {@code generator/} a realistic unit instance for tests and the bench.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "org", "people", "absence", "conversations"})
package dk.tilknyt.roster;
