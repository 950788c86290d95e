package dk.tilknyt.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * Roster figures of a scope and date range, from its published periods (issue 6, "Roster figures on the
 * dashboard"). Every figure computed from persons carries how many, so aggregate-only readers (works council)
 * can get a copy with the small cells hidden: fewer than {@value #MINIMUM_PERSONS} persons, the threshold of
 * key-figures.md's privacy of aggregates.
 */
public record RosterFigureSet(String unitId, LocalDate from, LocalDate to, int periods, Share wishFulfilment,
                              Weekends weekends, Share ownLayer, OpenShiftOutcome openShifts,
                              List<CoverageLine> coverage) {

    public static final int MINIMUM_PERSONS = 5;

    public RosterFigureSet {
        coverage = List.copyOf(coverage);
    }

    /** part of whole, e.g. granted of all wishes, computed from {@code persons} persons. */
    public record Share(long part, long whole, int persons, boolean hidden) {

        /** Null when hidden or nothing to divide. */
        public Double percent() {
            return hidden || whole == 0 ? null : 100.0 * part / whole;
        }

        Share hideIfSmall() {
            return new Share(part, whole, persons, hidden || persons < MINIMUM_PERSONS);
        }
    }

    /** Weekends worked per person, scaled to 4 weeks, over the unit's own staff. */
    public record Weekends(double averagePer4Weeks, double maxPer4Weeks, int persons, boolean hidden) {

        Weekends hideIfSmall() {
            return new Weekends(averagePer4Weeks, maxPer4Weeks, persons, hidden || persons < MINIMUM_PERSONS);
        }
    }

    /** Shifts open when their roster was published, and how they were covered since; {@code openNow} counts all. */
    public record OpenShiftOutcome(int atPublishing, int byBid, int byExternal, int byHand, int stillOpen, int openNow) {
    }

    /** Shifts per category with their estimated cost (DKK, supplements included). Open shifts cost nothing. */
    public record CoverageLine(Coverage category, int shifts, int persons, double cost, boolean hidden) {

        public Double costPer100Shifts() {
            return hidden || shifts == 0 ? null : 100 * cost / shifts;
        }

        CoverageLine hideIfSmall() {
            boolean personBased = category == Coverage.OWN || category == Coverage.POOL;
            return new CoverageLine(category, shifts, persons, cost,
                    hidden || personBased && shifts > 0 && persons < MINIMUM_PERSONS);
        }
    }

    public CoverageLine line(Coverage category) {
        return coverage.stream().filter(l -> l.category() == category).findFirst().orElseThrow();
    }

    public int coveredShifts() {
        return coverage.stream().filter(l -> l.category().covered()).mapToInt(CoverageLine::shifts).sum();
    }

    /** The total gives a hidden line away by subtraction, so it is hidden with any line. */
    public boolean totalHidden() {
        return coverage.stream().anyMatch(CoverageLine::hidden);
    }

    public Double totalCost() {
        return totalHidden() ? null : coverage.stream().mapToDouble(CoverageLine::cost).sum();
    }

    public Double costPer100Shifts() {
        return totalHidden() || coveredShifts() == 0 ? null : 100 * totalCost() / coveredShifts();
    }

    /** The copy an aggregate-only reader sees. */
    public RosterFigureSet withSmallCellsHidden() {
        return new RosterFigureSet(unitId, from, to, periods, wishFulfilment.hideIfSmall(), weekends.hideIfSmall(),
                ownLayer.hideIfSmall(), openShifts, coverage.stream().map(CoverageLine::hideIfSmall).toList());
    }
}
