package dk.tilknyt.roster.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.roster.Coverage;
import dk.tilknyt.roster.RosterFigureSet;
import dk.tilknyt.roster.RosterFigureSet.CoverageLine;
import dk.tilknyt.roster.RosterFigureSet.OpenShiftOutcome;
import dk.tilknyt.roster.RosterFigureSet.Share;
import dk.tilknyt.roster.RosterFigureSet.Weekends;
import dk.tilknyt.roster.planning.PlannedRoster;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.rules.WishOutcome;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.CoverageStore;
import dk.tilknyt.roster.store.CoverageStore.SlotFacts;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.roster.store.RosterStore.ShiftDef;
import dk.tilknyt.roster.store.RosterStore.StaffMember;

/**
 * The roster figures of a unit's subtree over a date range, from its published periods, each period cut to the
 * range: coverage and cost from the stored slots, wishes, own layer and weekends from the planned roster (the
 * rule checker's WishOutcome, as /my/roster shows them). Definitions in docs/roster-constraints.md.
 */
@Service
@EnableConfigurationProperties(CostRates.class)
public class RosterFigureCalculation {

    private final CoverageStore coverage;
    private final RosterStore store;
    private final RosterPlanning planning;
    private final OrgDirectory org;
    private final CostRates rates;

    RosterFigureCalculation(CoverageStore coverage, RosterStore store, RosterPlanning planning, OrgDirectory org,
            CostRates rates) {
        this.coverage = coverage;
        this.store = store;
        this.planning = planning;
        this.org = org;
        this.rates = rates;
    }

    /** A slot classified, with its estimated cost. */
    public record CoveredShift(SlotFacts facts, Coverage coverage, double cost) {
    }

    public static Coverage classify(SlotFacts slot) {
        if (slot.external()) {
            return Coverage.EXTERNAL;
        }
        if (slot.personId() == null) {
            return Coverage.OPEN;
        }
        return slot.unitStaff() ? Coverage.OWN : Coverage.POOL;
    }

    /** Every slot of the period on a day in [from, to], classified and costed. */
    public List<CoveredShift> coveredShifts(Period period, LocalDate from, LocalDate to) {
        Map<String, ShiftDef> defs = new HashMap<>();
        store.shifts(period.unitId()).forEach(d -> defs.put(d.code(), d));
        List<CoveredShift> shifts = new ArrayList<>();
        for (SlotFacts slot : coverage.slotFacts(period, from, to)) {
            Coverage category = classify(slot);
            shifts.add(new CoveredShift(slot, category, cost(slot, category, defs.get(slot.shiftCode()))));
        }
        return shifts;
    }

    /** An external temp is assumed to start with the shift, for the hours given or the shift's length. */
    private double cost(SlotFacts slot, Coverage category, ShiftDef def) {
        if (!category.covered()) {
            return 0;
        }
        LocalDateTime start = slot.date().atTime(def.start());
        LocalDateTime end = def.end().isAfter(def.start()) ? slot.date().atTime(def.end())
                : slot.date().plusDays(1).atTime(def.end());
        if (category == Coverage.EXTERNAL) {
            if (slot.externalMinutes() != null) {
                end = start.plusMinutes(slot.externalMinutes());
            }
            return ShiftCost.cost(start, end, rates.externalRate(slot.skill()));
        }
        return ShiftCost.cost(start, end, rates.hourlyRate(slot.jobFamily()));
    }

    public Optional<RosterFigureSet> figures(String unitId, LocalDate from, LocalDate to) {
        List<Period> periods = coverage.publishedPeriods(org.subtree(unitId), from, to);
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        Tally tally = new Tally();
        for (Period period : periods) {
            LocalDate first = period.firstDay().isBefore(from) ? from : period.firstDay();
            LocalDate last = period.lastDay().isAfter(to) ? to : period.lastDay();
            coveredShifts(period, first, last).forEach(tally::add);
            PlannedRoster planned = planning.load(period.id());
            planned.report().wishes().stream().filter(w -> within(w.wish().date(), first, last)).forEach(tally::add);
            planned.slots().values().stream().filter(s -> !s.isOpen() && within(s.date(), first, last))
                    .forEach(tally::add);
            Set<LocalDate> weekends = weekendsBetween(first, last);
            store.staff(period.unitId(), period.firstDay(), period.lastDay()).stream().map(StaffMember::personId)
                    .forEach(person -> tally.observed.computeIfAbsent(person, p -> new HashSet<>()).addAll(weekends));
        }
        return Optional.of(tally.figures(unitId, from, to, periods.size()));
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** A weekend is named by its Saturday; one with either day in range counts. */
    static LocalDate weekendOf(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    static Set<LocalDate> weekendsBetween(LocalDate first, LocalDate last) {
        Set<LocalDate> weekends = new HashSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weekends.add(weekendOf(day));
            }
        }
        return weekends;
    }

