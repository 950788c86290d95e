package dk.tilknyt.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import org.junit.jupiter.api.Test;

import dk.tilknyt.roster.generator.UnitRosterGenerator;
import dk.tilknyt.roster.optimiser.RosterSolverSettings;
import dk.tilknyt.roster.rules.RosterRuleChecker;
import dk.tilknyt.roster.rules.RuleReport;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;

/**
 * The constraint streams and the rule checker are two independent implementations of the hard rules; on
 * random rosters of a generated unit they must find exactly the same hard penalty and open slots.
 */
class ConstraintsAgreeWithRuleCheckerTest {

    private final SolutionManager<Roster, HardMediumSoftScore> scores =
            SolutionManager.create(SolverFactory.<Roster>create(RosterSolverSettings.solverConfig(Duration.ofSeconds(1))));
    private final RosterRuleChecker checker = new RosterRuleChecker();

    @Test
    void hardPenaltyAndOpenSlotsAgreeOnRandomRosters() {
        Roster roster = UnitRosterGenerator.generate(14, 4, 11);
        List<Employee> staff = roster.getEmployees();
        Random random = new Random(42);
        int feasibleSeen = 0;
        for (int round = 0; round < 300; round++) {
            // from nearly empty rosters (few clashes) to full random ones (many)
            double fill = (round % 10) / 10.0 + 0.05;
            double concentration = round % 3 == 0 ? 0.2 : 1.0;
            for (ShiftSlot slot : roster.getSlots()) {
                if (random.nextDouble() < fill) {
                    int pool = Math.max(1, (int) (staff.size() * concentration));
                    slot.assign(staff.get(random.nextInt(pool)));
                } else {
                    slot.open();
                }
            }
            HardMediumSoftScore score = scores.update(roster);
            RuleReport report = checker.check(roster);
            assertThat(-score.hardScore()).as("hard penalty, round %d", round).isEqualTo(report.hardPenalty());
            assertThat(-score.mediumScore()).as("open slots, round %d", round).isEqualTo(report.openSlots().size());
            if (report.violations().isEmpty()) {
                feasibleSeen++;
            }
        }
        assertThat(feasibleSeen).as("some rounds keep every hard rule").isPositive();
    }
}
