package dk.tilknyt.roster.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.roster.Coverage;
import dk.tilknyt.roster.RosterFigureSet;
import dk.tilknyt.roster.RosterFigures;
import dk.tilknyt.roster.planning.ExternalTemps;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.Spreadsheets;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Covering an open shift with an external temp (and undoing it) from the open-shifts page, and the roster figures
 * page: coverage by own staff, pool and external temps with estimated cost, wishes, weekends and own layer.
 */
@Controller
class CoverController {

    /** The longest range the figures page computes at once. */
    static final int MAX_DAYS = 400;
    /** Without a range: 12 weeks back and 12 ahead, published rosters lying mostly ahead. */
    static final int DEFAULT_WEEKS = 12;

    private final RosterScope scope;
    private final ExternalTemps externalTemps;
    private final RosterFigures figures;
    private final RosterPlanning planning;
    private final RosterTexts texts;

    CoverController(RosterScope scope, ExternalTemps externalTemps, RosterFigures figures, RosterPlanning planning,
            RosterTexts texts) {
        this.scope = scope;
        this.externalTemps = externalTemps;
        this.figures = figures;
        this.planning = planning;
        this.texts = texts;
    }

    @PostMapping("/rosters/{id}/open-shifts/{slotId}/external")
    String cover(@PathVariable long id, @PathVariable long slotId, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String hours, RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        externalTemps.cover(id, slotId, agency, hours);
        redirect.addFlashAttribute("notice", texts.msg("roster.cover.covered", locale));
        return "redirect:/rosters/" + id + "/open-shifts";
    }

    @PostMapping("/rosters/{id}/open-shifts/{slotId}/external/undo")
    String undo(@PathVariable long id, @PathVariable long slotId, RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        externalTemps.undo(id, slotId);
        redirect.addFlashAttribute("notice", texts.msg("roster.cover.undone", locale));
        return "redirect:/rosters/" + id + "/open-shifts";
    }

    /** What the figures page and its export show: the scope's figures for the range, as the caller may see them. */
    private record Query(String unit, LocalDate from, LocalDate to, AccessScope access, RosterFigureSet figures) {

        boolean aggregatesOnly() {
            return access.role() == Role.COUNCIL;
        }
    }

    private Query query(String unit, String from, String to) {
        AccessScope access = scope.figuresUnit(unit);
        String chosen = unit == null || unit.isBlank() ? scope.homeUnit() : unit.strip();
        LocalDate today = planning.today();
        LocalDate first = from == null || from.isBlank() ? today.minusWeeks(DEFAULT_WEEKS) : RostersController.date(from);
        LocalDate last = to == null || to.isBlank() ? today.plusWeeks(DEFAULT_WEEKS) : RostersController.date(to);
        if (first.isAfter(last)) {
            throw InvalidInputException.unprocessable("roster.figures.error.fromAfterTo", "The first day is after the last");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw InvalidInputException.unprocessable("roster.figures.error.range", "Choose at most 400 days");
        }
        boolean aggregatesOnly = access.role() == Role.COUNCIL;
        return new Query(chosen, first, last, access, figures.of(chosen, first, last, aggregatesOnly).orElse(null));
    }

    @GetMapping("/rosters/figures")
    String figures(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        Query q = query(unit, from, to);
        RosterFigureSet set = q.figures();
        model.addAttribute("unit", q.unit());
        model.addAttribute("unitName", scope.unitName(q.unit()));
        model.addAttribute("units", scope.choices());
        model.addAttribute("from", q.from());
        model.addAttribute("to", q.to());
        model.addAttribute("aggregatesOnly", q.aggregatesOnly());
        model.addAttribute("mayPlan", !q.aggregatesOnly());
        model.addAttribute("figures", set);
        if (set != null) {
            model.addAttribute("view", FiguresView.of(set, locale, key -> texts.msg(key, locale)));
        }
        return "roster/figures";
    }

    /** The figures page's tables as XLSX, with the same scope and the same small-cell rule. */
    @GetMapping("/rosters/figures.xlsx")
    void figuresXlsx(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response, Locale locale) throws IOException {
        Query q = query(unit, from, to);
        response.setContentType(Spreadsheets.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\""
                + Spreadsheets.safeFileName("vagtplantal-" + q.unit() + "-" + q.from() + "-" + q.to() + ".xlsx") + "\"");
        RosterFiguresSheet.write(response.getOutputStream(), q.figures(), scope.unitName(q.unit()), q.from(), q.to(),
                key -> texts.msg(key, locale));
    }

    /** The figures as text in the reader's locale; null texts are hidden cells. */
    record FiguresView(String wishes, String weekendsAverage, String weekendsMax, String ownLayer, List<Line> lines,
                       String totalCost, String totalPer100, String chartLabels, String chartValues) {

        record Line(Coverage category, int shifts, String persons, String cost, String per100, boolean hidden) {
        }

        static FiguresView of(RosterFigureSet f, Locale locale, java.util.function.UnaryOperator<String> msg) {
            List<Line> lines = new ArrayList<>();
            for (RosterFigureSet.CoverageLine l : f.coverage()) {
                boolean personBased = l.category() == Coverage.OWN || l.category() == Coverage.POOL;
                lines.add(new Line(l.category(), l.shifts(), personBased && !l.hidden() ? String.valueOf(l.persons()) : "",
                        l.hidden() ? null : number(l.cost(), 0, locale), number(l.costPer100Shifts(), 0, locale), l.hidden()));
            }
            return new FiguresView(number(f.wishFulfilment().percent(), 1, locale),
                    f.weekends().hidden() ? null : number(f.weekends().averagePer4Weeks(), 1, locale),
                    f.weekends().hidden() ? null : number(f.weekends().maxPer4Weeks(), 1, locale),
                    number(f.ownLayer().percent(), 1, locale), lines, number(f.totalCost(), 0, locale),
                    number(f.costPer100Shifts(), 0, locale),
                    String.join("|", f.coverage().stream().map(l -> msg.apply("roster.cover.category." + l.category().code())).toList()),
                    String.join(",", f.coverage().stream().map(l -> l.hidden() ? "" : String.valueOf(l.shifts())).toList()));
        }

        static String number(Double value, int decimals, Locale locale) {
            if (value == null) {
                return null;
            }
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return format.format(value);
        }
    }
}
