package dk.tilknyt.roster.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.roster.planning.OpenShifts;
import dk.tilknyt.roster.planning.PlannedRoster;
import dk.tilknyt.roster.planning.RosterNotices;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.rules.WishOutcome;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Assignment;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.roster.store.RosterStore.ShiftDef;
import dk.tilknyt.shared.NotFoundException;

/** The employee's roster on the phone: my shifts, my wishes for open periods, how many were granted, iCal. */
@Controller
class MyRosterController {

    /** A published shift of mine; the unit's name because a pool member works in several units. */
    record MyShift(long slotId, LocalDate date, String shift, String start, String end, boolean shortNotice,
                   boolean swappable, String unitName) {
    }

    record MyWish(long id, LocalDate date, String kind, String layer, int priority) {
    }

    record Fulfilment(Period period, long granted, int total, List<String> reasons) {
    }

    private final SelfService self;
    private final RosterPlanning planning;
    private final RosterStore store;
    private final RosterTexts texts;
    private final OpenShifts openShifts;
    private final OrgDirectory org;
    private final RosterNotices notices;
    private final MySwapLines swapLines;

    MyRosterController(SelfService self, RosterPlanning planning, RosterStore store, RosterTexts texts,
            OpenShifts openShifts, OrgDirectory org, RosterNotices notices, MySwapLines swapLines) {
        this.self = self;
        this.org = org;
        this.notices = notices;
        this.swapLines = swapLines;
        this.openShifts = openShifts;
        this.planning = planning;
        this.store = store;
        this.texts = texts;
    }

    private String me() {
        return self.me();
    }

    @GetMapping("/my/roster")
    String roster(Model model, Locale locale) {
        String me = me();
        LocalDate today = planning.today();
        List<Period> periods = store.periodsOf(me);
        List<NoticeLine> noticeLines = notices.of(me).stream().map(n -> NoticeLine.of(n, texts.notice(n, locale))).toList();
        model.addAttribute("notices", noticeLines);
        model.addAttribute("unreadNotices", noticeLines.stream().filter(NoticeLine::unread).count());
        model.addAttribute("swaps", swapLines.of(me, locale));
        model.addAttribute("shifts", myShifts(me, today, today.plusWeeks(12)));
        List<Period> open = periods.stream().filter(p -> p.status() == PeriodStatus.WISHES_OPEN).toList();
        model.addAttribute("openPeriods", open);
        Map<Long, List<MyWish>> wishes = open.stream().collect(Collectors.toMap(Period::id,
                p -> store.wishesOf(p.id(), me).stream()
                        .map(w -> new MyWish(w.id(), w.date(), w.kind(), w.layer(), w.priority())).toList()));
        model.addAttribute("wishes", wishes);
        List<Fulfilment> fulfilment = new ArrayList<>();
        for (Period p : periods) {
            if (p.status() == PeriodStatus.SOLVED || p.status() == PeriodStatus.PUBLISHED) {
                PlannedRoster planned = planning.load(p.id());
                List<WishOutcome> mine = planned.report().wishes().stream()
                        .filter(o -> o.wish().employee().id().equals(me)).toList();
                if (p.status() == PeriodStatus.PUBLISHED && !mine.isEmpty()) {
                    fulfilment.add(new Fulfilment(p, mine.stream().filter(WishOutcome::granted).count(), mine.size(),
                            mine.stream().map(o -> o.wish().date() + ": " + texts.why(o, locale)).toList()));
                }
            }
        }
        model.addAttribute("fulfilment", fulfilment);
        var bids = openShifts.bidsOf(me).stream().filter(b -> !b.date().isBefore(today)).toList();
        java.util.Set<Long> bidOn = bids.stream().map(b -> b.slotId()).collect(Collectors.toSet());
        var offers = openShifts.offersFor(me).stream().filter(o -> !bidOn.contains(o.slotId())).toList();
        model.addAttribute("offers", offers);
        model.addAttribute("unitNames", offers.stream().map(OpenShifts.Offer::unitId).distinct()
                .collect(Collectors.toMap(u -> u, org::nameOf)));
        model.addAttribute("bids", bids);
        return "roster/my";
    }

