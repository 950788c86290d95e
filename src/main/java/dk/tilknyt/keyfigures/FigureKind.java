package dk.tilknyt.keyfigures;

/** What a figure is measured over, which also decides its population (key-figures.md, "Privacy of aggregates"). */
public enum FigureKind {
    /** Over the period: population = persons with an included segment in scope on any day of it. */
    PERIOD,
    /** On the period's last day: population = persons employed in scope on {@code to}. */
    ON_TO,
    /** Over postings and applications: population = what the denominator counts. */
    RECRUITMENT
}
