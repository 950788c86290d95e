package dk.tilknyt.keyfigures.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * How a target is doing. Progress is the share of the way from the starting value (the baseline) to the
 * goal that has been covered, 0–100. A target is on track when it is reached, or when its deadline is
 * ahead and either progress keeps pace with the time passed since the start (when there is a baseline)
 * or, without a baseline, the last three rolling values move towards the goal.
 */
public record TargetProgress(BigDecimal baseline, BigDecimal goal, BigDecimal current, Integer progressPct,
        Trend trend, Status status) {

    public enum Status { REACHED, ON_TRACK, OFF_TRACK, MISSED, NO_DATA }

    public enum Trend {
        UP, DOWN, FLAT, UNKNOWN;

        /** From the oldest to the newest of the given values (nulls are skipped). */
        public static Trend of(List<BigDecimal> values) {
            List<BigDecimal> known = values.stream().filter(Objects::nonNull).toList();
            if (known.size() < 2) {
                return UNKNOWN;
            }
            int change = known.getLast().compareTo(known.getFirst());
            return change > 0 ? UP : change < 0 ? DOWN : FLAT;
        }
    }

    public boolean onTrack() {
        return status == Status.REACHED || status == Status.ON_TRACK;
    }

    /**
     * @param start the day progress is measured from: the end of the baseline year, or the day the
     *        target was set
     */
    public static TargetProgress evaluate(Target target, BigDecimal baseline, BigDecimal current, List<BigDecimal> lastThree,
            LocalDate start, LocalDate today) {
        BigDecimal goal = target.goalValue(baseline);
        Trend trend = Trend.of(lastThree);
        if (goal == null || current == null) {
            return new TargetProgress(baseline, goal, current, null, trend, Status.NO_DATA);
        }
        Integer progress = progress(baseline, goal, current, target.direction());
        if (target.direction().reached(current, goal)) {
            return new TargetProgress(baseline, goal, current, 100, trend, Status.REACHED);
        }
        if (today.isAfter(target.deadline())) {
            return new TargetProgress(baseline, goal, current, progress, trend, Status.MISSED);
        }
        boolean onPace = progress != null
                ? progress >= expectedProgress(start, target.deadline(), today)
                : trend == (target.direction() == Target.Direction.AT_LEAST ? Trend.UP : Trend.DOWN);
        return new TargetProgress(baseline, goal, current, progress, trend, onPace ? Status.ON_TRACK : Status.OFF_TRACK);
    }

    /** Share (0–100) of the way from baseline to goal; null without a baseline or when they coincide. */
    static Integer progress(BigDecimal baseline, BigDecimal goal, BigDecimal current, Target.Direction direction) {
        if (baseline == null || baseline.compareTo(goal) == 0) {
            return null;
        }
        BigDecimal covered = current.subtract(baseline).divide(goal.subtract(baseline), 4, RoundingMode.HALF_UP);
        int pct = covered.movePointRight(2).setScale(0, RoundingMode.DOWN).intValue();
        return Math.max(0, Math.min(100, pct));
    }

    /** The share (0–100) of the time from start to deadline that has passed by today. */
    static int expectedProgress(LocalDate start, LocalDate deadline, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, deadline);
        if (total <= 0) {
            return 100;
        }
        long passed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        return (int) (passed * 100 / total);
    }
}
