package dk.tilknyt.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Danish public holidays as municipal agreements count them (rules.md, "Calendar").
 * Store Bededag (Easter + 26) is a holiday up to and including 2023 only; 24 December counts as a holiday.
 */
public final class DanishCalendar {

    private static final Set<MonthDay> FIXED = Set.of(
            MonthDay.of(1, 1), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26));
    private static final int[] EASTER_OFFSETS = {-3, -2, 0, 1, 39, 49, 50};
    private static final int STORE_BEDEDAG_OFFSET = 26;
    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private DanishCalendar() {
    }

    public static boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).contains(day);
    }

    /** Monday to Friday and not a public holiday: a day with agreed hours in the 5-day convention. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    public static boolean isWeekendOrHoliday(LocalDate day) {
        return !isWorkingDay(day);
    }

    public static Set<LocalDate> holidays(int year) {
        return BY_YEAR.computeIfAbsent(year, DanishCalendar::compute);
    }

    private static Set<LocalDate> compute(int year) {
        LocalDate easter = easterSunday(year);
        var days = new java.util.HashSet<LocalDate>();
        for (MonthDay md : FIXED) {
            days.add(md.atYear(year));
        }
        for (int offset : EASTER_OFFSETS) {
            days.add(easter.plusDays(offset));
        }
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            days.add(easter.plusDays(STORE_BEDEDAG_OFFSET));
        }
        return Set.copyOf(days);
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
