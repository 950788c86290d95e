package dk.tilknyt.keyfigures.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.compare.Comparison;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/**
 * {@code /keyfigures/compare}: the child units of a scope side by side with every figure (the Randers
 * comparison), small cells suppressed for everyone, sortable, with a bar chart of one figure.
 */
@Controller
class ComparisonController {

    private final AccessGuard guard;
    private final FilterReader filters;
    private final ComparisonView view;
    private final PageFrame frame;

    ComparisonController(AccessGuard guard, FilterReader filters, ComparisonView view, PageFrame frame) {
        this.guard = guard;
        this.filters = filters;
        this.view = view;
        this.frame = frame;
    }

    @GetMapping("/keyfigures/compare")
    String compare(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String jobFamily,
            @RequestParam(required = false) String ageBand, @RequestParam(required = false) String figure,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            Locale locale, Model model) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        PageFilter filter = filters.read(unit, from, to, jobFamily, ageBand, locale);
        FigureCode charted = FigureCode.fromCode(figure).orElse(FigureCode.SICKNESS_ABSENCE_PCT);
        var sorting = new ComparisonView.Sorting(FigureCode.fromCode(sort).orElse(null), "desc".equals(dir));
        Comparison.Table table = view.table(filter);
        List<ComparisonView.Line> lines = view.lines(table, filter, sorting, locale);
        frame.add(model, scope, filter, locale);
        model.addAttribute("figures", Arrays.asList(FigureCode.values()));
        model.addAttribute("lines", lines);
        model.addAttribute("totals", view.totals(table, locale));
        model.addAttribute("sorting", sorting);
        model.addAttribute("charted", charted);
        model.addAttribute("sortLink", filter.link("/keyfigures/compare") + "&figure=" + charted.code());
        model.addAttribute("chartLabels", String.join("|", lines.stream().map(ComparisonView.Line::name).toList()));
        model.addAttribute("chartValues", String.join(",", lines.stream()
                .map(l -> Numbers.plain(table.parts().stream().filter(p -> p.unitId().equals(l.unitId())).findFirst()
                        .orElseThrow().figure(charted).value()))
                .toList()));
        model.addAttribute("exportLink", filter.link("/keyfigures/compare/export.xlsx"));
        return "keyfigures/compare";
    }
}
