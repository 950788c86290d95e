package dk.tilknyt.recruitment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgTree;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/** Who may use the recruitment pages (HR and leaders) and which units they may choose. */
@Component
class RecruitmentScope {

    private final AccessGuard guard;
    private final OrgDirectory org;

    RecruitmentScope(AccessGuard guard, OrgDirectory org) {
        this.guard = guard;
        this.org = org;
    }

    /** A unit to pick in a select, indented by its depth below the top of the caller's scope. */
    public record UnitChoice(String id, String name, int depth) {

        public String label() {
            return "\u00a0\u00a0".repeat(depth) + name;
        }
    }

    /** HR and leaders only; everyone else gets 403. */
    AccessScope require() {
        return guard.requireRole(Role.HR, Role.LEADER);
    }

    /**
     * The unit asked for (404 outside the scope), or when none is asked for the caller's own unit (HR: the
     * municipality). Empty only when there is no org tree yet.
     */
    Optional<String> unitOrHome(String unitId) {
        require();
        String wanted = Inputs.blank(unitId) ? home() : unitId.strip();
        if (wanted == null) {
            return Optional.empty();
        }
        guard.requireUnit(wanted);
        return Optional.of(wanted);
    }

    Set<String> subtree(String unitId) {
        return org.subtree(unitId);
    }

    /** The units of the caller's scope, each below its parent. */
    List<UnitChoice> choices() {
        AccessScope scope = require();
        OrgTree tree = org.tree();
        List<UnitChoice> choices = new ArrayList<>();
        List<OrgUnit> tops = scope.wholeMunicipality() ? tree.roots()
                : tree.find(scope.principal().scopeUnitId()).map(List::of).orElse(List.of());
        tops.forEach(top -> add(tree, top, 0, choices));
        return choices;
    }

    private void add(OrgTree tree, OrgUnit unit, int depth, List<UnitChoice> choices) {
        choices.add(new UnitChoice(unit.id(), unit.name(), depth));
        tree.children(unit.id()).forEach(child -> add(tree, child, depth + 1, choices));
    }

    private String home() {
        List<OrgUnit> roots = org.tree().roots();
        return guard.homeUnit(roots.isEmpty() ? null : roots.getFirst().id());
    }
}
