package dk.tilknyt.roster.solver;

/**
 * The working-time limits a roster must respect (rules.md, "Working time for rosters"). The defaults are
 * the agreement's; a municipality may agree others locally.
 *
 * @param minRestMinutes       daily rest between two shifts
 * @param weeklyRestMinutes    the fridøgn: 24 h off attached to a daily rest
 * @param maxConsecutiveDays   working days in a row
 */
public record WorkingTimeRules(int minRestMinutes, int weeklyRestMinutes, int maxConsecutiveDays) {

    public WorkingTimeRules {
        // The constraints look for short rests among shifts starting at most two days apart.
        if (minRestMinutes < 0 || minRestMinutes > 24 * 60) {
            throw new IllegalArgumentException("The daily rest lies between 0 and 24 hours");
        }
        if (maxConsecutiveDays < 1) {
            throw new IllegalArgumentException("At least one working day in a row must be allowed");
        }
    }

    // rules.md: 11 h daily rest, 35 h weekly rest, at most 6 days in a row
    public static final WorkingTimeRules DEFAULT = new WorkingTimeRules(11 * 60, 35 * 60, 6);
}
