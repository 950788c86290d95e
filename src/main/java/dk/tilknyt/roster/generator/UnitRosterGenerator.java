package dk.tilknyt.roster.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.RosterPeriod;
import dk.tilknyt.roster.solver.Shift;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;
import dk.tilknyt.roster.solver.Wish;
import dk.tilknyt.roster.solver.WishKind;
import dk.tilknyt.shared.DanishCalendar;

/**
 * A realistic care-home unit for tests and the bench, the same for the same seed: staff mostly part-time in
 * their own layer, weekend frequency 2/3/4, assistants and nurses, some absence and a few wishes per person;
 * demand for day (07–15), evening (15–23) and night (23–07) shifts derived from the staff so that every
 * layer has about 12 % more contracted hours and weekend turns than it needs (the mixed-layer staff come on
 * top). Evening and night shifts need one assistant each, weekday day shifts a nurse (when
 * two nurses are at work). Weekends and holidays are staffed lower, with 25 % slack in weekend turns.
 */
public final class UnitRosterGenerator {

    /** A Monday, so a six-week roster runs over Christmas 2026. */
    public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(2026, 11, 30);

    private static final double SLACK = 1.12;
    private static final double WEEKEND_SLACK = 1.25;
    private static final int SHIFT_MINUTES = 8 * 60;
    private static final int[] WEEKLY_HOURS = {37, 37, 37, 32, 32, 30, 30, 28, 28, 25, 24, 20};
    private static final int[] WEEKEND_EVERY = {2, 2, 2, 3, 3, 3, 3, 4, 4};
    private static final Map<ShiftLayer, LocalTime[]> TIMES = Map.of(
            ShiftLayer.DAY, new LocalTime[] {LocalTime.of(7, 0), LocalTime.of(15, 0)},
            ShiftLayer.EVENING, new LocalTime[] {LocalTime.of(15, 0), LocalTime.of(23, 0)},
            ShiftLayer.NIGHT, new LocalTime[] {LocalTime.of(23, 0), LocalTime.of(7, 0)});
    private static final List<ShiftLayer> SHIFT_LAYERS = List.of(ShiftLayer.DAY, ShiftLayer.EVENING, ShiftLayer.NIGHT);

    private final Random random;
    private final RosterPeriod period;

    private UnitRosterGenerator(long seed, RosterPeriod period) {
        this.random = new Random(seed);
        this.period = period;
    }

    public static Roster generate(int staff, int weeks, long seed) {
        return generate(staff, weeks, seed, DEFAULT_FIRST_DAY);
    }

    public static Roster generate(int staff, int weeks, long seed, LocalDate firstDay) {
        if (staff < 8) {
            throw new IllegalArgumentException("A unit with day, evening and night shifts needs at least 8 staff");
        }
        UnitRosterGenerator generator = new UnitRosterGenerator(seed, RosterPeriod.startingMondayFrom(firstDay, weeks));
        List<Employee> employees = generator.staff(staff);
        List<ShiftSlot> slots = generator.demand(employees);
        List<Wish> wishes = generator.wishes(employees);
        return new Roster(generator.period, employees, wishes, slots);
    }

    // ---- staff ----

    private List<Employee> staff(int count) {
        int night = Math.max(3, (int) Math.round(count * 0.17));
        int evening = Math.max(3, (int) Math.round(count * 0.30));
        int mixed = (int) Math.round(count * 0.08);
        int day = count - night - evening - mixed;
        List<Employee> employees = new ArrayList<>(count);
        addLayer(employees, ShiftLayer.DAY, day);
        addLayer(employees, ShiftLayer.EVENING, evening);
        addLayer(employees, ShiftLayer.NIGHT, night);
        addLayer(employees, ShiftLayer.MIXED, mixed);
        return employees;
    }

    private void addLayer(List<Employee> employees, ShiftLayer layer, int count) {
        int nurses = layer == ShiftLayer.DAY ? Math.max(2, Math.round(count / 12f)) : 0;
        // Evening and night need an assistant every day, weekends included: at least three per layer.
        int assistants = switch (layer) {
            case EVENING, NIGHT -> Math.max(3, Math.round(count * 0.4f));
            case MIXED -> Math.round(count * 0.5f);
            case DAY -> Math.round(count * 0.3f);
        };
        for (int i = 0; i < count; i++) {
            String id = String.format("E%03d", employees.size() + 1);
            Set<Skill> skills = new HashSet<>();
            skills.add(Skill.CARE);
            if (i < nurses) {
                skills.add(Skill.NURSE);
                skills.add(Skill.MEDICINE);
            } else if (i < nurses + assistants) {
                skills.add(Skill.SOSU_ASSISTANT);
                skills.add(Skill.MEDICINE);
            } else {
                skills.add(Skill.SOSU_HELPER);
                if (random.nextInt(5) == 0) {
                    skills.add(Skill.MEDICINE);
                }
            }
            int weeklyHours = WEEKLY_HOURS[random.nextInt(WEEKLY_HOURS.length)];
            boolean scarceAssistant = skills.contains(Skill.SOSU_ASSISTANT) && assistants <= 4 && layer != ShiftLayer.DAY;
            int weekendEvery = scarceAssistant ? 2 : WEEKEND_EVERY[random.nextInt(WEEKEND_EVERY.length)];
            Set<ShiftLayer> limits = layer == ShiftLayer.DAY && random.nextInt(10) == 0 ? Set.of(ShiftLayer.NIGHT) : Set.of();
            employees.add(new Employee(id, weeklyHours * 60, layer, weekendEvery, skills, absence(), limits, false, period));
        }
    }

