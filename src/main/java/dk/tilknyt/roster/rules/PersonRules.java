package dk.tilknyt.roster.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.RosterPeriod;
import dk.tilknyt.roster.solver.RosterWeek;
import dk.tilknyt.roster.solver.Shift;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.WorkingTimeRules;

/**
 * The hard rules for one person's duties, in plain Java and independent of the constraint streams. The
 * duties' own employee field is ignored, so the same code answers "what if this person took that slot".
 */
public final class PersonRules {

    private static final Comparator<ShiftSlot> BY_START =
            Comparator.comparingInt(ShiftSlot::startMinute).thenComparingLong(ShiftSlot::getId);

    private final RosterPeriod period;
    private final List<RosterWeek> weeks;
    private final WorkingTimeRules rules;

    public PersonRules(RosterPeriod period, WorkingTimeRules rules) {
        this.period = period;
        this.weeks = period.restWeeks();
        this.rules = rules;
    }

    public List<RuleViolation> check(Employee person, List<ShiftSlot> duties) {
        List<ShiftSlot> sorted = new ArrayList<>(duties);
        sorted.sort(BY_START);
        List<RuleViolation> found = new ArrayList<>();
        for (ShiftSlot duty : sorted) {
            checkTerms(person, duty, found);
        }
        checkPairs(person, sorted, found);
        checkWeeklyRest(person, sorted, found);
        checkConsecutiveDays(person, sorted, found);
        checkWeekends(person, sorted, found);
        checkTraineeShare(person, sorted, found);
        return found;
    }

    /** The hard penalty the duties carry, as {@link #check} would sum it. */
    public int penalty(Employee person, List<ShiftSlot> duties) {
        return check(person, duties).stream().mapToInt(RuleViolation::penalty).sum();
    }

    /** The rules that break when the person takes {@code extra} on top of {@code duties}; empty if none. */
    public List<RuleViolation> newViolations(Employee person, List<ShiftSlot> duties, ShiftSlot extra) {
        List<RuleViolation> before = check(person, duties);
        List<ShiftSlot> with = new ArrayList<>(duties);
        with.add(extra);
        List<RuleViolation> after = new ArrayList<>(check(person, with));
        for (RuleViolation old : before) {
            after.remove(old);
        }
        // A share, not a count: another shift changes the finding's text even when it lowers the excess
        // (a day shift does), so only a larger excess is new.
        after.removeIf(v -> v.rule() == HardRule.TRAINEE_EVENING_SHARE && before.stream()
                .anyMatch(old -> old.rule() == HardRule.TRAINEE_EVENING_SHARE && old.penalty() >= v.penalty()));
        return after;
    }

    private void checkTerms(Employee person, ShiftSlot duty, List<RuleViolation> found) {
        Shift shift = duty.shift();
        if (!person.has(duty.requiredSkill())) {
            found.add(violation(HardRule.REQUIRED_SKILL, person, shift.date(), 1,
                    shift + " needs " + duty.requiredSkill()));
        }
        if (person.isAbsentOn(shift.date())) {
            found.add(violation(HardRule.ABSENT, person, shift.date(), 1, "absent on " + shift.date()));
        }
        if (!person.mayWork(shift.layer())) {
            found.add(violation(HardRule.LIFE_PHASE_LIMIT, person, shift.date(), 1,
                    "does not work " + shift.layer().code() + " shifts"));
        }
    }

    /** Overlaps and short rests, one per pair of shifts. */
    private void checkPairs(Employee person, List<ShiftSlot> sorted, List<RuleViolation> found) {
        for (int i = 0; i < sorted.size(); i++) {
            Shift first = sorted.get(i).shift();
            for (int j = i + 1; j < sorted.size(); j++) {
                Shift second = sorted.get(j).shift();
                if (second.startMinute() < first.endMinute()) {
                    found.add(violation(HardRule.OVERLAPPING_SHIFTS, person, second.date(), 1,
                            first + " overlaps " + second));
                } else if (second.startMinute() - first.endMinute() < rules.minRestMinutes()) {
                    found.add(violation(HardRule.MINIMUM_REST, person, second.date(), 1,
                            (second.startMinute() - first.endMinute()) / 60.0 + " h rest between " + first + " and " + second));
                }
            }
        }
    }

