package dk.tilknyt.org;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Headcounts for the org browser and home pages; implemented by the people module (which knows the
 * employments), so org need not depend on people.
 */
public interface UnitHeadcounts {

    /**
     * For each named group of units: the distinct persons employed on the day with an included segment
     * (key-figures.md "Headcount on day d") in one of the group's units. One query for all groups.
     */
    Map<String, Integer> headcounts(Map<String, Set<String>> groups, LocalDate day);
}
