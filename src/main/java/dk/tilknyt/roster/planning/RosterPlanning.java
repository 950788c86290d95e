package dk.tilknyt.roster.planning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.LifePhaseLimits;
import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.rules.PersonRules;
import dk.tilknyt.roster.rules.RosterRuleChecker;
import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.RosterPeriod;
import dk.tilknyt.roster.solver.Shift;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;
import dk.tilknyt.roster.solver.Wish;
import dk.tilknyt.roster.solver.WishKind;
import dk.tilknyt.roster.store.CoverageStore;
import dk.tilknyt.roster.store.CoverageStore.ExternalCover;
import dk.tilknyt.roster.solver.WorkingTimeRules;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Assignment;
import dk.tilknyt.roster.store.RosterStore.DemandException;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.roster.store.RosterStore.ShiftDef;
import dk.tilknyt.roster.store.RosterStore.StaffMember;
import dk.tilknyt.roster.store.RosterStore.StoredWish;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * The planner's and the employee's operations on roster periods, with the rules of rules.md ("Working time
 * for rosters"): a period starts on a Monday and covers at least 4 weeks; publishing later than 4 weeks
 * before the start needs a reason; a change less than 4 days ahead of a published shift is short notice.
 */
@Service
public class RosterPlanning {

    public static final int MIN_WEEKS = 4;
    public static final int MAX_WEEKS = 12;
    public static final int PUBLISH_WEEKS_AHEAD = 4;
    public static final int SHORT_NOTICE_DAYS = 4;
    /** Job families that hold the general {@code care} skill. */
    private static final Set<String> CARE_FAMILIES = Set.of("sosu_assistant", "sosu_helper", "nurse", "unskilled_care");

    private final RosterStore store;
    private final CoverageStore coverage;
    private final RosterNotices notices;
    private final LifePhaseLimits limits;
    private final Clock clock;
    private final RosterRuleChecker checker = new RosterRuleChecker();

    RosterPlanning(RosterStore store, CoverageStore coverage, RosterNotices notices, LifePhaseLimits limits,
            Clock clock) {
        this.limits = limits;
        this.store = store;
        this.coverage = coverage;
        this.notices = notices;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Period require(long periodId) {
        return store.period(periodId).orElseThrow(() -> new NotFoundException("Roster period", String.valueOf(periodId)));
    }

    public long createPeriod(String unitId, LocalDate firstDay, int weeks) {
        if (firstDay == null || firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw InvalidInputException.unprocessable("roster.error.monday", "A roster period starts on a Monday");
        }
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw InvalidInputException.unprocessable("roster.error.weeks", "A roster period covers 4 to 12 weeks");
        }
        return store.createPeriod(unitId, firstDay, weeks);
    }

    /** The last day a period can be published on without a reason: 4 weeks before it starts. */
    public LocalDate publishBy(Period period) {
        return period.firstDay().minusWeeks(PUBLISH_WEEKS_AHEAD);
    }

    public boolean isLate(Period period) {
        return today().isAfter(publishBy(period));
    }

    public void openForWishes(long periodId) {
        Period period = require(periodId);
        if (period.status() != PeriodStatus.DRAFT) {
            throw InvalidInputException.unprocessable("roster.error.status", "The period is not a draft");
        }
        store.setStatus(periodId, PeriodStatus.WISHES_OPEN);
    }

    // --- wishes

    public long addWish(long periodId, String personId, LocalDate date, String kind, String layer, int priority) {
        Period period = require(periodId);
        if (period.status() != PeriodStatus.WISHES_OPEN) {
            throw InvalidInputException.unprocessable("roster.error.wishesClosed", "The period is not open for wishes");
        }
        if (date == null || date.isBefore(period.firstDay()) || date.isAfter(period.lastDay())) {
            throw InvalidInputException.unprocessable("roster.error.wishDate", "The date lies outside the period");
        }
        WishKind parsedKind;
        try {
            parsedKind = WishKind.fromCode(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.unprocessable("roster.error.wishKind", "Unknown kind of wish");
        }
        String parsedLayer = layer == null || layer.isBlank() ? null : layer.trim();
        if (parsedLayer != null && !Set.of("day", "evening", "night").contains(parsedLayer)) {
            throw InvalidInputException.unprocessable("roster.error.wishLayer", "Unknown shift layer");
        }
        if (priority < 1 || priority > 3) {
            throw InvalidInputException.unprocessable("roster.error.priority", "Priority is 1, 2 or 3");
        }
        return store.addWish(periodId, personId, date, parsedKind.code(), parsedKind == WishKind.OFF ? null : parsedLayer,
                priority);
    }

    /** Deletes one of the person's own wishes while the period is open; someone else's wish is not found. */
    public void deleteWish(String personId, long wishId) {
        StoredWish wish = store.wish(wishId).filter(w -> w.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Wish", String.valueOf(wishId)));
        if (require(wish.periodId()).status() != PeriodStatus.WISHES_OPEN) {
            throw InvalidInputException.unprocessable("roster.error.wishesClosed", "The period is not open for wishes");
        }
        store.deleteWish(wishId);
    }

    // --- demand

    public void saveDemand(String unitId, List<ShiftDef> shifts, List<DemandLine> lines) {
        for (DemandLine line : lines) {
            if (line.staff() < 0 || line.staff() > 50) {
                throw InvalidInputException.unprocessable("roster.error.demand", "Staff per shift is 0 to 50");
            }
        }
        store.saveShifts(unitId, shifts);
        store.saveDemand(unitId, lines);
    }

    // --- the model

    /** Builds the slots from demand when the period has none (or only pinned ones) and it is not published. */
    @Transactional
    public void prepareSlots(long periodId) {
        Period period = require(periodId);
        if (period.status() == PeriodStatus.PUBLISHED) {
            return;
        }
        store.deleteUnpinnedSlots(periodId);
        Map<String, Integer> pinned = new HashMap<>();
        for (Assignment a : store.assignments(periodId)) {
            pinned.merge(a.date() + "|" + a.shiftCode() + "|" + a.skill(), 1, Integer::sum);
        }
        Map<String, Integer> needed = neededPerShift(period);
        for (Map.Entry<String, Integer> need : needed.entrySet()) {
            String[] key = need.getKey().split("\\|");
            int missing = need.getValue() - pinned.getOrDefault(need.getKey(), 0);
            for (int i = 0; i < missing; i++) {
                store.addSlot(periodId, LocalDate.parse(key[0]), key[1], key[2]);
            }
        }
    }

    /** "date|shift|skill" → people needed, from the weekly pattern and the date exceptions. */
    private Map<String, Integer> neededPerShift(Period period) {
        Map<String, Integer> needed = new LinkedHashMap<>();
        List<DemandLine> pattern = store.demand(period.unitId());
        for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
            for (DemandLine line : pattern) {
                if (line.weekday() == day.getDayOfWeek().getValue()) {
                    needed.put(day + "|" + line.shiftCode() + "|" + line.skill(), line.staff());
                }
            }
        }
        for (DemandException e : store.exceptions(period.unitId(), period.firstDay(), period.lastDay())) {
            needed.put(e.date() + "|" + e.shiftCode() + "|" + e.skill(), e.staff());
        }
        return needed;
    }

    public PlannedRoster load(long periodId) {
        Period period = require(periodId);
        RosterPeriod rosterPeriod = new RosterPeriod(period.firstDay(), period.weeks());
        Map<String, Employee> employees = new LinkedHashMap<>();
        Set<String> noNights = noNightsAgreed(period);
        for (StaffMember member : store.staff(period.unitId(), period.firstDay(), period.lastDay())) {
            employees.put(member.personId(), employee(member, rosterPeriod, period, noNights));
        }
        Map<String, ShiftDef> defs = new HashMap<>();
        store.shifts(period.unitId()).forEach(d -> defs.put(d.code(), d));
        Map<Long, ShiftSlot> slots = new LinkedHashMap<>();
        Map<String, Shift> shifts = new HashMap<>();
        // a slot an external temp covers is nobody's work and not open: it stays out of the rules' model
        List<ExternalCover> external = coverage.externalCovers(periodId);
        Set<Long> externalIds = new HashSet<>();
        external.forEach(e -> externalIds.add(e.slotId()));
        List<Assignment> assignments = store.assignments(periodId).stream()
                .filter(a -> !externalIds.contains(a.id())).toList();
        for (Assignment a : assignments) {
            // a pool member allocated an open shift works here without a segment in the unit
            if (a.personId() != null && !employees.containsKey(a.personId())) {
                store.staffMember(a.personId(), period.firstDay(), period.lastDay())
                        .ifPresent(m -> employees.put(m.personId(), employee(m, rosterPeriod, period, noNights)));
            }
        }
        for (Assignment a : assignments) {
            ShiftDef def = defs.get(a.shiftCode());
            Shift shift = shifts.computeIfAbsent(a.date() + "|" + a.shiftCode(), k -> Shift.of(rosterPeriod, a.date(),
                    a.shiftCode(), ShiftLayer.fromCode(a.shiftCode()), def.start(), def.end()));
            ShiftSlot slot = new ShiftSlot(a.id(), shift, new Skill(a.skill()),
                    a.personId() == null ? null : employees.get(a.personId()));
            if (a.pinned()) {
                slot.pin();
            }
            slots.put(a.id(), slot);
        }
        List<Wish> wishes = new ArrayList<>();
        for (StoredWish w : store.wishes(periodId)) {
            Employee e = employees.get(w.personId());
            if (e != null) {
                wishes.add(new Wish(e, w.date(), WishKind.fromCode(w.kind()), ShiftLayer.fromCode(w.layer()), w.priority()));
            }
        }
        Roster roster = new Roster(rosterPeriod, List.copyOf(employees.values()), wishes, List.copyOf(slots.values()));
        return new PlannedRoster(period, roster, slots, employees, checker.check(roster), external);
    }

    /**
     * The person's terms for the period. "No nights" comes from the roster terms or from a senior conversation's
     * life-phase arrangement agreed before the period starts (a later one applies from the next period, so a
     * published roster does not turn wrong after the fact).
     */
    private Employee employee(StaffMember m, RosterPeriod rosterPeriod, Period period, Set<String> noNightsAgreed) {
        Set<Skill> skills = new HashSet<>();
        skills.add(new Skill(m.jobFamily()));
        if (CARE_FAMILIES.contains(m.jobFamily())) {
            skills.add(Skill.CARE);
        }
        m.extraSkills().forEach(s -> skills.add(new Skill(s)));
        ShiftLayer layer = m.layer() == null ? ShiftLayer.MIXED : ShiftLayer.fromCode(m.layer());
        boolean noNights = m.noNights() || noNightsAgreed.contains(m.personId());
        Set<ShiftLayer> excluded = noNights ? Set.of(ShiftLayer.NIGHT) : Set.of();
        Set<LocalDate> absent = new HashSet<>(store.absenceDays(m.personId(), period.firstDay(), period.lastDay()));
        return new Employee(m.personId(), (int) Math.round(m.weeklyHours() * 60), layer, m.weekendEvery(), skills, absent,
                excluded, "trainee".equals(m.employmentType()), rosterPeriod);
    }

    private Set<String> noNightsAgreed(Period period) {
        return noNightsAgreedBy(period.firstDay().minusDays(1));
    }

    /** Who had agreed "no nights" in a senior conversation on or before the day. */
    public Set<String> noNightsAgreedBy(LocalDate day) {
        return limits.noNightsAgreedBy(day);
    }

    // --- open shifts

    /**
     * What the person would break by taking the slot, whether they work in the unit or come from the pool:
     * their published shifts in other periods (other units) in the same weeks count too. Empty: nothing.
     */
    public List<RuleViolation> violationsIfTaken(PlannedRoster planned, long slotId, String personId) {
        ShiftSlot slot = slot(planned, slotId);
        Period period = planned.period();
        RosterPeriod rosterPeriod = planned.roster().getPeriod();
        Employee person = planned.employees().get(personId);
        List<Employee> employees = new ArrayList<>(planned.roster().getEmployees());
        if (person == null) {
            StaffMember member = store.staffMember(personId, period.firstDay(), period.lastDay())
                    .orElseThrow(() -> new NotFoundException("Person", personId));
            person = employee(member, rosterPeriod, period, noNightsAgreed(period));
            employees.add(person);
        }
        List<ShiftSlot> slots = new ArrayList<>(planned.roster().getSlots());
        slots.addAll(shiftsElsewhere(planned, person));
        Roster roster = new Roster(rosterPeriod, employees, planned.roster().getWishes(), slots);
        return checker.violationsIfAssigned(roster, person, slot);
    }

    /** The person's published shifts in other periods (other units) in the period's dates, pinned on them. */
    private List<ShiftSlot> shiftsElsewhere(PlannedRoster planned, Employee person) {
        Period period = planned.period();
        List<ShiftSlot> slots = new ArrayList<>();
        for (Map.Entry<Long, Assignment> other : store.publishedShiftsWithPeriod(person.id(), period.firstDay(), period.lastDay())) {
            if (other.getKey() == period.id()) {
                continue;
            }
            Assignment a = other.getValue();
            ShiftDef def = store.shifts(store.unitOfPeriodOfAssignment(a.id())).stream()
                    .filter(d -> d.code().equals(a.shiftCode())).findFirst().orElseThrow();
            ShiftSlot elsewhere = new ShiftSlot(-a.id(), Shift.of(planned.roster().getPeriod(), a.date(), a.shiftCode(),
                    ShiftLayer.fromCode(a.shiftCode()), def.start(), def.end()), new Skill(a.skill()), person);
            elsewhere.pin();
            slots.add(elsewhere);
        }
        return slots;
    }

    /** Checks swaps on one loaded period; remembers each person's shifts elsewhere, as a page asks many times. */
    public SwapCheck swapCheck(PlannedRoster planned) {
        return new SwapCheck(planned);
    }

    public final class SwapCheck {

        private final PlannedRoster planned;
        private final PersonRules rules;
        private final Map<String, List<ShiftSlot>> elsewhere = new HashMap<>();

        private SwapCheck(PlannedRoster planned) {
            this.planned = planned;
            this.rules = new PersonRules(planned.roster().getPeriod(), WorkingTimeRules.DEFAULT);
        }

        /**
         * What the person would break by taking {@code gains} while giving up {@code givesUp} (null in a
         * hand-over): their schedule as it would be after the swap, published shifts in other units counted.
         */
        public List<RuleViolation> violations(String personId, long gains, Long givesUp) {
            Employee person = planned.employees().get(personId);
            if (person == null) {
                throw new NotFoundException("Person", personId);
            }
            ShiftSlot gained = slot(planned, gains);
            List<ShiftSlot> duties = new ArrayList<>(planned.roster().getSlots().stream()
                    .filter(s -> !s.isOpen() && s.getEmployee().id().equals(personId))
                    .filter(s -> s.getId() != gains && (givesUp == null || s.getId() != givesUp))
                    .toList());
            duties.addAll(elsewhere.computeIfAbsent(personId, id -> shiftsElsewhere(planned, person)));
            return rules.newViolations(person, duties, gained);
        }
    }

    /** Puts a person from the unit or the pool on an open slot of a published period, pinned. */
    public boolean take(long periodId, long slotId, String personId) {
        PlannedRoster planned = load(periodId);
        ShiftSlot slot = slot(planned, slotId);
        if (!slot.isOpen()) {
            throw InvalidInputException.unprocessable("roster.error.notOpen", "The shift is no longer open");
        }
        if (!violationsIfTaken(planned, slotId, personId).isEmpty()) {
            throw InvalidInputException.unprocessable("roster.error.breaksRule", "The assignment breaks a rule");
        }
        boolean shortNotice = ChronoUnit.DAYS.between(today(), slot.date()) < SHORT_NOTICE_DAYS;
        store.assignByHand(periodId, slotId, personId, shortNotice);
        return shortNotice;
    }

    // --- manual edits and publishing

    /** What assigning the person to the slot would break (empty: nothing). */
    public List<RuleViolation> check(long periodId, long slotId, String personId) {
        PlannedRoster planned = load(periodId);
        ShiftSlot slot = slot(planned, slotId);
        Employee person = planned.employees().get(personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        return checker.violationsIfAssigned(planned.roster(), person, slot);
    }

    /**
     * Puts a person on a slot (or opens it when personId is blank). Refused when it breaks a hard rule.
     * Returns whether the change is short notice (published, and the shift starts within 4 days).
     */
    @Transactional
    public boolean assign(long periodId, long slotId, String personId) {
        PlannedRoster planned = load(periodId);
        ShiftSlot slot = slot(planned, slotId);
        String chosen = personId == null || personId.isBlank() ? null : personId;
        if (chosen != null) {
            Employee person = planned.employees().get(chosen);
            if (person == null) {
                throw new NotFoundException("Person", chosen);
            }
            if (!checker.violationsIfAssigned(planned.roster(), person, slot).isEmpty()) {
                throw InvalidInputException.unprocessable("roster.error.breaksRule", "The assignment breaks a rule");
            }
        }
        boolean published = planned.period().status() == PeriodStatus.PUBLISHED;
        boolean shortNotice = published && ChronoUnit.DAYS.between(today(), slot.date()) < SHORT_NOTICE_DAYS;
        store.assignByHand(periodId, slotId, chosen, shortNotice);
        String before = slot.isOpen() ? null : slot.getEmployee().id();
        if (published && !java.util.Objects.equals(before, chosen)) {
            Assignment changed = store.assignment(periodId, slotId).orElseThrow();
            if (before != null) {
                notices.aboutShift(before, periodId, changed, "removed");
            }
            if (chosen != null) {
                notices.aboutShift(chosen, periodId, changed, "added");
            }
        }
        return shortNotice;
    }

    private static ShiftSlot slot(PlannedRoster planned, long slotId) {
        ShiftSlot slot = planned.slots().get(slotId);
        if (slot == null) {
            throw new NotFoundException("Shift", String.valueOf(slotId));
        }
        return slot;
    }

    /** Publishes a solved roster with no hard rule broken; publishing late needs a reason. */
    @Transactional
    public void publish(long periodId, String reason) {
        PlannedRoster planned = load(periodId);
        if (planned.period().status() != PeriodStatus.SOLVED) {
            throw InvalidInputException.unprocessable("roster.error.notSolved", "Only a solved roster can be published");
        }
        if (!planned.report().violations().isEmpty()) {
            throw InvalidInputException.unprocessable("roster.error.breaksRule", "The roster breaks a rule");
        }
        String trimmed = reason == null ? "" : reason.trim();
        if (isLate(planned.period()) && trimmed.isEmpty()) {
            throw InvalidInputException.unprocessable("roster.error.lateReason",
                    "Publishing less than 4 weeks before the start needs a reason");
        }
        store.published(periodId, today(), trimmed.isEmpty() ? null : trimmed);
        notices.published(periodId, planned.period().firstDay(), planned.employees().keySet());
    }

    public static LocalTime startOf(List<ShiftDef> defs, String code) {
        return defs.stream().filter(d -> d.code().equals(code)).findFirst().map(ShiftDef::start).orElseThrow();
    }
}
