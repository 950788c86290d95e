package dk.tilknyt.keyfigures.domain;

import java.util.Arrays;

/**
 * The counts and sums one query collects in a single pass over the persons in scope; the figures
 * are ratios of these (see {@link FigureAssembler}). Hours are micro-hours, weekly hours hundredths.
 */
final class Tally {

    int periodDays;
    int periodPopulation;
    int headcountOnTo;
    long monthEndHeadcounts;
    int monthEnds;

    int departures;
    int voluntaryDepartures;
    int externalDepartures;
    int cohortOnFrom;
    int cohortGoneOnTo;
    int entries;
    int entriesLeftWithinYear;

    /** Σ weekly hours (hundredths) × days of the segment inside the period. */
    long weeklyHoursDays;
    long agreedMicro;
    double vacationAndCareMicro;
    double sicknessMicro;
    double longSpellSicknessMicro;
    double childSickMicro;
    /** Absence of every type except vacation and care days. */
    double absenceMicro;
    int spellsEnded;

    int fullTimeOnTo;
    long weeklyHoursOnTo;
    int hoursUp;
    int hoursDown;
    int ageKnown;
    long ageSum;
    int seniors;
    long tenureDays;

    int chainsDecided;
    int chainsFilledFirstTime;
    int chainsFilled;
    int postings;
    int applications;
    int invitedOrLater;
    int invitedThenWithdrawn;
    private int[] daysToFill = new int[8];
    private int daysToFillCount;

    void addDaysToFill(int days) {
        if (daysToFillCount == daysToFill.length) {
            daysToFill = Arrays.copyOf(daysToFill, daysToFill.length * 2);
        }
        daysToFill[daysToFillCount++] = days;
    }

    int[] daysToFill() {
        int[] values = Arrays.copyOf(daysToFill, daysToFillCount);
        Arrays.sort(values);
        return values;
    }
}