    /** Some take a week's holiday (Monday to Friday), some are sick a day or three. */
    private Set<LocalDate> absence() {
        Set<LocalDate> days = new HashSet<>();
        if (random.nextInt(100) < 15) {
            LocalDate monday = period.firstDay().plusWeeks(random.nextInt(period.weeks()));
            for (int d = 0; d < 5; d++) {
                days.add(monday.plusDays(d));
            }
        }
        if (random.nextInt(100) < 25) {
            LocalDate first = period.firstDay().plusDays(random.nextInt(period.days() - 3));
            int length = 1 + random.nextInt(3);
            for (int d = 0; d < length; d++) {
                days.add(first.plusDays(d));
            }
        }
        return days;
    }

    // ---- demand ----

    private List<ShiftSlot> demand(List<Employee> employees) {
        Map<ShiftLayer, Staffing> staffing = new EnumMap<>(ShiftLayer.class);
        for (ShiftLayer layer : SHIFT_LAYERS) {
            staffing.put(layer, staffing(employees.stream().filter(e -> e.layer() == layer).toList()));
        }
        List<Employee> nurses = employees.stream().filter(e -> e.has(Skill.NURSE)).toList();
        List<ShiftSlot> slots = new ArrayList<>();
        for (LocalDate date : period.dates()) {
            boolean quiet = isWeekendOrHoliday(date);
            // A nurse on the weekday day shift when two are at work to choose from.
            boolean nurseDay = nurses.stream().filter(n -> !n.isAbsentOn(date)).count() >= 2;
            for (ShiftLayer layer : SHIFT_LAYERS) {
                LocalTime[] times = TIMES.get(layer);
                Shift shift = Shift.of(period, date, layer.code(), layer, times[0], times[1]);
                int people = staffing.get(layer).next(quiet);
                int special = 0;
                if (layer == ShiftLayer.DAY && !quiet && nurseDay) {
                    slots.add(new ShiftSlot(slots.size() + 1L, shift, Skill.NURSE));
                    special++;
                } else if (layer != ShiftLayer.DAY) {
                    slots.add(new ShiftSlot(slots.size() + 1L, shift, Skill.SOSU_ASSISTANT));
                    special++;
                }
                for (int i = special; i < people; i++) {
                    slots.add(new ShiftSlot(slots.size() + 1L, shift, Skill.CARE));
                }
            }
        }
        return slots;
    }

    /**
     * People per weekday and per weekend day that the layer's own staff can cover with slack: contracted
     * hours (less absence) for the week, and weekend turns (each person works both days of their weekend).
     */
    private Staffing staffing(List<Employee> layerStaff) {
        double shiftsPerWeek = layerStaff.stream().mapToDouble(Employee::targetMinutes).sum()
                / period.weeks() / SHIFT_MINUTES;
        double weekendShifts = layerStaff.stream().mapToDouble(e -> 2.0 / e.weekendEvery()).sum();
        double weekend = Math.max(1, weekendShifts / 2 / WEEKEND_SLACK);
        double weekday = Math.max(weekend, (shiftsPerWeek / SLACK - 2 * weekend) / 5);
        return new Staffing(weekday, weekend);
    }

    /** Average people per day, handed out day by day as whole people so the totals stay on average. */
    private static final class Staffing {
        private final double weekday;
        private final double weekend;
        private double weekdayOwed;
        private double weekendOwed;

        Staffing(double weekday, double weekend) {
            this.weekday = weekday;
            this.weekend = weekend;
        }

        int next(boolean quiet) {
            if (quiet) {
                weekendOwed += weekend;
                int people = (int) Math.floor(weekendOwed);
                weekendOwed -= people;
                return Math.max(1, people);
            }
            weekdayOwed += weekday;
            int people = (int) Math.floor(weekdayOwed);
            weekdayOwed -= people;
            return Math.max(2, people);
        }
    }

    private static boolean isWeekendOrHoliday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || DanishCalendar.isHoliday(date);
    }

    // ---- wishes ----

    /** Two to four wishes per person per four weeks: days off, wished shifts, shifts to avoid. */
    private List<Wish> wishes(List<Employee> employees) {
        List<Wish> wishes = new ArrayList<>();
        for (Employee person : employees) {
            int count = (int) Math.round((2 + random.nextInt(3)) * period.weeks() / 4.0);
            Set<LocalDate> used = new HashSet<>(person.absenceDays());
            for (int i = 0; i < count; i++) {
                LocalDate date = period.firstDay().plusDays(random.nextInt(period.days()));
                if (!used.add(date)) {
                    continue;
                }
                int roll = random.nextInt(4);
                WishKind kind = roll < 2 ? WishKind.OFF : roll == 2 ? WishKind.WANT : WishKind.AVOID;
                ShiftLayer layer = switch (kind) {
                    case OFF -> null;
                    case WANT -> person.layer() == ShiftLayer.MIXED ? SHIFT_LAYERS.get(random.nextInt(3)) : person.layer();
                    case AVOID -> random.nextBoolean() ? null : SHIFT_LAYERS.get(random.nextInt(3));
                };
                wishes.add(new Wish(person, date, kind, layer, 1 + random.nextInt(3)));
            }
        }
        return wishes;
    }
}
