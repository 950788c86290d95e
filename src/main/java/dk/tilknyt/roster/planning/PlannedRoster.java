package dk.tilknyt.roster.planning;

import java.util.List;
import java.util.Map;

import dk.tilknyt.roster.rules.RuleReport;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.CoverageStore.ExternalCover;
import dk.tilknyt.roster.store.RosterStore.Period;

/**
 * A stored period turned into the solver's model: the roster (slot ids are assignment ids, employee ids
 * person ids) and the rule checker's report on it. Slots covered by an external temp are not in the roster (they are
 * neither open nor anyone's work) but listed in {@code external}.
 */
public record PlannedRoster(Period period, Roster roster, Map<Long, ShiftSlot> slots, Map<String, Employee> employees,
                            RuleReport report, List<ExternalCover> external) {
}
