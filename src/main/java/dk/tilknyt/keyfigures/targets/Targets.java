package dk.tilknyt.keyfigures.targets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.keyfigures.trend.RollingSeries;
import dk.tilknyt.keyfigures.targets.TargetStore.NewTarget;
import dk.tilknyt.shared.DateRange;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Setting targets and following them: each target's baseline, current value (the last 12 whole
 * months), trend over the last three rolling values and on-track status. Access checks are the caller's.
 */
@Service
public class Targets {

    /** The Aabenraa strategy: 90 % filled without re-posting, turnover −10 %, presence +10 %. */
    static final List<StrategyGoal> STRATEGY = List.of(
            new StrategyGoal(FigureCode.FILL_RATE_FIRST_POSTING, Target.Kind.ABSOLUTE, Target.Direction.AT_LEAST, new BigDecimal("90")),
            new StrategyGoal(FigureCode.TURNOVER_RATE, Target.Kind.RELATIVE, Target.Direction.AT_MOST, new BigDecimal("-10")),
            new StrategyGoal(FigureCode.PRESENT_HOURS_PER_EMPLOYEE, Target.Kind.RELATIVE, Target.Direction.AT_LEAST, new BigDecimal("10")));

    private final TargetStore store;
    private final KeyFigures keyFigures;
    private final RollingSeries series;
    private final Clock clock;

    Targets(TargetStore store, KeyFigures keyFigures, RollingSeries series, Clock clock) {
        this.store = store;
        this.keyFigures = keyFigures;
        this.series = series;
        this.clock = clock;
    }

    record StrategyGoal(FigureCode figure, Target.Kind kind, Target.Direction direction, BigDecimal amount) {
    }

    /** A target with how it is doing. */
    public record FollowedTarget(Target target, TargetProgress progress, List<BigDecimal> lastThree) {
    }

    @Transactional
    public long set(NewTarget target, String username) {
        check(target);
        return store.insert(target, username);
    }

    /** Adds the strategy goals the scope does not have yet; returns how many were added. */
    @Transactional
    public int addStrategyGoals(String unitId, int baselineYear, LocalDate deadline, String username) {
        Set<FigureCode> present = store.forUnit(unitId).stream().filter(Target::strategy).map(Target::figure)
                .collect(java.util.stream.Collectors.toSet());
        int added = 0;
        for (StrategyGoal goal : STRATEGY) {
            if (!present.contains(goal.figure())) {
                Integer year = goal.kind() == Target.Kind.RELATIVE ? baselineYear : null;
                set(new NewTarget(unitId, goal.figure(), goal.kind(), goal.direction(), goal.amount(), year, deadline, true),
                        username);
                added++;
            }
        }
        return added;
    }

    public List<FollowedTarget> follow(String unitId) {
        return store.forUnit(unitId).stream().map(this::follow).toList();
    }

    public FollowedTarget follow(Target target) {
        LocalDate lastMonthEnd = series.lastMonthEnd();
        List<BigDecimal> lastThree = series.series(target.unitId(), null, null, lastMonthEnd, 3).stream()
                .map(p -> value(p.figure(target.figure()))).toList();
        BigDecimal baseline = target.baselineYear() == null ? null : baseline(target);
        LocalDate start = target.baselineYear() == null ? target.createdOn()
                : LocalDate.of(target.baselineYear(), 12, 31);
        TargetProgress progress = TargetProgress.evaluate(target, baseline, lastThree.getLast(), lastThree, start,
                LocalDate.now(clock));
        return new FollowedTarget(target, progress, lastThree);
    }

    public Target find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Target", Long.toString(id)));
    }

    @Transactional
    public void delete(long id) {
        if (!store.delete(id)) {
            throw new NotFoundException("Target", Long.toString(id));
        }
    }

    private BigDecimal baseline(Target target) {
        int year = target.baselineYear();
        DateRange calendarYear = DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return value(keyFigures.compute(new FigureQuery(target.unitId(), calendarYear, null, null, Set.of(target.figure())))
                .get(target.figure()));
    }

    private static BigDecimal value(FigureValue figure) {
        return figure == null ? null : figure.value();
    }

    private void check(NewTarget target) {
        if (target.figure() == null || target.kind() == null || target.direction() == null) {
            throw InvalidInputException.unprocessable("keyfigures.goals.error.incomplete", "Choose a figure, a kind and a direction.");
        }
        if (target.amount() == null) {
            throw InvalidInputException.unprocessable("keyfigures.goals.error.amount", "Give the target value.");
        }
        if (target.kind() == Target.Kind.RELATIVE) {
            int thisYear = LocalDate.now(clock).getYear();
            if (target.baselineYear() == null || target.baselineYear() < 1900 || target.baselineYear() >= thisYear) {
                throw InvalidInputException.unprocessable("keyfigures.goals.error.baselineYear",
                        "A relative target needs a baseline year before this year.");
            }
            if (target.amount().signum() == 0 || target.amount().compareTo(new BigDecimal("-100")) < 0) {
                throw InvalidInputException.unprocessable("keyfigures.goals.error.change",
                        "The change must be a percentage other than 0, and not below -100.");
            }
        }
        if (target.deadline() == null || !target.deadline().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.unprocessable("keyfigures.goals.error.deadline", "The deadline must be in the future.");
        }
    }
}
