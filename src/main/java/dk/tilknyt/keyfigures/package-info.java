/**
 * The key figures of key-figures.md (turnover, sickness absence, working time, composition,
 * recruitment) for any scope, period and filter, computed from an in-memory snapshot that is
 * rebuilt after every change. Publishes the facade {@link dk.tilknyt.keyfigures.KeyFigures} and
 * the small-cell rule {@link dk.tilknyt.keyfigures.Suppression}. The dashboard shows the roster module's figures
 * through its facade {@link dk.tilknyt.roster.RosterFigures} (roster depends on nothing here).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "security", "org", "people", "absence", "recruitment", "roster"})
package dk.tilknyt.keyfigures;
