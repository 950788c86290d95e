/**
 * Persons (pseudonymous, birth year only) and their employments as segments over time.
 * Publishes {@link dk.tilknyt.people.Staff} (the queries the rest of the system needs) and
 * {@link dk.tilknyt.people.EmploymentsChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "org"})
package dk.tilknyt.people;
