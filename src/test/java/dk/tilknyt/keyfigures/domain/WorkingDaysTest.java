package dk.tilknyt.keyfigures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** rules.md "Calendar" as the figures count it: Monday–Friday without public holidays. */
class WorkingDaysTest {

    @Test
    void aprilTwentyTwentyFiveLosesMaundyThursdayGoodFridayAndEasterMonday() {
        // 22 weekdays − 17, 18 and 21 April
        assertThat(count("2025-04-01", "2025-04-30")).isEqualTo(19);
    }

    @Test
    void storeBededagIsAHolidayInTwentyTwentyThreeButNotInTwentyTwentyFour() {
        assertThat(count("2023-05-05", "2023-05-05")).isZero();
        assertThat(count("2024-04-26", "2024-04-26")).isEqualTo(1);
    }

    @Test
    void christmasEveBoxingDayAndNewYearAreHolidaysButNewYearsEveIsNot() {
        // 22 Dec 2025 (Monday) – 2 Jan 2026 (Friday): 22, 23, 29, 30, 31 Dec and 2 Jan
        assertThat(count("2025-12-22", "2026-01-02")).isEqualTo(6);
    }

    @Test
    void aWholeYearHasItsWeekdaysMinusTheHolidaysOnWeekdays() {
        // 2025: 261 weekdays − 1 Jan, 17, 18, 21 Apr, 29 May, 9 Jun, 24, 25, 26 Dec = 252
        assertThat(count("2025-01-01", "2025-12-31")).isEqualTo(252);
    }

    @Test
    void anEmptyOrReversedStretchHasNoWorkingDays() {
        assertThat(count("2025-04-05", "2025-04-06")).isZero(); // a weekend
        assertThat(count("2025-04-10", "2025-04-09")).isZero();
    }

    private static int count(String from, String to) {
        return WorkingDays.between((int) LocalDate.parse(from).toEpochDay(), (int) LocalDate.parse(to).toEpochDay());
    }
}
