package dk.tilknyt.roster.solver;

/**
 * One 7-day block of the roster, {@code [startMinute, endMinute)} counted from the period's first midnight:
 * the unit in which each person must have a weekly rest (fridøgn).
 */
public record RosterWeek(int index, int startMinute, int endMinute) {

    public boolean overlaps(int start, int end) {
        return start < endMinute && end > startMinute;
    }
}
