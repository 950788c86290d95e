package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The groups reasons are analysed in: age band (as key-figures.md) and tenure band. */
public final class Bands {

    public static final String[] AGE_BANDS = {"<25", "25-34", "35-44", "45-54", "55-59", "60+"};
    public static final String[] TENURE_BANDS = {"<1", "1-2", "3-5", "6-10", "10+"};

    private Bands() {
    }

    /** key-figures.md: age = year of the day - birth year. Null when the birth year is unknown. */
    public static String ageBand(Integer birthYear, LocalDate day) {
        if (birthYear == null) {
            return null;
        }
        int age = day.getYear() - birthYear;
        if (age < 25) {
            return "<25";
        }
        if (age >= 60) {
            return "60+";
        }
        return age < 35 ? "25-34" : age < 45 ? "35-44" : age < 55 ? "45-54" : "55-59";
    }

    /** Whole years from the first day to the day: under 1, 1-2, 3-5, 6-10, over 10. */
    public static String tenureBand(LocalDate firstDay, LocalDate day) {
        long years = firstDay.isAfter(day) ? 0 : ChronoUnit.YEARS.between(firstDay, day);
        if (years < 1) {
            return "<1";
        }
        return years < 3 ? "1-2" : years < 6 ? "3-5" : years <= 10 ? "6-10" : "10+";
    }
}
