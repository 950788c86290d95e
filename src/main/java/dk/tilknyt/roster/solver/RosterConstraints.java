package dk.tilknyt.roster.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toSortedSet;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.Sequence;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;

import dk.tilknyt.people.ShiftLayer;

/**
 * The roster's rules as constraint streams, one method per rule (docs/roster-constraints.md has the table).
 * Hard: the working-time rules and the person's terms. Medium: open slots. Soft: wishes, contracted hours,
 * own layer, fair spread and continuity. {@code dk.tilknyt.roster.rules.RosterRuleChecker} checks the same
 * hard rules in plain Java; the two are tested against each other.
 */
public class RosterConstraints implements ConstraintProvider {

    private static final WorkingTimeRules RULES = WorkingTimeRules.DEFAULT;

    private static final Function<ShiftSlot, Employee> EMPLOYEE = ShiftSlot::getEmployee;
    private static final Function<ShiftSlot, Integer> DAY = ShiftSlot::dayIndex;
    private static final Function<ShiftSlot, Integer> NEXT_DAY = slot -> slot.dayIndex() + 1;
    private static final Function<ShiftSlot, Integer> DAY_AFTER_NEXT = slot -> slot.dayIndex() + 2;

    // Soft weights: one point is about ten minutes of contracted-hours deviation.
    static final int DAY_OFF_WISH = 100;
    static final int SHIFT_WISH = 60;
    static final int AVOID_WISH = 60;
    static final int OUTSIDE_OWN_LAYER = 40;
    static final int FAIR_SPREAD = 5;
    static final int LAYER_CHANGE = 10;
    static final int ISOLATED_WORKING_DAY = 10;
    static final int ISOLATED_DAY_OFF = 5;
    static final int MINUTES_PER_POINT = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                requiredSkill(factory),
                noOverlappingShifts(factory),
                minimumRest(factory),
                weeklyRest(factory),
                maxConsecutiveWorkingDays(factory),
                weekendFrequency(factory),
                noShiftWhenAbsent(factory),
                lifePhaseLimit(factory),
                traineeEveningShare(factory),
                openShift(factory),
                dayOffWish(factory),
                shiftWish(factory),
                avoidWish(factory),
                contractedHours(factory),
                ownLayer(factory),
                fairWeekendSpread(factory),
                fairEveningSpread(factory),
                fairRefusedWishSpread(factory),
                sameLayerInARow(factory),
                isolatedWorkingDay(factory),
                isolatedDayOff(factory)
        };
    }

    // ---- hard ----

    public Constraint requiredSkill(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> !slot.getEmployee().has(slot.requiredSkill()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Required skill");
    }

    public Constraint noOverlappingShifts(ConstraintFactory factory) {
        return shiftsStartingDaysApart(factory, 1)
                .filter((a, b) -> a.shift().overlaps(b.shift()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("No overlapping shifts");
    }

    /** Pairs that do not overlap but leave less than the daily rest between them (overlaps count above). */
    public Constraint minimumRest(ConstraintFactory factory) {
        return shiftsStartingDaysApart(factory, 2)
                .filter((a, b) -> !a.shift().overlaps(b.shift()) && restBetween(a, b) < RULES.minRestMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Minimum rest between shifts");
    }

    private static int restBetween(ShiftSlot a, ShiftSlot b) {
        return a.startMinute() <= b.startMinute() ? b.startMinute() - a.endMinute() : a.startMinute() - b.endMinute();
    }

    /**
     * Each pair of one person's shifts that start on the same day or up to {@code maxDays} days apart, once.
     * A shift lasts at most 24 h and the daily rest is shorter than a day, so every overlap lies within one
     * day and every short rest within two; keying on days is much cheaper than an interval join.
     */
    private static BiConstraintStream<ShiftSlot, ShiftSlot> shiftsStartingDaysApart(ConstraintFactory factory, int maxDays) {
        var pairs = factory.forEachUniquePair(ShiftSlot.class, equal(EMPLOYEE), equal(DAY))
                .concat(factory.forEach(ShiftSlot.class).join(ShiftSlot.class, equal(EMPLOYEE), equal(NEXT_DAY, DAY)));
        if (maxDays >= 2) {
            pairs = pairs.concat(factory.forEach(ShiftSlot.class).join(ShiftSlot.class, equal(EMPLOYEE), equal(DAY_AFTER_NEXT, DAY)));
        }
        return pairs;
    }

    /** In every 7-day block of the roster each person has one free stretch of at least 35 h. */
    public Constraint weeklyRest(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .join(RosterWeek.class, overlapping(ShiftSlot::startMinute, ShiftSlot::endMinute,
                        RosterWeek::startMinute, RosterWeek::endMinute))
                .groupBy((slot, week) -> slot.getEmployee(), (slot, week) -> week, toList((slot, week) -> slot))
                .filter((employee, week, slots) -> longestFreeStretch(week, slots) < RULES.weeklyRestMinutes())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Weekly rest");
    }

    /** The longest stretch inside the week not covered by any of the slots' shifts. */
    private static int longestFreeStretch(RosterWeek week, List<ShiftSlot> slots) {
        List<ShiftSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparingInt(ShiftSlot::startMinute));
        int cursor = week.startMinute();
        int longest = 0;
        for (ShiftSlot slot : sorted) {
            longest = Math.max(longest, slot.startMinute() - cursor);
            cursor = Math.max(cursor, slot.endMinute());
        }
        return Math.max(longest, week.endMinute() - cursor);
    }

    /** Working days are the days shifts start on; a run longer than the limit costs one per extra day. */
    public Constraint maxConsecutiveWorkingDays(ConstraintFactory factory) {
        return workingDayRuns(factory)
                .filter((employee, run) -> runLength(run) > RULES.maxConsecutiveDays())
                .penalize(HardMediumSoftScore.ONE_HARD, (employee, run) -> runLength(run) - RULES.maxConsecutiveDays())
                .asConstraint("Consecutive working days");
    }

    /** At most one worked weekend in any {@code weekendEvery} consecutive weekends. */
    public Constraint weekendFrequency(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(ShiftSlot::isWeekend)
                .groupBy(ShiftSlot::getEmployee, toSortedSet(ShiftSlot::weekendIndex, Comparator.naturalOrder()))
                .filter((employee, weekends) -> weekendsTooClose(weekends, employee.weekendEvery()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (employee, weekends) -> weekendsTooClose(weekends, employee.weekendEvery()))
                .asConstraint("Weekend frequency");
    }

    /** Pairs of successive worked weekends closer than the agreed frequency. */
    private static int weekendsTooClose(SortedSet<Integer> weekends, int every) {
        int count = 0;
        Integer previous = null;
        for (Integer weekend : weekends) {
            if (previous != null && weekend - previous < every) {
                count++;
            }
            previous = weekend;
        }
        return count;
    }

    public Constraint noShiftWhenAbsent(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.getEmployee().isAbsentOn(slot.date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("No shift when absent");
    }

    public Constraint lifePhaseLimit(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> !slot.getEmployee().mayWork(slot.layer()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Life-phase limit");
    }

    /**
     * rules.md, "Trainees": at most a third of a trainee's shifts in the period in the evening or at night.
     * Penalised by 3·e − n (e evening and night shifts, n all shifts) when positive: each evening or night
     * shift adds 3 − 1 = 2, each day shift takes 1 away, so the sum is the excess in whole shifts times three.
     */
    public Constraint traineeEveningShare(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.getEmployee().isTrainee())
                .groupBy(ShiftSlot::getEmployee, sum(RosterConstraints::traineeShareWeight))
                .filter((trainee, excess) -> excess > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (trainee, excess) -> excess)
                .asConstraint("Trainee evening and night share");
    }

    /** A shift's part of 3·e − n. */
    private static int traineeShareWeight(ShiftSlot slot) {
        return slot.layer() == ShiftLayer.DAY ? -1 : 2;
    }

    // ---- medium ----

    public Constraint openShift(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftSlot.class)
                .filter(ShiftSlot::isOpen)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint("Open shift");
    }

    // ---- soft: wishes ----

    public Constraint dayOffWish(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .filter(wish -> wish.kind() == WishKind.OFF)
                .join(ShiftSlot.class, equal(Wish::employee, ShiftSlot::getEmployee), equal(Wish::date, ShiftSlot::date))
                .penalize(HardMediumSoftScore.ONE_SOFT, (wish, slot) -> DAY_OFF_WISH * wish.weight())
                .asConstraint("Day-off wish");
    }

    public Constraint shiftWish(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .filter(wish -> wish.kind() == WishKind.WANT)
                .ifNotExists(ShiftSlot.class, equal(Wish::employee, ShiftSlot::getEmployee), equal(Wish::date, ShiftSlot::date),
                        filtering((wish, slot) -> wish.concerns(slot.layer())))
                .penalize(HardMediumSoftScore.ONE_SOFT, wish -> SHIFT_WISH * wish.weight())
                .asConstraint("Shift wish");
    }

    public Constraint avoidWish(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .filter(wish -> wish.kind() == WishKind.AVOID)
                .join(ShiftSlot.class, equal(Wish::employee, ShiftSlot::getEmployee), equal(Wish::date, ShiftSlot::date),
                        filtering((wish, slot) -> wish.concerns(slot.layer())))
                .penalize(HardMediumSoftScore.ONE_SOFT, (wish, slot) -> AVOID_WISH * wish.weight())
                .asConstraint("Avoid wish");
    }

    // ---- soft: hours and layers ----

    /** Deviation from contracted hours over the period, either way, one point per ten minutes. */
    public Constraint contractedHours(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .groupBy(ShiftSlot::getEmployee, sum(ShiftSlot::minutes))
                .complement(Employee.class, employee -> 0L)
                .filter((employee, minutes) -> hoursDeviation(employee, minutes) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, RosterConstraints::hoursDeviation)
                .asConstraint("Contracted hours");
    }

    private static int hoursDeviation(Employee employee, long minutes) {
        return (int) (Math.abs(minutes - employee.targetMinutes()) / MINUTES_PER_POINT);
    }

    public Constraint ownLayer(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> !slot.getEmployee().ownsLayer(slot.layer()))
                .penalize(HardMediumSoftScore.ONE_SOFT, slot -> OUTSIDE_OWN_LAYER)
                .asConstraint("Own layer");
    }

    // ---- soft: fair spread (sum of squares is smallest when the load is even) ----

    public Constraint fairWeekendSpread(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(ShiftSlot::isWeekend)
                .groupBy(ShiftSlot::getEmployee, count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, shifts) -> FAIR_SPREAD * shifts * shifts)
                .asConstraint("Fair spread of weekends");
    }

    /** Evening shifts worked by people whose own layer is not the evening. */
    public Constraint fairEveningSpread(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .filter(slot -> slot.layer() == ShiftLayer.EVENING && slot.getEmployee().layer() != ShiftLayer.EVENING)
                .groupBy(ShiftSlot::getEmployee, count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, shifts) -> FAIR_SPREAD * shifts * shifts)
                .asConstraint("Fair spread of evenings");
    }

    /** Shifts someone wished off or wished to avoid, spread so no one carries all the refusals. */
    public Constraint fairRefusedWishSpread(ConstraintFactory factory) {
        return factory.forEach(Wish.class)
                .filter(Wish::isRefusal)
                .join(ShiftSlot.class, equal(Wish::employee, ShiftSlot::getEmployee), equal(Wish::date, ShiftSlot::date),
                        filtering((wish, slot) -> wish.concerns(slot.layer())))
                .groupBy((wish, slot) -> wish.employee(), countBi())
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, refused) -> FAIR_SPREAD * refused * refused)
                .asConstraint("Fair spread of refused wishes");
    }

    // ---- soft: continuity ----

    /** A person working on two days in a row in different layers (day then evening, night then day). */
    public Constraint sameLayerInARow(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class)
                .join(ShiftSlot.class, equal(EMPLOYEE), equal(NEXT_DAY, DAY))
                .filter((today, tomorrow) -> today.layer() != tomorrow.layer())
                .penalize(HardMediumSoftScore.ONE_SOFT, (today, tomorrow) -> LAYER_CHANGE)
                .asConstraint("Same layer in a row");
    }

    /** A single working day with days off on both sides. */
    public Constraint isolatedWorkingDay(ConstraintFactory factory) {
        return workingDayRuns(factory)
                .filter((employee, run) -> runLength(run) == 1)
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, run) -> ISOLATED_WORKING_DAY)
                .asConstraint("Isolated working day");
    }

    /** A single day off between two working days. */
    public Constraint isolatedDayOff(ConstraintFactory factory) {
        return workingDays(factory)
                .flattenLast(RosterConstraints::singleDayBreaks)
                .penalize(HardMediumSoftScore.ONE_SOFT, (employee, gap) -> ISOLATED_DAY_OFF)
                .asConstraint("Isolated day off");
    }

    // Shared functions, so constraints over the same pairs or runs share one node network.
    private static final ToIntFunction<ShiftSlot> DAY_INDEX = ShiftSlot::dayIndex;
    private static final Function<SequenceChain<ShiftSlot, Integer>, Iterable<Sequence<ShiftSlot, Integer>>> RUNS =
            SequenceChain::getConsecutiveSequences;

    private static BiConstraintStream<Employee, SequenceChain<ShiftSlot, Integer>> workingDays(ConstraintFactory factory) {
        return factory.forEach(ShiftSlot.class).groupBy(EMPLOYEE, toConsecutiveSequences(DAY_INDEX));
    }

    private static BiConstraintStream<Employee, Sequence<ShiftSlot, Integer>> workingDayRuns(ConstraintFactory factory) {
        return workingDays(factory).flattenLast(RUNS);
    }

    /** Days in a run, counted from its first and last shift (two shifts on one day count once). */
    private static int runLength(Sequence<ShiftSlot, Integer> run) {
        return run.getLastItem().dayIndex() - run.getFirstItem().dayIndex() + 1;
    }

    private static List<Integer> singleDayBreaks(SequenceChain<ShiftSlot, Integer> chain) {
        List<Integer> gaps = new ArrayList<>();
        for (var gap : chain.getBreaks()) {
            if (gap.getNextSequenceStart().dayIndex() - gap.getPreviousSequenceEnd().dayIndex() == 2) {
                gaps.add(gap.getNextSequenceStart().dayIndex() - 1);
            }
        }
        return gaps;
    }
}