    /** Every 7-day block the person works in must hold one free stretch of at least the weekly rest. */
    private void checkWeeklyRest(Employee person, List<ShiftSlot> sorted, List<RuleViolation> found) {
        for (RosterWeek week : weeks) {
            int free = 0;
            int cursor = week.startMinute();
            boolean works = false;
            for (ShiftSlot duty : sorted) {
                if (duty.startMinute() >= week.endMinute() || duty.endMinute() <= week.startMinute()) {
                    continue;
                }
                works = true;
                free = Math.max(free, duty.startMinute() - cursor);
                cursor = Math.max(cursor, duty.endMinute());
            }
            free = Math.max(free, week.endMinute() - cursor);
            if (works && free < rules.weeklyRestMinutes()) {
                LocalDate firstDay = period.firstDay().plusWeeks(week.index());
                found.add(violation(HardRule.WEEKLY_REST, person, firstDay, 1,
                        "longest rest in the week from " + firstDay + " is " + free / 60.0 + " h"));
            }
        }
    }

    private void checkConsecutiveDays(Employee person, List<ShiftSlot> sorted, List<RuleViolation> found) {
        TreeSet<Integer> days = new TreeSet<>();
        sorted.forEach(duty -> days.add(duty.dayIndex()));
        int runStart = Integer.MIN_VALUE;
        int previous = Integer.MIN_VALUE;
        for (int day : days) {
            if (day != previous + 1) {
                closeRun(person, runStart, previous, found);
                runStart = day;
            }
            previous = day;
        }
        closeRun(person, runStart, previous, found);
    }

    private void closeRun(Employee person, int runStart, int runEnd, List<RuleViolation> found) {
        if (runStart == Integer.MIN_VALUE) {
            return;
        }
        int length = runEnd - runStart + 1;
        if (length > rules.maxConsecutiveDays()) {
            LocalDate from = period.firstDay().plusDays(runStart);
            found.add(violation(HardRule.CONSECUTIVE_DAYS, person, from.plusDays(rules.maxConsecutiveDays()),
                    length - rules.maxConsecutiveDays(), length + " working days in a row from " + from));
        }
    }

    /** Two worked weekends closer together than the person's agreed frequency. */
    private void checkWeekends(Employee person, List<ShiftSlot> sorted, List<RuleViolation> found) {
        TreeMap<Integer, LocalDate> weekends = new TreeMap<>();
        for (ShiftSlot duty : sorted) {
            if (duty.isWeekend()) {
                weekends.putIfAbsent(duty.weekendIndex(), duty.date());
            }
        }
        Integer previous = null;
        for (var weekend : weekends.entrySet()) {
            if (previous != null && weekend.getKey() - previous < person.weekendEvery()) {
                found.add(violation(HardRule.WEEKEND_FREQUENCY, person, weekend.getValue(), 1,
                        "works the weekends of " + weekends.get(previous) + " and " + weekend.getValue()
                                + " but at most every " + person.weekendEvery() + ". weekend"));
            }
            previous = weekend.getKey();
        }
    }

    /**
     * rules.md, "Trainees": at most a third of a trainee's shifts in the evening or at night. Broken by
     * 3·e − n (e evening and night shifts, n all shifts), reported on the last evening or night shift.
     */
    private void checkTraineeShare(Employee person, List<ShiftSlot> sorted, List<RuleViolation> found) {
        if (!person.isTrainee()) {
            return;
        }
        List<ShiftSlot> late = sorted.stream().filter(duty -> duty.layer() != ShiftLayer.DAY).toList();
        int excess = 3 * late.size() - sorted.size();
        if (excess > 0) {
            found.add(violation(HardRule.TRAINEE_EVENING_SHARE, person, late.getLast().date(), excess,
                    late.size() + " of " + sorted.size() + " shifts in the evening or at night, at most a third allowed"));
        }
    }

    private static RuleViolation violation(HardRule rule, Employee person, LocalDate date, int penalty, String detail) {
        return new RuleViolation(rule, person.id(), date, penalty, detail);
    }
}
