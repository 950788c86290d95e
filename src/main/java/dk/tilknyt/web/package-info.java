/**
 * The web shell: layout, navigation by role, home, language switch, error pages and error answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "org"})
package dk.tilknyt.web;