    private List<MyShift> myShifts(String me, LocalDate from, LocalDate to) {
        List<MyShift> shifts = new ArrayList<>();
        for (Assignment a : store.publishedShiftsOf(me, from, to)) {
            String unit = store.unitOfPeriodOfAssignment(a.id());
            ShiftDef def = def(unit, a.shiftCode());
            shifts.add(new MyShift(a.id(), a.date(), a.shiftCode(), def.start().toString(), def.end().toString(),
                    a.shortNotice(), a.date().isAfter(from), org.nameOf(unit)));
        }
        return shifts;
    }

    private ShiftDef def(Assignment a) {
        return def(store.unitOfPeriodOfAssignment(a.id()), a.shiftCode());
    }

    private ShiftDef def(String unit, String shiftCode) {
        return store.shifts(unit).stream().filter(d -> d.code().equals(shiftCode)).findFirst().orElseThrow();
    }

    @PostMapping("/my/roster/wishes")
    String addWish(@RequestParam long period, @RequestParam(required = false) String date,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String layer,
            @RequestParam(defaultValue = "2") int priority, RedirectAttributes redirect, Locale locale) {
        String me = me();
        if (store.periodsOf(me).stream().noneMatch(p -> p.id() == period)) {
            throw new NotFoundException("Roster period", String.valueOf(period));
        }
        planning.addWish(period, me, RostersController.date(date), kind, layer, priority);
        return self.done(redirect, "roster.wish.added", locale);
    }

    @PostMapping("/my/roster/wishes/{id}/delete")
    String deleteWish(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        planning.deleteWish(me(), id);
        return self.done(redirect, "roster.wish.deleted", locale);
    }

    @PostMapping("/my/roster/notices/read")
    String markNoticesRead(RedirectAttributes redirect, Locale locale) {
        notices.markRead(me());
        return self.done(redirect, "roster.notices.marked", locale);
    }

    @PostMapping("/my/roster/bids")
    String bid(@RequestParam long slot, RedirectAttributes redirect, Locale locale) {
        openShifts.bid(me(), slot);
        return self.done(redirect, "roster.bid.added", locale);
    }

    @PostMapping("/my/roster/bids/{id}/delete")
    String withdrawBid(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        openShifts.withdraw(me(), id);
        return self.done(redirect, "roster.bid.withdrawn", locale);
    }

    /** My published shifts from four weeks back, as an iCalendar feed. */
    @GetMapping("/my/roster.ics")
    ResponseEntity<String> ical() {
        String me = me();
        LocalDate today = planning.today();
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tilknyt//Vagtplan//DA\r\n"
                + "CALSCALE:GREGORIAN\r\nX-WR-TIMEZONE:Europe/Copenhagen\r\n");
        for (Assignment a : store.publishedShiftsOf(me, today.minusWeeks(4), today.plusYears(1))) {
            ShiftDef def = def(a);
            LocalDateTime start = a.date().atTime(def.start());
            LocalDateTime end = def.end().isAfter(def.start()) ? a.date().atTime(def.end())
                    : a.date().plusDays(1).atTime(def.end());
            ics.append("BEGIN:VEVENT\r\n")
                    .append("UID:tilknyt-shift-").append(a.id()).append("@tilknyt\r\n")
                    .append("DTSTAMP:").append(today.atStartOfDay().format(local)).append("Z\r\n")
                    .append("DTSTART;TZID=Europe/Copenhagen:").append(start.format(local)).append("\r\n")
                    .append("DTEND;TZID=Europe/Copenhagen:").append(end.format(local)).append("\r\n")
                    .append("SUMMARY:").append(texts.msg("roster.shift." + a.shiftCode(), Locale.of("da"))).append("\r\n")
                    .append("END:VEVENT\r\n");
        }
        ics.append("END:VCALENDAR\r\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"vagtplan.ics\"").body(ics.toString());
    }
}
