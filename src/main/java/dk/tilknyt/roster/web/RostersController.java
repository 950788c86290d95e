package dk.tilknyt.roster.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.roster.planning.DemandExceptions;
import dk.tilknyt.roster.planning.ExternalTemps;
import dk.tilknyt.roster.planning.OpenShifts;
import dk.tilknyt.roster.planning.PlannedRoster;
import dk.tilknyt.roster.planning.RosterNotices;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.planning.RosterSolving;
import dk.tilknyt.roster.rules.WishOutcome;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.roster.store.RosterStore.ShiftDef;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.shared.InvalidInputException;

/** The planner's roster pages: periods of a unit, demand, wishes, solving, the grid, hand edits, publishing. */
@Controller
@RequestMapping("/rosters")
class RostersController {

    static final List<String> SHIFTS = List.of("day", "evening", "night");
    /** Skills a demand line can ask for: anyone (care), a job family or an extra competence such as medicine. */
    static final List<String> SKILLS = DemandExceptions.SKILLS;

    record WishLine(String personId, LocalDate date, String kind, String layer, int priority, boolean granted, String why) {
    }

    private final RosterScope scope;
    private final RosterPlanning planning;
    private final RosterSolving solving;
    private final RosterStore store;
    private final RosterTexts texts;
    private final AuditLog audit;
    private final OpenShifts openShifts;
    private final RosterNotices notices;
    private final ExternalTemps externalTemps;

    RostersController(RosterScope scope, RosterPlanning planning, RosterSolving solving, RosterStore store,
            RosterTexts texts, AuditLog audit, OpenShifts openShifts, RosterNotices notices, ExternalTemps externalTemps) {
        this.externalTemps = externalTemps;
        this.openShifts = openShifts;
        this.notices = notices;
        this.scope = scope;
        this.planning = planning;
        this.solving = solving;
        this.store = store;
        this.texts = texts;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit, Model model) {
        String chosen = scope.unit(unit);
        model.addAttribute("unit", chosen);
        model.addAttribute("unitName", scope.unitName(chosen));
        model.addAttribute("units", scope.choices());
        model.addAttribute("periods", scope.subtree(chosen).stream().flatMap(u -> store.periods(u).stream())
                .sorted(java.util.Comparator.comparing(Period::firstDay).reversed()).toList());
        model.addAttribute("unitNames", scope.choices().stream()
                .collect(java.util.stream.Collectors.toMap(RosterScope.UnitChoice::id, RosterScope.UnitChoice::name)));
        LocalDate suggested = planning.today().plusWeeks(RosterPlanning.PUBLISH_WEEKS_AHEAD + 1L);
        while (suggested.getDayOfWeek() != DayOfWeek.MONDAY) {
            suggested = suggested.plusDays(1);
        }
        model.addAttribute("suggestedStart", suggested);
        return "roster/list";
    }

    @PostMapping
    String create(@RequestParam String unit, @RequestParam(required = false) String firstDay,
            @RequestParam(defaultValue = "4") int weeks) {
        String chosen = scope.unit(unit);
        long id = planning.createPeriod(chosen, date(firstDay), weeks);
        return "redirect:/rosters/" + id;
    }

