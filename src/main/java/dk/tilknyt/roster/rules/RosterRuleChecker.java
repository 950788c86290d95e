package dk.tilknyt.roster.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Wish;
import dk.tilknyt.roster.solver.WishKind;
import dk.tilknyt.roster.solver.WorkingTimeRules;

/**
 * Checks a finished roster, whoever made it (the solver, a planner's edit, an import), against the hard
 * rules, lists open slots, and says for each wish whether it was granted and, if not, which rule or need
 * stood in the way. Plain Java over the roster, independent of the constraint streams.
 */
public final class RosterRuleChecker {

    private final WorkingTimeRules rules;

    public RosterRuleChecker() {
        this(WorkingTimeRules.DEFAULT);
    }

    public RosterRuleChecker(WorkingTimeRules rules) {
        this.rules = rules;
    }

    public RuleReport check(Roster roster) {
        Schedules schedules = new Schedules(roster, new PersonRules(roster.getPeriod(), rules));
        List<RuleViolation> violations = new ArrayList<>();
        for (Employee person : roster.getEmployees()) {
            violations.addAll(schedules.rules.check(person, schedules.dutiesOf(person)));
        }
        List<ShiftSlot> open = roster.getSlots().stream().filter(ShiftSlot::isOpen).toList();
        List<WishOutcome> wishes = roster.getWishes().stream().map(wish -> outcome(wish, schedules)).toList();
        return new RuleReport(violations, open, wishes);
    }

    /** The hard rules a person would break by also taking the slot (the slot's current holder aside). */
    public List<RuleViolation> violationsIfAssigned(Roster roster, Employee person, ShiftSlot slot) {
        Schedules schedules = new Schedules(roster, new PersonRules(roster.getPeriod(), rules));
        List<ShiftSlot> duties = new ArrayList<>(schedules.dutiesOf(person));
        duties.remove(slot);
        return schedules.rules.newViolations(person, duties, slot);
    }

    private WishOutcome outcome(Wish wish, Schedules schedules) {
        List<ShiftSlot> thatDay = schedules.dutiesOf(wish.employee()).stream()
                .filter(duty -> duty.date().equals(wish.date()))
                .filter(duty -> wish.concerns(duty.layer()))
                .toList();
        if (wish.kind() == WishKind.WANT) {
            return thatDay.isEmpty()
                    ? new WishOutcome(wish, false, whyNoShift(wish, schedules))
                    : new WishOutcome(wish, true, null);
        }
        return thatDay.isEmpty()
                ? new WishOutcome(wish, true, null)
                : new WishOutcome(wish, false, whyNotOff(wish, thatDay.getFirst(), schedules));
    }

    /** A day off or an avoided shift refused: could any qualified colleague have taken the person's slot? */
    private WishObstacle whyNotOff(Wish wish, ShiftSlot slot, Schedules schedules) {
        int needed = (int) schedules.roster.getSlots().stream()
                .filter(other -> other.shift().equals(slot.shift()) && other.requiredSkill().equals(slot.requiredSkill()))
                .count();
        Map<HardRule, Integer> blocked = new EnumMap<>(HardRule.class);
        int available = 0;
        int availableWithHours = 0;
        for (Employee colleague : schedules.roster.getEmployees()) {
            if (colleague == wish.employee() || !colleague.has(slot.requiredSkill())) {
                continue;
            }
            List<RuleViolation> broken = schedules.newViolations(colleague, slot);
            if (broken.isEmpty()) {
                available++;
                if (schedules.minutesOf(colleague) + slot.minutes() <= colleague.targetMinutes()) {
                    availableWithHours++;
                }
            } else {
                blocked.merge(broken.getFirst().rule(), 1, Integer::sum);
            }
        }
        if (available == 0) {
            return new WishObstacle(WishObstacle.Kind.NEEDED_ON_SHIFT, slot.shift(), slot.requiredSkill(), needed, 0, blocked);
        }
        if (availableWithHours == 0) {
            return new WishObstacle(WishObstacle.Kind.HOURS_REACHED, slot.shift(), slot.requiredSkill(), needed, available, blocked);
        }
        return new WishObstacle(WishObstacle.Kind.TRADE_OFF, slot.shift(), slot.requiredSkill(), needed, available, blocked);
    }

    /** A wished shift not given: absent, no such demand, every such shift breaks a rule, or a trade-off. */
    private WishObstacle whyNoShift(Wish wish, Schedules schedules) {
        Employee person = wish.employee();
        if (person.isAbsentOn(wish.date())) {
            return WishObstacle.of(WishObstacle.Kind.ABSENT);
        }
        List<ShiftSlot> candidates = schedules.roster.getSlots().stream()
                .filter(slot -> slot.date().equals(wish.date()) && wish.concerns(slot.layer()))
                .filter(slot -> person.has(slot.requiredSkill()))
                .toList();
        if (candidates.isEmpty()) {
            return WishObstacle.of(WishObstacle.Kind.NO_SUCH_SHIFT);
        }
        Map<HardRule, Integer> blocked = new EnumMap<>(HardRule.class);
        int available = 0;
        for (ShiftSlot slot : candidates) {
            List<RuleViolation> broken = schedules.newViolations(person, slot);
            if (broken.isEmpty()) {
                available++;
            } else {
                blocked.merge(broken.getFirst().rule(), 1, Integer::sum);
            }
        }
        ShiftSlot first = candidates.getFirst();
        if (available == 0) {
            return new WishObstacle(WishObstacle.Kind.RULE, first.shift(), first.requiredSkill(), candidates.size(), 0, blocked);
        }
        if (schedules.minutesOf(person) + first.minutes() > person.targetMinutes()) {
            return new WishObstacle(WishObstacle.Kind.HOURS_REACHED, first.shift(), first.requiredSkill(),
                    candidates.size(), available, blocked);
        }
        return new WishObstacle(WishObstacle.Kind.TRADE_OFF, first.shift(), first.requiredSkill(),
                candidates.size(), available, blocked);
    }

    /** Each person's duties, computed once per check. */
    private static final class Schedules {

        private final Roster roster;
        private final PersonRules rules;
        private final Map<Employee, List<ShiftSlot>> duties = new HashMap<>();

        Schedules(Roster roster, PersonRules rules) {
            this.roster = roster;
            this.rules = rules;
            for (ShiftSlot slot : roster.getSlots()) {
                if (!slot.isOpen()) {
                    duties.computeIfAbsent(slot.getEmployee(), e -> new ArrayList<>()).add(slot);
                }
            }
        }

        List<ShiftSlot> dutiesOf(Employee person) {
            return duties.getOrDefault(person, Collections.emptyList());
        }

        int minutesOf(Employee person) {
            return dutiesOf(person).stream().mapToInt(ShiftSlot::minutes).sum();
        }

        List<RuleViolation> newViolations(Employee person, ShiftSlot slot) {
            List<ShiftSlot> current = new ArrayList<>(dutiesOf(person));
            current.remove(slot);
            return rules.newViolations(person, current, slot);
        }
    }
}
