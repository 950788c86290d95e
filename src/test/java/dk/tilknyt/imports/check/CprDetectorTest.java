package dk.tilknyt.imports.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CprDetectorTest {

    @Test
    void tenDigitsStartingWithARealDayLookLikeACprNumber() {
        assertThat(CprDetector.containsCpr("0101901234")).isTrue();
        assertThat(CprDetector.containsCpr("3112991234")).isTrue();
    }

    @Test
    void theDashedFormLooksLikeACprNumberToo() {
        assertThat(CprDetector.containsCpr("010190-1234")).isTrue();
    }

    @Test
    void aCprNumberInsideOtherTextIsFound() {
        assertThat(CprDetector.containsCpr("medarbejder 0101901234, Solhøj")).isTrue();
        assertThat(CprDetector.containsCpr("cpr:010190-1234")).isTrue();
    }

    @Test
    void tenDigitsWhoseFirstSixAreNoDayAreNotACprNumber() {
        assertThat(CprDetector.containsCpr("3201901234")).as("day 32").isFalse();
        assertThat(CprDetector.containsCpr("0113901234")).as("month 13").isFalse();
        assertThat(CprDetector.containsCpr("3104901234")).as("31 April").isFalse();
        assertThat(CprDetector.containsCpr("0000001234")).isFalse();
    }

    @Test
    void twentyNinthOfFebruaryCountsOnlyInYearsThatAreLeapInSomeCentury() {
        assertThat(CprDetector.containsCpr("2902001234")).isTrue();
        assertThat(CprDetector.containsCpr("2902841234")).isTrue();
        assertThat(CprDetector.containsCpr("2902011234")).isFalse();
    }

    @Test
    void longerOrShorterRunsOfDigitsAreNotACprNumber() {
        assertThat(CprDetector.containsCpr("01019012345")).isFalse();
        assertThat(CprDetector.containsCpr("010190123")).isFalse();
        assertThat(CprDetector.containsCpr("010190-12345")).isFalse();
        assertThat(CprDetector.containsCpr("1010190-1234")).isFalse();
    }

    @Test
    void datesHoursAndEmployeeNumbersAreNotACprNumber() {
        assertThat(CprDetector.containsCpr("2024-01-01")).isFalse();
        assertThat(CprDetector.containsCpr("37,5")).isFalse();
        assertThat(CprDetector.containsCpr("p000123")).isFalse();
        assertThat(CprDetector.containsCpr(null)).isFalse();
    }

    @Test
    void maskingKeepsTheBirthDateAndHidesTheSequenceNumber() {
        assertThat(CprDetector.mask("0101901234")).isEqualTo("010190-****");
        assertThat(CprDetector.mask("se 010190-1234 og 0202021234")).isEqualTo("se 010190-**** og 020202-****");
        assertThat(CprDetector.mask("p0042")).isEqualTo("p0042");
    }
}