    /** Sums over the periods. */
    private static final class Tally {
        final Map<Coverage, int[]> shifts = new EnumMap<>(Coverage.class);
        final Map<Coverage, Double> cost = new EnumMap<>(Coverage.class);
        final Map<Coverage, Set<String>> persons = new EnumMap<>(Coverage.class);
        int openAtPublishing;
        int byBid;
        int byExternal;
        int byHand;
        int stillOpen;
        long wishes;
        long granted;
        final Set<String> wishers = new HashSet<>();
        long worked;
        long inOwnLayer;
        final Set<String> workers = new HashSet<>();
        final Map<String, Set<LocalDate>> observed = new HashMap<>();
        final Map<String, Set<LocalDate>> workedWeekends = new HashMap<>();

        Tally() {
            for (Coverage c : Coverage.values()) {
                shifts.put(c, new int[1]);
                cost.put(c, 0.0);
                persons.put(c, new HashSet<>());
            }
        }

        void add(CoveredShift shift) {
            Coverage c = shift.coverage();
            shifts.get(c)[0]++;
            cost.merge(c, shift.cost(), Double::sum);
            if (shift.facts().personId() != null) {
                persons.get(c).add(shift.facts().personId());
            }
            if (shift.facts().openAtPublishing()) {
                openAtPublishing++;
                switch (c) {
                    case OPEN -> stillOpen++;
                    case EXTERNAL -> byExternal++;
                    default -> {
                        if (shift.facts().viaBid()) {
                            byBid++;
                        } else {
                            byHand++;
                        }
                    }
                }
            }
        }

        void add(WishOutcome outcome) {
            wishes++;
            granted += outcome.granted() ? 1 : 0;
            wishers.add(outcome.wish().employee().id());
        }

        // docs/roster-constraints.md: own layer — `mixed` owns every layer
        void add(ShiftSlot slot) {
            worked++;
            inOwnLayer += slot.getEmployee().ownsLayer(slot.layer()) ? 1 : 0;
            workers.add(slot.getEmployee().id());
            if (slot.isWeekend()) {
                workedWeekends.computeIfAbsent(slot.getEmployee().id(), p -> new HashSet<>()).add(weekendOf(slot.date()));
            }
        }

        /** Per own staff member: weekends worked of the weekends observed, scaled to 4 (4 weeks have 4 weekends). */
        Weekends weekends() {
            List<Double> rates = new ArrayList<>();
            observed.forEach((person, seen) -> {
                if (!seen.isEmpty()) {
                    Set<LocalDate> worked = new HashSet<>(workedWeekends.getOrDefault(person, Set.of()));
                    worked.retainAll(seen);
                    rates.add(4.0 * worked.size() / seen.size());
                }
            });
            double average = rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double max = rates.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            return new Weekends(average, max, rates.size(), false);
        }

        RosterFigureSet figures(String unitId, LocalDate from, LocalDate to, int periods) {
            List<CoverageLine> lines = new ArrayList<>();
            for (Coverage c : Coverage.values()) {
                lines.add(new CoverageLine(c, shifts.get(c)[0], persons.get(c).size(), cost.get(c), false));
            }
            return new RosterFigureSet(unitId, from, to, periods, new Share(granted, wishes, wishers.size(), false),
                    weekends(), new Share(inOwnLayer, worked, workers.size(), false),
                    new OpenShiftOutcome(openAtPublishing, byBid, byExternal, byHand, stillOpen, shifts.get(Coverage.OPEN)[0]),
                    lines);
        }
    }
}
