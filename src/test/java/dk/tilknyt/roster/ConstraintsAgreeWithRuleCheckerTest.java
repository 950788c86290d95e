package dk.tilknyt.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import dk.tilknyt.roster.solver.Wish;

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
        agreeOnRandomRosters(UnitRosterGenerator.generate(14, 4, 11));
    }

    @Test
    void hardPenaltyAndOpenSlotsAgreeWhenEveryThirdPersonIsATrainee() {
        agreeOnRandomRosters(withTrainees(UnitRosterGenerator.generate(14, 4, 11)));
    }

    private void agreeOnRandomRosters(Roster roster) {
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

    /** The same unit with every third person a trainee (and the agreed weekend frequency kept as given). */
    private static Roster withTrainees(Roster roster) {
        Map<Employee, Employee> changed = new HashMap<>();
        List<Employee> staff = roster.getEmployees();
        for (int i = 0; i < staff.size(); i++) {
            Employee e = staff.get(i);
            changed.put(e, new Employee(e.id(), e.weeklyMinutes(), e.layer(), e.weekendEvery(), e.skills(),
                    e.absenceDays(), e.excludedLayers(), i % 3 == 0, roster.getPeriod()));
        }
        List<Wish> wishes = roster.getWishes().stream()
                .map(w -> new Wish(changed.get(w.employee()), w.date(), w.kind(), w.layer(), w.priority())).toList();
        List<ShiftSlot> slots = roster.getSlots().stream()
                .map(slot -> new ShiftSlot(slot.getId(), slot.shift(), slot.requiredSkill())).toList();
        List<Employee> trainees = staff.stream().map(changed::get).toList();
        assertThat(trainees).filteredOn(Employee::isTrainee).isNotEmpty();
        return new Roster(roster.getPeriod(), trainees, wishes, slots);
    }
}
