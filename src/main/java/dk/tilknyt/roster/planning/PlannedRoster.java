package dk.tilknyt.roster.planning;

import java.util.Map;

import dk.tilknyt.roster.rules.RuleReport;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.RosterStore.Period;

/**
 * A stored period turned into the solver's model: the roster (slot ids are assignment ids, employee ids
 * person ids) and the rule checker's report on it.
 */
public record PlannedRoster(Period period, Roster roster, Map<Long, ShiftSlot> slots, Map<String, Employee> employees,
                            RuleReport report) {
}
