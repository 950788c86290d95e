/**
 * The key figures of key-figures.md (turnover, sickness absence, working time, composition,
 * recruitment) for any scope, period and filter, computed from an in-memory snapshot that is
 * rebuilt after every change. Publishes the facade {@link dk.tilknyt.keyfigures.KeyFigures} and
 * the small-cell rule {@link dk.tilknyt.keyfigures.Suppression}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "security", "org", "people", "absence", "recruitment"})
package dk.tilknyt.keyfigures;
