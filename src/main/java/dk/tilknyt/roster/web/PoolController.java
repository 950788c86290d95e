package dk.tilknyt.roster.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.roster.planning.PoolMembership;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/**
 * {@code /rosters/pool}: the substitute pools (flyverkorps) HR and leaders manage: members with their home unit,
 * the units each pool covers, adding and removing members. A leader sees the pools whose unit lies in their scope.
 */
@Controller
class PoolController {

    private final AccessGuard guard;
    private final RosterScope scope;
    private final PoolMembership pools;
    private final RosterTexts texts;

    PoolController(AccessGuard guard, RosterScope scope, PoolMembership pools, RosterTexts texts) {
        this.guard = guard;
        this.scope = scope;
        this.pools = pools;
        this.texts = texts;
    }

    @GetMapping("/rosters/pool")
    String page(Model model) {
        List<PoolMembership.Pool> visible = pools.pools(inScope());
        Map<String, String> names = new HashMap<>();
        for (PoolMembership.Pool pool : visible) {
            names.put(pool.unitId(), scope.unitName(pool.unitId()));
            pool.coveredUnitIds().forEach(u -> names.put(u, scope.unitName(u)));
            pool.members().forEach(m -> names.put(m.homeUnitId(), scope.unitName(m.homeUnitId())));
        }
        model.addAttribute("pools", visible);
        model.addAttribute("names", names);
        model.addAttribute("units", scope.choices());
        return "roster/pool";
    }

    @PostMapping("/rosters/pool")
    String add(@RequestParam(required = false) String person, @RequestParam(required = false) String poolUnit,
            RedirectAttributes redirect, Locale locale) {
        pools.add(person, poolUnit, inScope());
        redirect.addFlashAttribute("notice", texts.msg("roster.pool.added", locale));
        return "redirect:/rosters/pool";
    }

    @PostMapping("/rosters/pool/{personId}/delete")
    String remove(@PathVariable String personId, RedirectAttributes redirect, Locale locale) {
        pools.remove(personId, inScope());
        redirect.addFlashAttribute("notice", texts.msg("roster.pool.removed", locale));
        return "redirect:/rosters/pool";
    }

    /** HR and leaders only; the scope's units as a predicate. */
    private Predicate<String> inScope() {
        AccessScope access = guard.requireRole(Role.HR, Role.LEADER);
        return access::includes;
    }
}
