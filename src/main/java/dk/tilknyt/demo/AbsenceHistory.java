package dk.tilknyt.demo;

import static dk.tilknyt.demo.Weighted.between;
import static dk.tilknyt.demo.Weighted.chance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.SplittableRandom;

import dk.tilknyt.demo.Staffing.Employment;
import dk.tilknyt.demo.Staffing.Person;
import dk.tilknyt.shared.DanishCalendar;

/**
 * Writes one person's absence rows for the period: sickness (many short spells, a few long ones, some
 * partial 50 % sickness afterwards, occasional work injuries), vacation (three summer weeks, a winter or
 * autumn week, single days), care days and child's sick days for parents, maternity and other leave.
 * Rates give about 16 sick days per full-time employee a year, as the national statistics, higher in
 * care than in offices. Every row lies inside one employment, and no two rows of a person share a day.
 * Each person has a random generator of their own, so the rows do not depend on the order of writing.
 */
final class AbsenceHistory {

    private static final double SHORT_SPELLS_PER_YEAR = 4.8;
    private static final double LONG_SPELLS_PER_YEAR = 0.07;
    private static final double[] SHORT_DAYS = {1, 2, 3, 4, 5, 7, 10, 14, 21};
    private static final double[] SHORT_WEIGHTS = {42, 24, 14, 5, 5, 4, 3, 2, 1};

    private final int first;
    private final int last;
    private final long seed;
    private final boolean[] working;
    private final CsvFile out;
    private final BitSet taken;
    private SplittableRandom rng;
    private Employment employment;
    private int from;
    private int to;

    AbsenceHistory(LocalDate first, LocalDate last, long seed, CsvFile out) {
        this.first = (int) first.toEpochDay();
        this.last = (int) last.toEpochDay();
        this.seed = seed;
        this.out = out;
        this.working = new boolean[this.last - this.first + 1];
        for (int d = this.first; d <= this.last; d++) {
            working[d - this.first] = DanishCalendar.isWorkingDay(LocalDate.ofEpochDay(d));
        }
        this.taken = new BitSet(working.length);
    }

    void write(Person person) {
        rng = new SplittableRandom(seed ^ (person.number * 0x9E3779B97F4A7C15L));
        taken.clear();
        double proneness = Math.exp(0.75 * Weighted.gaussian(rng) - 0.28);
        for (Employment e : person.employments) {
            employment = e;
            from = Math.max(e.firstDay(), first);
            to = Math.min(e.lastDay(), last);
            if (from <= to && !e.onlyHourly()) {
                stretch(person, proneness);
            }
        }
    }

    private void stretch(Person person, double proneness) {
        Family family = employment.current().family;
        double years = (to - from + 1) / 365.25;
        for (int year = year(from); year <= year(to); year++) {
            int age = year - person.birthYear;
            if (person.parent && age >= 24 && age <= 41 && chance(rng, 0.06)) {
                int start = randomDay(from, to);
                place("maternity", start, start + between(rng, 200, 330), 100);
            }
            if (chance(rng, 0.012)) {
                int start = randomDay(from, to);
                place("leave", start, start + between(rng, 14, 180), 100);
            }
        }
        for (int n = Weighted.poisson(rng, LONG_SPELLS_PER_YEAR * family.sickness * proneness * years); n > 0; n--) {
            longSickness();
        }
        for (int year = year(from); year <= year(to); year++) {
            vacation(year);
            int age = year - person.birthYear;
            double share = share(year);
            if (person.parent && age <= 50) {
                for (int i = 0; i < Math.round(2 * share); i++) {
                    singleDays("care_day", 1);
                }
                for (int i = Weighted.poisson(rng, 1.5 * share); i > 0; i--) {
                    singleDays("child_sick", chance(rng, 0.75) ? 1 : 2);
                }
            }
        }
        for (int n = Weighted.poisson(rng, SHORT_SPELLS_PER_YEAR * family.sickness * proneness * years); n > 0; n--) {
            singleDays("sick", (int) Weighted.pick(rng, SHORT_DAYS, SHORT_WEIGHTS));
        }
        double injuries = family.isCare() || family == Family.SERVICE ? 0.04 : 0.008;
        for (int n = Weighted.poisson(rng, injuries * years); n > 0; n--) {
            singleDays("work_injury", between(rng, 1, 20));
        }
    }

