package dk.tilknyt.keyfigures.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import dk.tilknyt.keyfigures.AgeBand;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/** What every key-figure page shows around its content: the filter form, breadcrumbs, child units, links. */
@Component
class PageFrame {

    private final OrgDirectory org;

    PageFrame(OrgDirectory org) {
        this.org = org;
    }

    record Crumb(String name, String link) {
    }

    record Option(String code, String name) {
    }

    void add(Model model, AccessScope scope, PageFilter filter, Locale locale) {
        model.addAttribute("filter", filter);
        model.addAttribute("aggregatesOnly", scope.role() == Role.COUNCIL);
        model.addAttribute("mayEdit", scope.role() == Role.HR || scope.role() == Role.LEADER);
        model.addAttribute("unitName", org.tree().name(filter.unitId()));
        model.addAttribute("breadcrumbs", org.tree().path(filter.unitId()).stream()
                .filter(u -> scope.includes(u.id()))
                .map(u -> new Crumb(u.name(), filter.forUnit(u.id()).link("/keyfigures"))).toList());
        model.addAttribute("children", children(filter));
        model.addAttribute("jobFamilies", org.jobFamilies().stream().map(f -> new Option(f.code(), f.name(locale))).toList());
        model.addAttribute("ageBands", Arrays.stream(AgeBand.values()).map(AgeBand::code).toList());
        model.addAttribute("dashboardLink", filter.link("/keyfigures"));
        model.addAttribute("compareLink", filter.link("/keyfigures/compare"));
        model.addAttribute("exportLink", filter.link("/keyfigures/export.xlsx"));
    }

    private List<Crumb> children(PageFilter filter) {
        return org.tree().children(filter.unitId()).stream()
                .map(u -> new Crumb(u.name(), filter.forUnit(u.id()).link("/keyfigures"))).toList();
    }
}
