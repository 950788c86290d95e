package dk.tilknyt.roster.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.NotFoundException;

/** Who may plan rosters (HR, leaders, planners) and for which units; a period outside the scope is not found. */
@Component
class RosterScope {

    record UnitChoice(String id, String name) {
    }

    private final AccessGuard guard;
    private final OrgDirectory org;
    private final RosterPlanning planning;

    RosterScope(AccessGuard guard, OrgDirectory org, RosterPlanning planning) {
        this.guard = guard;
        this.org = org;
        this.planning = planning;
    }

    AccessScope requirePlanner() {
        return guard.requireRole(Role.HR, Role.LEADER, Role.PLANNER);
    }

    /** The chosen unit, or the caller's home unit, checked against the scope. */
    String unit(String unitId) {
        requirePlanner();
        String wanted = unitId == null || unitId.isBlank() ? home() : unitId.strip();
        if (wanted == null) {
            throw new NotFoundException("Unit", null);
        }
        guard.requireUnit(wanted);
        return wanted;
    }

    /**
     * A unit whose roster figures the caller may see: planners, leaders and HR, and works-council members, who
     * see aggregates only (the returned scope's role tells).
     */
    AccessScope figuresUnit(String unitId) {
        guard.requireRole(Role.HR, Role.LEADER, Role.PLANNER, Role.COUNCIL);
        String wanted = unitId == null || unitId.isBlank() ? home() : unitId.strip();
        if (wanted == null) {
            throw new NotFoundException("Unit", null);
        }
        return guard.requireUnit(wanted);
    }

    String homeUnit() {
        return home();
    }

    Period period(long periodId) {
        requirePlanner();
        Period period = planning.require(periodId);
        guard.requireUnit(period.unitId());
        return period;
    }

    List<UnitChoice> choices() {
        String home = home();
        if (home == null) {
            return List.of();
        }
        return org.subtree(home).stream().map(id -> new UnitChoice(id, org.nameOf(id)))
                .sorted(Comparator.comparing(UnitChoice::name)).toList();
    }

    /** The unit and every unit below it, for listing their periods together. */
    java.util.Set<String> subtree(String unitId) {
        return org.subtree(unitId);
    }

    String unitName(String unitId) {
        return org.nameOf(unitId);
    }

    private String home() {
        List<OrgUnit> roots = org.tree().roots();
        return guard.homeUnit(roots.isEmpty() ? null : roots.getFirst().id());
    }
}