    /** A spell over 30 days, sometimes followed by weeks of partial (50 %) sickness; still running when recent. */
    private void longSickness() {
        int start = randomDay(from, to);
        int end = start + 30 + (int) (-Math.log(1 - rng.nextDouble()) * 45);
        boolean running = end > to && to == last && employment.lastDay() == Staffing.OPEN && start >= last - 90 && start <= last - 21;
        if (running) {
            if (free(start, last)) {
                mark(start, last);
                row("sick", start, Staffing.OPEN, 100);
            }
            return;
        }
        if (place("sick", start, end, 100) && chance(rng, 0.35)) {
            place("sick", Math.min(end, to) + 1, end + between(rng, 14, 56), 50);
        }
    }

    private void vacation(int year) {
        double share = share(year);
        if (share <= 0) {
            return;
        }
        int entitled = (int) Math.round(30 * share);
        int used = 0;
        LocalDate july = LocalDate.of(year, 7, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        int summer = (int) july.toEpochDay() + 7 * between(rng, -1, 3);
        int weeks = entitled >= 15 ? 3 : entitled >= 10 ? 2 : 0;
        if (weeks > 0 && place("vacation", summer, summer + 7 * weeks - 3, 100)) {
            used += workingDays(summer, summer + 7 * weeks - 3);
        }
        if (entitled - used >= 5 && chance(rng, 0.6)) {
            LocalDate week = LocalDate.of(year, chance(rng, 0.5) ? 2 : 10, 1)
                    .with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusWeeks(between(rng, 1, 2));
            int monday = (int) week.toEpochDay();
            if (place("vacation", monday, monday + 4, 100)) {
                used += workingDays(monday, monday + 4);
            }
        }
        int yearFrom = Math.max(from, (int) LocalDate.of(year, 1, 1).toEpochDay());
        int yearTo = Math.min(to, (int) LocalDate.of(year, 12, 31).toEpochDay());
        for (int tries = 0; used < entitled && tries < 40; tries++) {
            int start = randomWorkingDay(yearFrom, yearTo);
            int end = start < 0 ? -1 : afterWorkingDays(start, Math.min(entitled - used, between(rng, 1, 3)));
            if (start >= 0 && place("vacation", start, end, 100)) {
                used += workingDays(start, end);
            }
        }
    }

    /** A row of {@code days} working days from a random working day (weekends inside count as absent too). */
    private void singleDays(String type, int days) {
        for (int tries = 0; tries < 4; tries++) {
            int start = randomWorkingDay(from, to);
            if (start >= 0 && place(type, start, afterWorkingDays(start, days), 100)) {
                return;
            }
        }
    }

    /** Writes the row, clipped to the employment, unless a day of it is taken. */
    private boolean place(String type, int start, int end, int extent) {
        start = Math.max(start, from);
        end = Math.min(end, to);
        if (start > end || !free(start, end)) {
            return false;
        }
        mark(start, end);
        row(type, start, end, extent);
        return true;
    }

    private void row(String type, int start, int end, int extent) {
        out.row("fr" + pad(out.rows() + 1), employment.person.id(), employment.id, type,
                LocalDate.ofEpochDay(start).toString(), end == Staffing.OPEN ? null : LocalDate.ofEpochDay(end).toString(),
                Integer.toString(extent), null);
    }

    private boolean free(int start, int end) {
        int next = taken.nextSetBit(start - first);
        return next < 0 || next > end - first;
    }

    private void mark(int start, int end) {
        taken.set(start - first, end - first + 1);
    }

    private int workingDays(int start, int end) {
        int n = 0;
        for (int d = Math.max(start, first); d <= Math.min(end, last); d++) {
            n += working[d - first] ? 1 : 0;
        }
        return n;
    }

    private int afterWorkingDays(int start, int days) {
        int d = start;
        for (int counted = working(start) ? 1 : 0; counted < days && d < last; ) {
            d++;
            counted += working(d) ? 1 : 0;
        }
        return d;
    }

    private boolean working(int day) {
        return day >= first && day <= last && working[day - first];
    }

    private int randomDay(int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    private int randomWorkingDay(int low, int high) {
        if (low > high) {
            return -1;
        }
        for (int tries = 0; tries < 10; tries++) {
            int day = randomDay(low, high);
            if (working(day)) {
                return day;
            }
        }
        return -1;
    }

    /** The part of the year this employment covers, 0..1. */
    private double share(int year) {
        int a = Math.max(from, (int) LocalDate.of(year, 1, 1).toEpochDay());
        int b = Math.min(to, (int) LocalDate.of(year, 12, 31).toEpochDay());
        return a > b ? 0 : (b - a + 1) / 365.0;
    }

    private static int year(int day) {
        return LocalDate.ofEpochDay(day).getYear();
    }

    static String pad(long n) {
        String digits = Long.toString(n);
        return "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }
}
