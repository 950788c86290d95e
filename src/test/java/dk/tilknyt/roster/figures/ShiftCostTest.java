package dk.tilknyt.roster.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** rules.md supplements for cost estimates, per minute the highest single rate (they do not stack). */
class ShiftCostTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 8);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    private static final LocalDate CHRISTMAS_DAY = LocalDate.of(2026, 12, 25);

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0);
    }

    @Test
    void anEveningShiftOnATuesdayPaysTwoPlainHoursAndSixHoursAtThirtyPercent() {
        // 15–17 plain: 2 h; 17–23 evening 30 %: 6 × 1.30 = 7.8 h; 9.8 paid hours × 235 = 2,303.00 DKK
        assertThat(ShiftCost.paidHours(at(TUESDAY, 15), at(TUESDAY, 23))).isCloseTo(9.8, within(1e-9));
        assertThat(ShiftCost.cost(at(TUESDAY, 15), at(TUESDAY, 23), 235)).isCloseTo(2303.0, within(1e-6));
    }

    @Test
    void aNightShiftFromSaturdayIntoSundayPaysTheHighestRateOfEachHour() {
        // Sat 23–24: night 35 % beats Saturday 30 % (not 65 %): 1.35 h; Sun 00–07: Sunday 50 % beats night: 7 × 1.5 = 10.5 h
        assertThat(ShiftCost.paidHours(at(SATURDAY, 23), at(SATURDAY.plusDays(1), 7))).isCloseTo(11.85, within(1e-9));
    }

    @Test
    void aNightShiftFromSundayIntoMondayKeepsTheNightRateUntilSix() {
        // Sun 23–24: 50 % → 1.5 h; Mon 00–06 night 35 %: 6 × 1.35 = 8.1 h; Mon 06–07 plain: 1 h; 10.6 h
        LocalDate sunday = SATURDAY.plusDays(1);
        assertThat(ShiftCost.paidHours(at(sunday, 23), at(sunday.plusDays(1), 7))).isCloseTo(10.6, within(1e-9));
    }

    @Test
    void aDayShiftOnChristmasDayIsAHolidayAtFiftyPercentAllDay() {
        // 25 Dec 2026 is a Friday: 07–15 at 50 % = 8 × 1.5 = 12 h
        assertThat(ShiftCost.paidHours(at(CHRISTMAS_DAY, 7), at(CHRISTMAS_DAY, 15))).isCloseTo(12.0, within(1e-9));
        // 24 Dec counts as a holiday too (DanishCalendar)
        assertThat(ShiftCost.supplementAt(at(CHRISTMAS_DAY.minusDays(1), 10))).isEqualTo(0.50);
    }

    @Test
    void aSaturdayDayShiftPaysOnePlainHourAndSevenAtThirtyPercent() {
        // 07–08 plain: 1 h; 08–15 Saturday 30 %: 7 × 1.3 = 9.1 h; 10.1 h
        assertThat(ShiftCost.paidHours(at(SATURDAY, 7), at(SATURDAY, 15))).isCloseTo(10.1, within(1e-9));
    }

    @Test
    void partHoursAreWeightedByTheMinute() {
        // 14:30–17:30 on a Tuesday: 2.5 h plain + 0.5 h × 1.3 = 3.15 h
        assertThat(ShiftCost.paidHours(TUESDAY.atTime(14, 30), TUESDAY.atTime(17, 30))).isCloseTo(3.15, within(1e-9));
    }

    @Test
    void anExternalTempCostsTheFamilyRateTimesTheAgencyMarkup() {
        CostRates rates = new CostRates(Map.of("sosu_assistant", 235.0, "default", 220.0), 1.6);
        // 235 × 1.6 = 376 per hour; the Tuesday evening shift: 9.8 × 376 = 3,684.80 DKK
        assertThat(rates.externalRate("sosu_assistant")).isCloseTo(376.0, within(1e-9));
        assertThat(ShiftCost.cost(at(TUESDAY, 15), at(TUESDAY, 23), rates.externalRate("sosu_assistant")))
                .isCloseTo(3684.8, within(1e-6));
        // a slot any care worker can fill ("care") is priced at the default rate: 220 × 1.6
        assertThat(rates.externalRate("care")).isCloseTo(352.0, within(1e-9));
    }

    @Test
    void withoutConfigurationTheRateIsTheDefaultAndTheMarkupOnePointSix() {
        CostRates none = new CostRates(null, null);
        assertThat(none.hourlyRate("nurse")).isEqualTo(220.0);
        assertThat(none.externalMarkup()).isEqualTo(1.6);
    }
}
