package dk.tilknyt.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgTree;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.org.UnitHeadcounts;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.security.TilknytPrincipal;
import dk.tilknyt.security.UserAdministration;

/** Login and the home page, which differs by role: what each role came to do, one click away. */
@Controller
class ShellController {

    /** Below this a works-council member sees "–" instead of a headcount (key-figures.md, privacy). */
    static final int MIN_SHOWN_TO_COUNCIL = 5;

    private final AccessGuard guard;
    private final OrgDirectory org;
    private final UnitHeadcounts headcounts;
    private final UserAdministration users;
    private final Clock clock;
    private final boolean municipalLogin;

    ShellController(AccessGuard guard, OrgDirectory org, UnitHeadcounts headcounts, UserAdministration users,
                    Clock clock, @Value("${tilknyt.oidc.issuer-uri:}") String issuer,
                    @Value("${tilknyt.oidc.client-id:}") String clientId) {
        this.guard = guard;
        this.org = org;
        this.headcounts = headcounts;
        this.users = users;
        this.clock = clock;
        this.municipalLogin = !issuer.isBlank() && !clientId.isBlank();
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("municipalLogin", municipalLogin);
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        TilknytPrincipal principal = guard.principal();
        model.addAttribute("principal", principal);
        OrgTree tree = org.tree();
        LocalDate today = LocalDate.now(clock);
        if (principal.role() == Role.HR) {
            List<OrgUnit> roots = tree.roots();
            model.addAttribute("unitCount", tree.size());
            model.addAttribute("userCount", users.count());
            model.addAttribute("headcount", roots.isEmpty() ? 0
                    : headcounts.headcounts(Map.of("all", java.util.Set.copyOf(
                            tree.units().stream().map(OrgUnit::id).toList())), today).get("all"));
        } else if (principal.role().needsScopeUnit() && principal.scopeUnitId() != null) {
            tree.find(principal.scopeUnitId()).ifPresent(unit -> {
                int count = headcounts.headcounts(Map.of(unit.id(), tree.subtree(unit.id())), today).get(unit.id());
                model.addAttribute("scopeUnit", unit);
                model.addAttribute("headcount",
                        principal.role() == Role.COUNCIL && count < MIN_SHOWN_TO_COUNCIL ? null : count);
            });
        }
        model.addAttribute("today", today);
        return "home";
    }
}
