/**
 * The organisation: org units as a tree with levels, and the job-family catalogue.
 * Publishes {@link dk.tilknyt.org.OrgDirectory} (read the tree) and {@link dk.tilknyt.org.OrgUnitsChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package dk.tilknyt.org;
