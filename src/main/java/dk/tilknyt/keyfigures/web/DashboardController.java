package dk.tilknyt.keyfigures.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.roster.RosterFigures;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/**
 * {@code /keyfigures}: every figure of a scope as tiles with last year's change, a three-year
 * sparkline, the definition and the national reference; filters, breadcrumbs and drill-down.
 * HR and leaders see their scope; works-council members see it with small cells suppressed. A "Vagtplan" panel
 * shows the roster figures of the scope and period when it has published rosters.
 */
@Controller
class DashboardController {

    private final AccessGuard guard;
    private final FilterReader filters;
    private final DashboardView view;
    private final PageFrame frame;
    private final RosterFigures rosterFigures;

    DashboardController(AccessGuard guard, FilterReader filters, DashboardView view, PageFrame frame,
            RosterFigures rosterFigures) {
        this.rosterFigures = rosterFigures;
        this.guard = guard;
        this.filters = filters;
        this.view = view;
        this.frame = frame;
    }

    @GetMapping("/keyfigures")
    String dashboard(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String jobFamily,
            @RequestParam(required = false) String ageBand, Locale locale, Model model) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        PageFilter filter = filters.read(unit, from, to, jobFamily, ageBand, locale);
        model.addAttribute("groups", view.groups(filter, scope.role() == Role.COUNCIL, locale));
        frame.add(model, scope, filter, locale);
        model.addAttribute("rosterPanel", rosterFigures.of(filter.unitId(), filter.period().from(), filter.period().to(),
                scope.role() == Role.COUNCIL).orElse(null));
        return "keyfigures/dashboard";
    }

}
