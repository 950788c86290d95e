package dk.tilknyt.roster.optimiser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.rules.PersonRules;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;
import dk.tilknyt.roster.solver.Wish;
import dk.tilknyt.roster.solver.WishKind;
import dk.tilknyt.roster.solver.WorkingTimeRules;

/**
 * A first roster built the way a planner would: day by day, each open slot goes to someone whose own layer
 * it is, who has contracted hours left, did not wish it off, works the weekend in their turn, and breaks no
 * hard rule; failing that, at once, to anyone it breaks no rule for. What stays open is left to the solver.
 *
 * <p>"Breaks no hard rule" is checked on the roster built so far, so a trainee's evening and night share
 * (at most a third) holds at every step: a trainee takes day shifts before the evenings they allow.
 *
 * <p>Weekend turns form the base rotation: per layer, each person gets the phase (which of every 2nd, 3rd
 * or 4th weekend) that keeps the number of people per weekend most even, assistants spread first.
 */
final class OwnLayerFirst {

    private static final Comparator<ShiftSlot> PLANNING_ORDER = Comparator
            .comparingInt(ShiftSlot::dayIndex)
            .thenComparing(ShiftSlot::layer)
            .thenComparing(slot -> slot.requiredSkill().equals(Skill.CARE))
            .thenComparingLong(ShiftSlot::getId);

    private final Roster roster;
    private final PersonRules rules;
    private final Map<Employee, List<ShiftSlot>> duties = new HashMap<>();
    private final Map<Employee, Integer> minutes = new HashMap<>();
    private final Map<Employee, Integer> weekendPhase = new HashMap<>();
    private final Set<WishKey> refusals = new HashSet<>();
    private final Set<WishKey> wants = new HashSet<>();
    private final int firstWeekend;

    OwnLayerFirst(Roster roster) {
        this.roster = roster;
        this.rules = new PersonRules(roster.getPeriod(), WorkingTimeRules.DEFAULT);
        this.firstWeekend = firstWeekendIndex(roster.getPeriod().firstDay());
        for (ShiftSlot slot : roster.getSlots()) {
            if (!slot.isOpen()) {
                take(slot.getEmployee(), slot);
            }
        }
        for (Wish wish : roster.getWishes()) {
            for (ShiftLayer layer : List.of(ShiftLayer.DAY, ShiftLayer.EVENING, ShiftLayer.NIGHT)) {
                if (wish.concerns(layer)) {
                    (wish.kind() == WishKind.WANT ? wants : refusals).add(new WishKey(wish.employee(), wish.date(), layer));
                }
            }
        }
        planWeekendTurns();
    }

    /** Which employee each open, unpinned slot should get; slots nobody can take are left out. */
    Map<ShiftSlot, Employee> plan() {
        List<ShiftSlot> open = roster.getSlots().stream()
                .filter(slot -> slot.isOpen() && !slot.isPinned())
                .sorted(PLANNING_ORDER)
                .toList();
        Map<ShiftSlot, Employee> plan = new LinkedHashMap<>();
        for (ShiftSlot slot : open) {
            // Fall back at once, while later weekends are still free, rather than after the whole period.
            Employee chosen = choose(slot, true);
            if (chosen == null) {
                chosen = choose(slot, false);
            }
            if (chosen != null) {
                take(chosen, slot);
                plan.put(slot, chosen);
            }
        }
        return plan;
    }

    private Employee choose(ShiftSlot slot, boolean ownLayerOnly) {
        Employee best = null;
        long bestRank = Long.MIN_VALUE;
        for (Employee person : roster.getEmployees()) {
            if (!person.has(slot.requiredSkill()) || person.isAbsentOn(slot.date()) || !person.mayWork(slot.layer())) {
                continue;
            }
            int remaining = person.targetMinutes() - minutes.getOrDefault(person, 0);
            if (ownLayerOnly && (!person.ownsLayer(slot.layer()) || remaining < slot.minutes()
                    || refusals.contains(WishKey.of(person, slot))
                    || (slot.isWeekend() && !inTurn(person, slot.weekendIndex())))) {
                continue;
            }
            long rank = rank(person, slot, remaining);
            if (rank > bestRank && breaksNothing(person, slot)) {
                best = person;
                bestRank = rank;
            }
        }
        return best;
    }

