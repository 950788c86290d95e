package dk.tilknyt.keyfigures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.AbsenceType;
import dk.tilknyt.keyfigures.domain.AbsenceSpreading.Piece;
import dk.tilknyt.keyfigures.domain.AbsenceSpreading.Segments;

/** key-figures.md "Which hours a row covers" and "Absence hours", one row at a time (micro-hours). */
class AbsenceSpreadingTest {

    private static final int OPEN = Snapshot.OPEN;

    @Test
    void anExtentRowGivesEachCoveredSegmentItsAgreedHoursTimesTheExtent() {
        // 20 and 17 hours a week: 4 and 3.4 hours a day; at 50 % 2 and 1.7
        Segments segments = segments(seg("2025-01-01", null, 2000, 1, 0), seg("2025-01-01", null, 1700, 2, 1));

        List<Piece> pieces = spread(segments, row("2025-09-01", "2025-09-05", 50, null), AbsenceSpreading.PERSON_WIDE);

        assertThat(pieces).containsExactly(
                new Piece(day("2025-09-01"), day("2025-09-05"), 0, 2_000_000, (byte) 0),
                new Piece(day("2025-09-01"), day("2025-09-05"), 1, 1_700_000, (byte) 0));
    }

    @Test
    void hoursAreSpreadInProportionToTheAgreedHoursOfEachDay() {
        // 30 hours until Tuesday 4 March, then 37: agreed 6 + 6 + 7.4 + 7.4 + 7.4 = 34.2 over Mon 3 – Fri 7 March
        Segments segments = segments(seg("2025-01-01", "2025-03-04", 3000, 1, 0), seg("2025-03-05", null, 3700, 1, 1));

        List<Piece> pieces = spread(segments, row("2025-03-03", "2025-03-07", 100, "10"), AbsenceSpreading.PERSON_WIDE);

        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0).rate()).isCloseTo(10e6 * 6 / 34.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(pieces.get(1).rate()).isCloseTo(10e6 * 7.4 / 34.2, org.assertj.core.data.Offset.offset(1e-6));
        double total = pieces.get(0).rate() * 2 + pieces.get(1).rate() * 3;
        assertThat(total).isCloseTo(10e6, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void aRowForOneEmploymentSpreadsOverAllItsSegmentsButKeepsOnlyIncludedOnes() {
        // employment 1: trainee (not included) until 31 Aug, permanent from 1 Sep, both 37 hours; employment 2 elsewhere
        Segments segments = segments(seg("2025-01-01", "2025-08-31", 3700, 1, -1), seg("2025-09-01", null, 3700, 1, 0),
                seg("2025-01-01", null, 2000, 2, 1));

        // Thu 28 Aug – Wed 3 Sep: 5 working days of 7.4 on employment 1, 2 of them as a trainee
        List<Piece> pieces = spread(segments, row("2025-08-28", "2025-09-03", 100, "37"), 1);

        assertThat(pieces).hasSize(1);
        assertThat(pieces.getFirst().segment()).isZero();
        assertThat(pieces.getFirst().rate() * 3).isCloseTo(37e6 * 3 / 5, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void anOpenRowRunsToTheDayItIsGivenAndARowOnlyOverAWeekendCarriesNoHours() {
        Segments segments = segments(seg("2025-01-01", null, 3700, 1, 0));

        List<Piece> open = new ArrayList<>();
        AbsenceSpreading.spread(segments, row("2026-01-05", null, 100, null), AbsenceSpreading.PERSON_WIDE,
                day("2026-01-15"), (byte) 0, open);
        assertThat(open).containsExactly(new Piece(day("2026-01-05"), day("2026-01-15"), 0, 7_400_000, (byte) 0));

        assertThat(spread(segments, row("2025-09-06", "2025-09-07", 100, "10"), AbsenceSpreading.PERSON_WIDE)).isEmpty();
    }

    @Test
    void aDayWithoutAnyCoveringSegmentCarriesNoHours() {
        Segments segments = segments(seg("2025-01-01", "2025-03-05", 3700, 1, 0));

        // Mon 3 – Fri 7 March, employed until Wednesday: 3 days
        List<Piece> pieces = spread(segments, row("2025-03-03", "2025-03-07", 100, null), AbsenceSpreading.PERSON_WIDE);

        assertThat(pieces).containsExactly(new Piece(day("2025-03-03"), day("2025-03-05"), 0, 7_400_000, (byte) 0));
    }

    private static List<Piece> spread(Segments segments, Absence row, int employment) {
        List<Piece> pieces = new ArrayList<>();
        AbsenceSpreading.spread(segments, row, employment, day(row.end().toString()), (byte) 0, pieces);
        return pieces;
    }

    private static Absence row(String start, String end, int extent, String hours) {
        return new Absence("a", "p", null, AbsenceType.SICK, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), extent, hours == null ? null : new BigDecimal(hours));
    }

    private record Seg(int start, int end, int weekly, int employment, int segment) {
    }

    private static Seg seg(String start, String end, int weeklyHundredths, int employment, int segment) {
        return new Seg(day(start), end == null ? OPEN : day(end), weeklyHundredths, employment, segment);
    }

    private static Segments segments(Seg... segs) {
        int n = segs.length;
        int[] start = new int[n];
        int[] end = new int[n];
        int[] weekly = new int[n];
        int[] employment = new int[n];
        int[] segment = new int[n];
        for (int i = 0; i < n; i++) {
            start[i] = segs[i].start();
            end[i] = segs[i].end();
            weekly[i] = segs[i].weekly();
            employment[i] = segs[i].employment();
            segment[i] = segs[i].segment();
        }
        return new Segments(start, end, weekly, employment, segment);
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }
}
