package dk.tilknyt.org.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgTree;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.org.UnitHeadcounts;
import dk.tilknyt.org.web.SmallCounts.Count;
import dk.tilknyt.org.web.SmallCounts.Suppressed;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/**
 * The organisation browser: from the top of the caller's scope (HR: the municipality) down through
 * areas and units, with today's headcount of every subtree. Units outside the scope do not exist (404).
 */
@Controller
class OrgController {

    private static final String TOTAL = "";

    private final AccessGuard guard;
    private final OrgDirectory org;
    private final UnitHeadcounts headcounts;
    private final Clock clock;

    OrgController(AccessGuard guard, OrgDirectory org, UnitHeadcounts headcounts, Clock clock) {
        this.guard = guard;
        this.org = org;
        this.headcounts = headcounts;
        this.clock = clock;
    }

    /** A child unit with its headcount (or "–"). */
    record ChildRow(OrgUnit unit, Count headcount) {
    }

    @GetMapping("/org")
    String top() {
        guard.requireRole(Role.HR, Role.LEADER, Role.PLANNER, Role.COUNCIL);
        List<OrgUnit> roots = org.tree().roots();
        String home = guard.homeUnit(roots.isEmpty() ? null : roots.getFirst().id());
        if (home == null) {
            return "org/empty";
        }
        guard.requireUnit(home);
        return "redirect:/org/" + UriUtils.encodePathSegment(home, java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/org/{unitId}")
    String unit(@PathVariable String unitId, Model model) {
        guard.requireRole(Role.HR, Role.LEADER, Role.PLANNER, Role.COUNCIL);
        AccessScope scope = guard.requireUnit(unitId);
        OrgTree tree = org.tree();
        OrgUnit unit = tree.find(unitId).orElseThrow();
        List<OrgUnit> children = tree.children(unitId);

        Map<String, Set<String>> groups = new LinkedHashMap<>();
        groups.put(TOTAL, tree.subtree(unitId));
        children.forEach(child -> groups.put(child.id(), tree.subtree(child.id())));
        Map<String, Integer> counts = new LinkedHashMap<>(headcounts.headcounts(groups, LocalDate.now(clock)));
        int total = counts.remove(TOTAL);
        Suppressed shown = scope.role() == Role.COUNCIL
                ? SmallCounts.suppress(total, counts) : SmallCounts.none(total, counts);

        model.addAttribute("unit", unit);
        model.addAttribute("path", tree.path(unitId).stream().filter(u -> scope.includes(u.id())).toList());
        model.addAttribute("parent", unit.parentId() != null && scope.includes(unit.parentId())
                ? tree.find(unit.parentId()).orElse(null) : null);
        model.addAttribute("headcount", shown.total());
        model.addAttribute("children", children.stream()
                .map(child -> new ChildRow(child, shown.parts().get(child.id())))
                .toList());
        model.addAttribute("seesPersons", scope.role().seesPersons());
        model.addAttribute("seesFigures", scope.role() != Role.PLANNER);
        model.addAttribute("today", LocalDate.now(clock));
        return "org/unit";
    }
}
