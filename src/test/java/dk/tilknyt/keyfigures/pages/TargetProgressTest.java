package dk.tilknyt.keyfigures.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.targets.Target;
import dk.tilknyt.keyfigures.targets.TargetProgress;
import dk.tilknyt.keyfigures.targets.TargetProgress.Status;
import dk.tilknyt.keyfigures.targets.TargetProgress.Trend;

/** Progress and on-track rules of the goals page. */
class TargetProgressTest {

    private static final LocalDate START = LocalDate.of(2022, 12, 31);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);
    private static final LocalDate HALF_WAY = LocalDate.of(2024, 12, 31);

    @Test
    void turnoverTenPercentBelowTheBaselineYearIsTheGoal() {
        Target turnover = relative(FigureCode.TURNOVER_RATE, Target.Direction.AT_MOST, "-10");
        assertThat(turnover.goalValue(new BigDecimal("20"))).isEqualByComparingTo("18");
    }

    @Test
    void halfTheWayHalfTheTimeIsOnTrack() {
        Target turnover = relative(FigureCode.TURNOVER_RATE, Target.Direction.AT_MOST, "-10");
        TargetProgress p = evaluate(turnover, "20", "19", HALF_WAY);
        assertThat(p.progressPct()).isEqualTo(50);
        assertThat(p.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void lessThanTheTimePassedIsOffTrack() {
        Target turnover = relative(FigureCode.TURNOVER_RATE, Target.Direction.AT_MOST, "-10");
        TargetProgress p = evaluate(turnover, "20", "19.6", HALF_WAY);
        assertThat(p.progressPct()).isEqualTo(20);
        assertThat(p.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(p.onTrack()).isFalse();
    }

    @Test
    void movingAwayFromTheGoalIsNoProgress() {
        Target presence = relative(FigureCode.PRESENT_HOURS_PER_EMPLOYEE, Target.Direction.AT_LEAST, "10");
        assertThat(evaluate(presence, "1000", "950", HALF_WAY).progressPct()).isZero();
    }

    @Test
    void aReachedGoalIsReachedWhateverTheDate() {
        Target fill = absolute(FigureCode.FILL_RATE_FIRST_POSTING, Target.Direction.AT_LEAST, "90");
        TargetProgress p = TargetProgress.evaluate(fill, null, new BigDecimal("92"), List.of(), START, DEADLINE.plusYears(1));
        assertThat(p.status()).isEqualTo(Status.REACHED);
        assertThat(p.onTrack()).isTrue();
    }

    @Test
    void aGoalNotReachedByItsDeadlineIsMissed() {
        Target fill = absolute(FigureCode.FILL_RATE_FIRST_POSTING, Target.Direction.AT_LEAST, "90");
        TargetProgress p = TargetProgress.evaluate(fill, null, new BigDecimal("80"), List.of(), START, DEADLINE.plusDays(1));
        assertThat(p.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void withoutABaselineARisingTrendTowardsAnAtLeastGoalIsOnTrack() {
        Target fill = absolute(FigureCode.FILL_RATE_FIRST_POSTING, Target.Direction.AT_LEAST, "90");
        List<BigDecimal> rising = List.of(new BigDecimal("70"), new BigDecimal("74"), new BigDecimal("78"));
        List<BigDecimal> falling = List.of(new BigDecimal("78"), new BigDecimal("74"), new BigDecimal("70"));
        assertThat(TargetProgress.evaluate(fill, null, new BigDecimal("78"), rising, START, HALF_WAY).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(TargetProgress.evaluate(fill, null, new BigDecimal("70"), falling, START, HALF_WAY).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aRelativeGoalWithoutBaselineFiguresHasNoData() {
        Target turnover = relative(FigureCode.TURNOVER_RATE, Target.Direction.AT_MOST, "-10");
        assertThat(TargetProgress.evaluate(turnover, null, new BigDecimal("12"), List.of(), START, HALF_WAY).status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void trendComparesTheNewestWithTheOldestKnownValue() {
        assertThat(Trend.of(List.of(new BigDecimal("5"), new BigDecimal("9"), new BigDecimal("6")))).isEqualTo(Trend.UP);
        assertThat(Trend.of(java.util.Arrays.asList(null, new BigDecimal("6"), new BigDecimal("6")))).isEqualTo(Trend.FLAT);
        assertThat(Trend.of(java.util.Arrays.asList(null, null, new BigDecimal("6")))).isEqualTo(Trend.UNKNOWN);
    }

    private static TargetProgress evaluate(Target target, String baseline, String current, LocalDate today) {
        BigDecimal now = new BigDecimal(current);
        return TargetProgress.evaluate(target, new BigDecimal(baseline), now, List.of(now), START, today);
    }

    private static Target relative(FigureCode code, Target.Direction direction, String change) {
        return new Target(1, "u1", code, Target.Kind.RELATIVE, direction, new BigDecimal(change), 2022, DEADLINE, true,
                LocalDate.of(2025, 1, 1));
    }

    private static Target absolute(FigureCode code, Target.Direction direction, String value) {
        return new Target(1, "u1", code, Target.Kind.ABSOLUTE, direction, new BigDecimal(value), null, DEADLINE, true,
                LocalDate.of(2025, 1, 1));
    }
}
