package dk.tilknyt.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.RosterPeriod;
import dk.tilknyt.roster.solver.Shift;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;

/** Small hand-made rosters: a four-week period from Monday 7 December 2026, shifts 07–15, 15–23, 23–07. */
public final class RosterFixtures {

    public static final RosterPeriod PERIOD = new RosterPeriod(LocalDate.of(2026, 12, 7), 4);
    private static final AtomicLong IDS = new AtomicLong();

    private RosterFixtures() {
    }

    /** Day {@code index} of the period; 0 is a Monday, 5 a Saturday. */
    public static LocalDate day(int index) {
        return PERIOD.firstDay().plusDays(index);
    }

    public static Shift dayShift(int index) {
        return Shift.of(PERIOD, day(index), "day", ShiftLayer.DAY, LocalTime.of(7, 0), LocalTime.of(15, 0));
    }

    public static Shift eveningShift(int index) {
        return Shift.of(PERIOD, day(index), "evening", ShiftLayer.EVENING, LocalTime.of(15, 0), LocalTime.of(23, 0));
    }

    public static Shift nightShift(int index) {
        return Shift.of(PERIOD, day(index), "night", ShiftLayer.NIGHT, LocalTime.of(23, 0), LocalTime.of(7, 0));
    }

    public static ShiftSlot slot(Shift shift, Employee employee) {
        return new ShiftSlot(IDS.incrementAndGet(), shift, Skill.CARE, employee);
    }

    public static ShiftSlot slot(Shift shift, Skill skill, Employee employee) {
        return new ShiftSlot(IDS.incrementAndGet(), shift, skill, employee);
    }

    public static ShiftSlot openSlot(Shift shift, Skill skill) {
        return new ShiftSlot(IDS.incrementAndGet(), shift, skill);
    }

    /** Day-shift slots for the employee on each of the days. */
    public static List<ShiftSlot> daysWorked(Employee employee, int... days) {
        return java.util.Arrays.stream(days).mapToObj(d -> slot(dayShift(d), employee)).toList();
    }

    public static Person person(String id) {
        return new Person(id);
    }

    /** Builds an employee: 37 h, day layer, every 2nd weekend, care helper, never absent, unless told. */
    public static final class Person {
        private final String id;
        private int weeklyMinutes = 37 * 60;
        private ShiftLayer layer = ShiftLayer.DAY;
        private int weekendEvery = 2;
        private final Set<Skill> skills = new HashSet<>(Set.of(Skill.CARE, Skill.SOSU_HELPER));
        private final Set<LocalDate> absent = new HashSet<>();
        private final Set<ShiftLayer> excluded = EnumSet.noneOf(ShiftLayer.class);
        private boolean trainee;

        private Person(String id) {
            this.id = id;
        }

        public Person weeklyHours(int hours) {
            this.weeklyMinutes = hours * 60;
            return this;
        }

        public Person layer(ShiftLayer ownLayer) {
            this.layer = ownLayer;
            return this;
        }

        public Person weekendEvery(int every) {
            this.weekendEvery = every;
            return this;
        }

        public Person assistant() {
            skills.add(Skill.SOSU_ASSISTANT);
            return this;
        }

        public Person absentOn(int... days) {
            for (int d : days) {
                absent.add(day(d));
            }
            return this;
        }

        public Person noNights() {
            excluded.add(ShiftLayer.NIGHT);
            return this;
        }

        public Person trainee() {
            trainee = true;
            return this;
        }

        public Employee build() {
            return new Employee(id, weeklyMinutes, layer, weekendEvery, skills, absent, excluded, trainee, PERIOD);
        }
    }
}
