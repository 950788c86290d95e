package dk.tilknyt.keyfigures.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import dk.tilknyt.absence.Absence;

/**
 * key-figures.md "Which hours a row covers" and "Absence hours": cuts one absence row into pieces,
 * each a stretch of days on one included segment with constant hours a working day (micro-hours).
 *
 * <p>A row for one employment covers that employment's segments (any type), a person-wide row every
 * included segment of the person. With an extent, a segment's hours a working day are its agreed
 * hours (weekly / 5) × extent / 100. With {@code hours}, the hours are spread over the row's days in
 * proportion to the agreed hours covered each day, and each day's share over the segments in proportion
 * to their agreed hours. Only pieces on included segments are kept; days without agreed hours carry none.
 */
final class AbsenceSpreading {

    static final int PERSON_WIDE = -1;
    private static final long MICRO = 1_000_000L;
    /** Agreed micro-hours a working day per hundredth of a weekly hour: 10 000 / 5. */
    private static final long AGREED_PER_WEEKLY_HUNDREDTH = 2000;

    private AbsenceSpreading() {
    }

    /** One person's segments of every employment type; {@code segment} is the snapshot index, -1 if not included. */
    record Segments(int[] start, int[] end, int[] weeklyHundredths, int[] employment, int[] segment) {

        int size() {
            return start.length;
        }

        boolean included(int i) {
            return segment[i] >= 0;
        }

        boolean covers(int i, int day) {
            return start[i] <= day && end[i] >= day;
        }
    }

    record Piece(int start, int end, int segment, double rate, byte kind) {
    }

    /**
     * Adds the row's pieces to {@code out}. {@code employment} is the row's employment as numbered in
     * {@code segments}, or {@link #PERSON_WIDE}; {@code lastDay} is the row's end, or today for an open row.
     */
    static void spread(Segments segments, Absence row, int employment, int lastDay, byte kind, List<Piece> out) {
        int first = (int) row.start().toEpochDay();
        if (lastDay < first) {
            return;
        }
        int[] covering = covering(segments, employment, first, lastDay);
        if (covering.length == 0) {
            return;
        }
        int[] bounds = stretches(segments, covering, first, lastDay);
        if (row.hours() == null) {
            for (int b = 0; b + 1 < bounds.length; b++) {
                int from = bounds[b];
                int to = bounds[b + 1] - 1;
                if (WorkingDays.between(from, to) == 0) {
                    continue;
                }
                for (int i : covering) {
                    if (segments.included(i) && segments.covers(i, from)) {
                        double rate = (double) segments.weeklyHundredths()[i] * AGREED_PER_WEEKLY_HUNDREDTH
                                * row.extentPct() / 100;
                        out.add(new Piece(from, to, segments.segment()[i], rate, kind));
                    }
                }
            }
            return;
        }
        long agreedTotal = 0;
        for (int b = 0; b + 1 < bounds.length; b++) {
            int days = WorkingDays.between(bounds[b], bounds[b + 1] - 1);
            for (int i : covering) {
                if (segments.covers(i, bounds[b])) {
                    agreedTotal += segments.weeklyHundredths()[i] * AGREED_PER_WEEKLY_HUNDREDTH * days;
                }
            }
        }
        double hours = row.hours().multiply(BigDecimal.valueOf(MICRO)).doubleValue();
        if (agreedTotal == 0 || hours == 0) {
            return;
        }
        for (int b = 0; b + 1 < bounds.length; b++) {
            int from = bounds[b];
            int to = bounds[b + 1] - 1;
            if (WorkingDays.between(from, to) == 0) {
                continue;
            }
            for (int i : covering) {
                if (segments.included(i) && segments.covers(i, from)) {
                    double rate = hours * segments.weeklyHundredths()[i] * AGREED_PER_WEEKLY_HUNDREDTH / agreedTotal;
                    out.add(new Piece(from, to, segments.segment()[i], rate, kind));
                }
            }
        }
    }

    /** The segments the row covers on at least one of its days. */
    private static int[] covering(Segments segments, int employment, int first, int last) {
        int[] covering = new int[segments.size()];
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            boolean covers = employment == PERSON_WIDE ? segments.included(i) : segments.employment()[i] == employment;
            if (covers && segments.start()[i] <= last && segments.end()[i] >= first) {
                covering[n++] = i;
            }
        }
        return Arrays.copyOf(covering, n);
    }

    /** The days in [first, last] where the set of covering segments changes, plus last + 1, ascending. */
    private static int[] stretches(Segments segments, int[] covering, int first, int last) {
        int[] points = new int[2 * covering.length + 2];
        int n = 0;
        points[n++] = first;
        for (int i : covering) {
            int start = segments.start()[i];
            long after = (long) segments.end()[i] + 1;
            if (start > first && start <= last) {
                points[n++] = start;
            }
            if (after > first && after <= last) {
                points[n++] = (int) after;
            }
        }
        points[n++] = last + 1;
        Arrays.sort(points, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || points[i] != points[i - 1]) {
                points[distinct++] = points[i];
            }
        }
        return Arrays.copyOf(points, distinct);
    }
}