    @GetMapping("/{id}")
    String period(@PathVariable long id, @RequestParam(required = false) Long slot, Model model, Locale locale) {
        Period period = scope.period(id);
        PlannedRoster planned = planning.load(id);
        audit.record("roster_viewed", "roster_period", String.valueOf(id), period.unitId());
        model.addAttribute("period", period);
        model.addAttribute("unitName", scope.unitName(period.unitId()));
        model.addAttribute("publishBy", planning.publishBy(period));
        model.addAttribute("late", planning.isLate(period));
        model.addAttribute("shifts", store.shifts(period.unitId()));
        model.addAttribute("shiftCodes", SHIFTS);
        model.addAttribute("skills", SKILLS);
        model.addAttribute("demand", demandTable(store.demand(period.unitId())));
        model.addAttribute("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
        model.addAttribute("run", solving.run(id));
        model.addAttribute("solveInterrupted", store.takeSolveInterrupted(id));
        model.addAttribute("hasSlots", !planned.slots().isEmpty() || !planned.external().isEmpty());
        model.addAttribute("grid", RosterGrid.of(planned));
        model.addAttribute("report", planned.report());
        model.addAttribute("violations", planned.report().violations().stream().map(v -> texts.violation(v, locale))
                .toList());
        model.addAttribute("wishLines", wishLines(planned, locale));
        model.addAttribute("people", planned.employees().keySet());
        model.addAttribute("today", planning.today());
        // after publishing: who was moved on or off which shift, from the notices they were sent
        model.addAttribute("changes", notices.changesIn(id).stream()
                .map(n -> NoticeLine.of(n, n.date() == null ? "" : texts.msg("roster.shift." + n.shiftCode(), locale)
                        + " " + texts.day(n.date(), locale)))
                .toList());
        if (slot != null) {
            ShiftSlot chosen = planned.slots().get(slot);
            model.addAttribute("editSlot", chosen);
        }
        return "roster/period";
    }

    /** "weekday|shift|skill" → staff. */
    private static Map<String, Integer> demandTable(List<DemandLine> lines) {
        Map<String, Integer> table = new LinkedHashMap<>();
        lines.forEach(l -> table.put(l.weekday() + "|" + l.shiftCode() + "|" + l.skill(), l.staff()));
        return table;
    }

    private List<WishLine> wishLines(PlannedRoster planned, Locale locale) {
        List<WishLine> lines = new ArrayList<>();
        boolean solved = !planned.slots().isEmpty() && planned.period().status() != PeriodStatus.SOLVING;
        for (WishOutcome o : planned.report().wishes()) {
            var w = o.wish();
            lines.add(new WishLine(w.employee().id(), w.date(), w.kind().code(), w.layer() == null ? null : w.layer().code(),
                    w.priority(), solved && o.granted(), solved ? texts.why(o, locale) : ""));
        }
        return lines;
    }

    @PostMapping("/{id}/demand")
    String demand(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect,
            Locale locale) {
        Period period = scope.period(id);
        List<ShiftDef> shifts = new ArrayList<>();
        for (String code : SHIFTS) {
            shifts.add(new ShiftDef(code, time(form.get("start_" + code)), time(form.get("end_" + code))));
        }
        List<DemandLine> lines = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            for (String code : SHIFTS) {
                for (String skill : SKILLS) {
                    String value = form.get("d_" + weekday + "_" + code + "_" + skill);
                    if (value != null && !value.isBlank()) {
                        lines.add(new DemandLine(weekday, code, skill, number(value)));
                    }
                }
            }
        }
        planning.saveDemand(period.unitId(), shifts, lines);
        redirect.addFlashAttribute("notice", texts.msg("roster.demand.saved", locale));
        return "redirect:/rosters/" + id;
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        planning.openForWishes(id);
        redirect.addFlashAttribute("notice", texts.msg("roster.opened", locale));
        return "redirect:/rosters/" + id;
    }

    @PostMapping("/{id}/solve")
    String solve(@PathVariable long id, @RequestParam(defaultValue = "60") int seconds) {
        scope.period(id);
        solving.start(id, seconds);
        return "redirect:/rosters/" + id;
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id) {
        scope.period(id);
        solving.stop(id);
        return "redirect:/rosters/" + id;
    }

    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        Period period = scope.period(id);
        model.addAttribute("period", period);
        model.addAttribute("run", solving.run(id));
        return "roster/parts :: progress";
    }

    @GetMapping("/{id}/slots/{slotId}/check")
    String check(@PathVariable long id, @PathVariable long slotId, @RequestParam(required = false) String person,
            Model model, Locale locale) {
        scope.period(id);
        List<String> problems = person == null || person.isBlank() ? List.of()
                : planning.check(id, slotId, person).stream().map(v -> texts.violation(v, locale)).toList();
        model.addAttribute("person", person);
        model.addAttribute("problems", problems);
        return "roster/parts :: check";
    }

    @PostMapping("/{id}/slots/{slotId}")
    String assign(@PathVariable long id, @PathVariable long slotId, @RequestParam(required = false) String person,
            RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        boolean shortNotice = planning.assign(id, slotId, person);
        redirect.addFlashAttribute("notice", texts.msg(shortNotice ? "roster.assigned.shortNotice" : "roster.assigned", locale));
        return "redirect:/rosters/" + id;
    }

    @GetMapping("/{id}/open-shifts")
    String openShifts(@PathVariable long id, Model model) {
        Period period = scope.period(id);
        audit.record("roster_open_shifts_viewed", "roster_period", String.valueOf(id), period.unitId());
        model.addAttribute("period", period);
        model.addAttribute("unitName", scope.unitName(period.unitId()));
        model.addAttribute("openShifts", openShifts.board(id));
        model.addAttribute("externalCovers", externalTemps.covers(id));
        model.addAttribute("fairnessWeeks", OpenShifts.FAIRNESS_WEEKS);
        return "roster/openshifts";
    }

    @PostMapping("/{id}/open-shifts/{slotId}/allocate")
    String allocate(@PathVariable long id, @PathVariable long slotId, @RequestParam long bid,
            RedirectAttributes redirect, Locale locale) {
        scope.period(id);
        boolean shortNotice = openShifts.allocate(id, slotId, bid);
        redirect.addFlashAttribute("notice", texts.msg(shortNotice ? "roster.allocated.shortNotice" : "roster.allocated", locale));
        return "redirect:/rosters/" + id + "/open-shifts";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Locale locale) {
        scope.period(id);
        planning.publish(id, reason);
        redirect.addFlashAttribute("notice", texts.msg("roster.published", locale));
        return "redirect:/rosters/" + id;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.unprocessable("roster.error.date", "Not a date: " + text);
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.unprocessable("roster.error.time", "Not a time: " + text);
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.unprocessable("roster.error.demand", "Not a number: " + text);
        }
    }

}
