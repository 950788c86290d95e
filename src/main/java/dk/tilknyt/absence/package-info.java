/**
 * Absence rows (sickness, child's sick days, leave, vacation, ...) with extent or hours.
 * Publishes {@link dk.tilknyt.absence.Absences} and {@link dk.tilknyt.absence.AbsencesChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "org", "people"})
package dk.tilknyt.absence;
