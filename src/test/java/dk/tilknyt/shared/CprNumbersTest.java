package dk.tilknyt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CprNumbersTest {

    @Test
    void tenDigitsStartingWithARealDayLookLikeACprNumber() {
        assertThat(CprNumbers.containsCpr("0101901234")).isTrue();
        assertThat(CprNumbers.containsCpr("3112991234")).isTrue();
    }

    @Test
    void theDashedFormLooksLikeACprNumberToo() {
        assertThat(CprNumbers.containsCpr("010190-1234")).isTrue();
    }

    @Test
    void aCprNumberInsideOtherTextIsFound() {
        assertThat(CprNumbers.containsCpr("medarbejder 0101901234, Solhøj")).isTrue();
        assertThat(CprNumbers.containsCpr("cpr:010190-1234")).isTrue();
    }

    @Test
    void tenDigitsWhoseFirstSixAreNoDayAreNotACprNumber() {
        assertThat(CprNumbers.containsCpr("3201901234")).as("day 32").isFalse();
        assertThat(CprNumbers.containsCpr("0113901234")).as("month 13").isFalse();
        assertThat(CprNumbers.containsCpr("3104901234")).as("31 April").isFalse();
        assertThat(CprNumbers.containsCpr("0000001234")).isFalse();
    }

    @Test
    void twentyNinthOfFebruaryCountsOnlyInYearsThatAreLeapInSomeCentury() {
        assertThat(CprNumbers.containsCpr("2902001234")).isTrue();
        assertThat(CprNumbers.containsCpr("2902841234")).isTrue();
        assertThat(CprNumbers.containsCpr("2902011234")).isFalse();
    }

    @Test
    void longerOrShorterRunsOfDigitsAreNotACprNumber() {
        assertThat(CprNumbers.containsCpr("01019012345")).isFalse();
        assertThat(CprNumbers.containsCpr("010190123")).isFalse();
        assertThat(CprNumbers.containsCpr("010190-12345")).isFalse();
        assertThat(CprNumbers.containsCpr("1010190-1234")).isFalse();
    }

    @Test
    void datesHoursAndEmployeeNumbersAreNotACprNumber() {
        assertThat(CprNumbers.containsCpr("2024-01-01")).isFalse();
        assertThat(CprNumbers.containsCpr("37,5")).isFalse();
        assertThat(CprNumbers.containsCpr("p000123")).isFalse();
        assertThat(CprNumbers.containsCpr(null)).isFalse();
    }

    @Test
    void maskingKeepsTheBirthDateAndHidesTheSequenceNumber() {
        assertThat(CprNumbers.mask("0101901234")).isEqualTo("010190-****");
        assertThat(CprNumbers.mask("se 010190-1234 og 0202021234")).isEqualTo("se 010190-**** og 020202-****");
        assertThat(CprNumbers.mask("p0042")).isEqualTo("p0042");
    }
}