    /** Wished shifts first, then own layer, then weekend turn, then whoever has the most hours left. */
    private long rank(Employee person, ShiftSlot slot, int remaining) {
        long rank = remaining;
        if (slot.isWeekend() && inTurn(person, slot.weekendIndex())) {
            rank += 50_000L;
        }
        if (wants.contains(WishKey.of(person, slot))) {
            rank += 1_000_000L;
        }
        if (person.ownsLayer(slot.layer())) {
            rank += 100_000L;
        }
        if (refusals.contains(WishKey.of(person, slot))) {
            rank -= 1_000_000L;
        }
        return rank;
    }

    private boolean breaksNothing(Employee person, ShiftSlot slot) {
        List<ShiftSlot> current = duties.getOrDefault(person, List.of());
        List<ShiftSlot> with = new ArrayList<>(current.size() + 1);
        with.addAll(current);
        with.add(slot);
        return rules.penalty(person, with) <= rules.penalty(person, current);
    }

    private void take(Employee person, ShiftSlot slot) {
        duties.computeIfAbsent(person, e -> new ArrayList<>()).add(slot);
        minutes.merge(person, slot.minutes(), Integer::sum);
    }

    private boolean inTurn(Employee person, int weekendIndex) {
        Integer phase = weekendPhase.get(person);
        return phase == null || Math.floorMod(weekendIndex - firstWeekend, person.weekendEvery()) == phase;
    }

    /** Per layer, give each person the weekend phase that evens out how many work each weekend. */
    private void planWeekendTurns() {
        int weekends = 1 + roster.getSlots().stream().mapToInt(ShiftSlot::weekendIndex).max().orElse(firstWeekend) - firstWeekend;
        Map<ShiftLayer, int[]> loadPerLayer = new HashMap<>();
        List<Employee> ordered = new ArrayList<>(roster.getEmployees());
        ordered.sort(Comparator.comparing((Employee e) -> !e.has(Skill.SOSU_ASSISTANT) && !e.has(Skill.NURSE))
                .thenComparingInt(Employee::weekendEvery)
                .thenComparing(Employee::id));
        for (Employee person : ordered) {
            int[] perWeekend = loadPerLayer.computeIfAbsent(person.layer(), l -> new int[weekends]);
            int every = person.weekendEvery();
            int bestPhase = 0;
            long bestLoad = Long.MAX_VALUE;
            for (int phase = 0; phase < every; phase++) {
                // the busiest of the phase's weekends first, then their total
                int busiest = 0;
                int total = 0;
                for (int k = phase; k < weekends; k += every) {
                    busiest = Math.max(busiest, perWeekend[k]);
                    total += perWeekend[k];
                }
                long load = (long) busiest * 10_000 + total;
                if (load < bestLoad) {
                    bestLoad = load;
                    bestPhase = phase;
                }
            }
            for (int k = bestPhase; k < weekends; k += every) {
                perWeekend[k]++;
            }
            weekendPhase.put(person, bestPhase);
        }
    }

    /** Same numbering as {@code Shift.weekendIndex}: the epoch week of the weekend's Saturday. */
    private static int firstWeekendIndex(LocalDate firstDay) {
        LocalDate saturday = firstDay;
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        return (int) Math.floorDiv(saturday.toEpochDay(), 7);
    }

    private record WishKey(Employee person, LocalDate date, ShiftLayer layer) {
        static WishKey of(Employee person, ShiftSlot slot) {
            return new WishKey(person, slot.date(), slot.layer());
        }
    }
}
