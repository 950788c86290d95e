package dk.tilknyt.keyfigures.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureValue;

/**
 * Turns a {@link Tally} into figures: each value is numerator ÷ denominator (× 100 for shares),
 * computed exactly and rounded once; numerator and denominator are given to 6 decimals.
 */
final class FigureAssembler {

    private static final Ratio MICRO = Ratio.of(1_000_000);
    /** key-figures.md: one dagsværk = 7.4 hours. */
    private static final BigDecimal DAY_MICRO = BigDecimal.valueOf(7_400_000);
    private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365.25");
    private static final int NUMBER_DECIMALS = 6;
    private static final int VALUE_DECIMALS = 2;

    private FigureAssembler() {
    }

    static Map<FigureCode, FigureValue> figures(Tally t, Set<FigureCode> codes) {
        Map<FigureCode, FigureValue> figures = new EnumMap<>(FigureCode.class);
        for (FigureCode code : codes) {
            figures.put(code, figure(code, t));
        }
        return figures;
    }

    private static FigureValue figure(FigureCode code, Tally t) {
        int period = t.periodPopulation;
        int onTo = t.headcountOnTo;
        return switch (code) {
            case TURNOVER_RATE -> ratio(code, Ratio.of(t.departures), averageHeadcount(t), period);
            case VOLUNTARY_TURNOVER_RATE -> ratio(code, Ratio.of(t.voluntaryDepartures), averageHeadcount(t), period);
            case EXTERNAL_TURNOVER_RATE -> ratio(code, Ratio.of(t.externalDepartures), averageHeadcount(t), period);
            case DEPARTURE_RATE -> ratio(code, Ratio.of(t.cohortGoneOnTo), Ratio.of(t.cohortOnFrom), period);
            case FIRST_YEAR_DEPARTURE_RATE -> ratio(code, Ratio.of(t.entriesLeftWithinYear), Ratio.of(t.entries), period);
            case SICKNESS_ABSENCE_PCT -> ratio(code, hours(t.sicknessMicro), possibleHours(t), period);
            case SICK_DAYS_PER_FTE -> ratio(code, days(t.sicknessMicro), fte(t), period);
            case CHILD_SICK_DAYS_PER_FTE -> ratio(code, days(t.childSickMicro), fte(t), period);
            case SICKNESS_SPELLS -> count(t.spellsEnded, period);
            case LONG_TERM_SICKNESS_SHARE -> ratio(code, hours(t.longSpellSicknessMicro), hours(t.sicknessMicro), period);
            case ATTENDANCE_PCT -> ratio(code, presentHours(t), possibleHours(t), period);
            case PRESENT_HOURS_PER_EMPLOYEE -> ratio(code, presentHours(t), averageHeadcount(t), period);
            case HEADCOUNT -> count(onTo, onTo);
            case FTE -> ratio(code, Ratio.of(t.weeklyHoursDays, 3700), Ratio.of(t.periodDays), period);
            case FULLTIME_SHARE -> ratio(code, Ratio.of(t.fullTimeOnTo), Ratio.of(onTo), onTo);
            case AVG_WEEKLY_HOURS -> ratio(code, Ratio.of(t.weeklyHoursOnTo, 100), Ratio.of(onTo), onTo);
            case HOURS_UP -> count(t.hoursUp, period);
            case HOURS_DOWN -> count(t.hoursDown, period);
            case AVG_AGE -> ratio(code, Ratio.of(t.ageSum), Ratio.of(t.ageKnown), onTo);
            case SENIOR_SHARE -> ratio(code, Ratio.of(t.seniors), Ratio.of(t.ageKnown), onTo);
            case AVG_TENURE_YEARS -> ratio(code, Ratio.of(BigDecimal.valueOf(t.tenureDays), DAYS_A_YEAR), Ratio.of(onTo), onTo);
            case FILL_RATE_FIRST_POSTING -> ratio(code, Ratio.of(t.chainsFilledFirstTime), Ratio.of(t.chainsDecided), t.chainsDecided);
            case FILL_RATE -> ratio(code, Ratio.of(t.chainsFilled), Ratio.of(t.chainsDecided), t.chainsDecided);
            case APPLICANTS_PER_POSTING -> ratio(code, Ratio.of(t.applications), Ratio.of(t.postings), t.postings);
            case INTERVIEW_DROPOUT_RATE -> ratio(code, Ratio.of(t.invitedThenWithdrawn), Ratio.of(t.invitedOrLater), t.invitedOrLater);
            case MEDIAN_DAYS_TO_FILL -> median(t.daysToFill());
        };
    }

    /** key-figures.md "Average headcount": mean over the month-ends in the period, else the headcount on `to`. */
    private static Ratio averageHeadcount(Tally t) {
        return t.monthEnds == 0 ? Ratio.of(t.headcountOnTo) : Ratio.of(t.monthEndHeadcounts, t.monthEnds);
    }

    /** key-figures.md "Possible hours": agreed hours minus vacation and care-day hours. */
    private static Ratio possibleHours(Tally t) {
        return Ratio.of(t.agreedMicro - Math.round(t.vacationAndCareMicro), 1_000_000);
    }

    /** Possible hours minus absence of every type except vacation and care days. */
    private static Ratio presentHours(Tally t) {
        return possibleHours(t).minus(hours(t.absenceMicro));
    }

    /** key-figures.md FTE: Σ weekly_hours / 37 × days inside the period ÷ days in the period. */
    private static Ratio fte(Tally t) {
        return Ratio.of(t.weeklyHoursDays, 3700L * t.periodDays);
    }

    private static Ratio hours(double micro) {
        return Ratio.of(Math.round(micro)).dividedBy(MICRO);
    }

    private static Ratio days(double micro) {
        return Ratio.of(BigDecimal.valueOf(Math.round(micro)), DAY_MICRO);
    }

    private static FigureValue ratio(FigureCode code, Ratio numerator, Ratio denominator, int population) {
        BigDecimal value = null;
        if (!denominator.isZero()) {
            Ratio quotient = numerator.dividedBy(denominator);
            value = (code.isPercentage() ? quotient.times(100) : quotient).rounded(VALUE_DECIMALS);
        }
        return new FigureValue(value, numerator.rounded(NUMBER_DECIMALS), denominator.rounded(NUMBER_DECIMALS),
                population, false);
    }

    private static FigureValue count(long count, int population) {
        BigDecimal value = BigDecimal.valueOf(count);
        return new FigureValue(value, value, null, population, false);
    }

    /** key-figures.md median_days_to_fill: the middle value, or the mean of the two middle values. */
    private static FigureValue median(int[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return new FigureValue(null, null, BigDecimal.ZERO, 0, false);
        }
        long twice = n % 2 == 1 ? 2L * sorted[n / 2] : (long) sorted[n / 2 - 1] + sorted[n / 2];
        return new FigureValue(Ratio.of(twice, 2).rounded(VALUE_DECIMALS), null, BigDecimal.valueOf(n), n, false);
    }
}
