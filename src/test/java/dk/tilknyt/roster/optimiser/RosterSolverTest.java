package dk.tilknyt.roster.optimiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.junit.jupiter.api.Test;

import dk.tilknyt.roster.generator.UnitRosterGenerator;
import dk.tilknyt.roster.rules.RosterRuleChecker;
import dk.tilknyt.roster.rules.RuleReport;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;

/** The solver's output, validated by the rule checker rather than by its own score. */
class RosterSolverTest {

    @Test
    void aSolvedSmallUnitBreaksNoHardRuleAndLeavesNoShiftOpen() {
        Roster problem = UnitRosterGenerator.generate(12, 2, 7);
        SolverFactory<Roster> factory = SolverFactory.create(RosterSolverSettings.solverConfig(Duration.ofSeconds(10))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(10))
                        .withUnimprovedSpentLimit(Duration.ofSeconds(2))));

        Roster solved = factory.buildSolver().solve(problem);
        RuleReport report = new RosterRuleChecker().check(solved);

        assertThat(report.violations()).isEmpty();
        assertThat(report.openSlots()).isEmpty();
        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isZero();
        assertThat(report.wishes()).isNotEmpty();
    }

    @Test
    void localSearchClosesTheShiftsTheConstructionLeftOpen() {
        Roster problem = UnitRosterGenerator.generate(20, 4, 1);
        Roster constructed = UnitRosterGenerator.generate(20, 4, 1);
        new OwnLayerFirst(constructed).plan().forEach(ShiftSlot::assign);
        assertThat(constructed.openSlotCount()).as("this unit's weekend nights are too tight for the construction").isPositive();

        // A move budget rather than a time limit, so a loaded machine cannot change the outcome.
        SolverFactory<Roster> factory = SolverFactory.create(RosterSolverSettings.solverConfig(Duration.ofSeconds(60))
                .withTerminationConfig(new TerminationConfig()
                        .withMoveCountLimit(60_000L)
                        .withSpentLimit(Duration.ofSeconds(60))));
        RuleReport report = new RosterRuleChecker().check(factory.buildSolver().solve(problem));

        assertThat(report.violations()).isEmpty();
        assertThat(report.openSlots()).isEmpty();
    }

    @Test
    void ownLayerConstructionAloneKeepsEveryHardRuleOnASixtyPersonUnit() {
        Roster problem = UnitRosterGenerator.generate(60, 6, 1);
        Map<ShiftSlot, Employee> plan = new OwnLayerFirst(problem).plan();
        plan.forEach(ShiftSlot::assign);

        RuleReport report = new RosterRuleChecker().check(problem);
        assertThat(report.violations()).isEmpty();
        assertThat(report.openSlots()).isEmpty();
        long outsideOwnLayer = problem.getSlots().stream().filter(s -> !s.getEmployee().ownsLayer(s.layer())).count();
        assertThat(outsideOwnLayer).isLessThan(problem.getSlots().size() / 20);
    }

    @Test
    void ownLayerConstructionKeepsPinnedAssignments() {
        Roster problem = UnitRosterGenerator.generate(12, 2, 3);
        ShiftSlot first = problem.getSlots().getFirst();
        Employee chosen = problem.getEmployees().stream().filter(e -> e.has(first.requiredSkill())).toList().getLast();
        first.assign(chosen);
        first.pin();

        Map<ShiftSlot, Employee> plan = new OwnLayerFirst(problem).plan();
        assertThat(plan).doesNotContainKey(first);
        assertThat(first.getEmployee()).isSameAs(chosen);
    }
}
