package dk.tilknyt.keyfigures.web;

import java.util.List;

import dk.tilknyt.keyfigures.FigureCode;

/** The dashboard's groups of tiles, in key-figures.md's order. */
enum FigureGroup {
    LEAVING(FigureCode.TURNOVER_RATE, FigureCode.FIRST_YEAR_DEPARTURE_RATE),
    ABSENCE(FigureCode.SICKNESS_ABSENCE_PCT, FigureCode.PRESENT_HOURS_PER_EMPLOYEE),
    WORKING_TIME(FigureCode.HEADCOUNT, FigureCode.AVG_TENURE_YEARS),
    RECRUITMENT(FigureCode.FILL_RATE_FIRST_POSTING, FigureCode.MEDIAN_DAYS_TO_FILL);

    private final FigureCode first;
    private final FigureCode last;

    FigureGroup(FigureCode first, FigureCode last) {
        this.first = first;
        this.last = last;
    }

    public List<FigureCode> figures() {
        return java.util.Arrays.stream(FigureCode.values())
                .filter(c -> c.ordinal() >= first.ordinal() && c.ordinal() <= last.ordinal()).toList();
    }

    public String nameKey() {
        return "keyfigures.pages.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
