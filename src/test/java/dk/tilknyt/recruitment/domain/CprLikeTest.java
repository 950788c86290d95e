package dk.tilknyt.recruitment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CprLikeTest {

    @Test
    void tenDigitsStartingWithAValidDateLookLikeACprNumber() {
        assertThat(CprLike.test("0102851234")).isTrue();
        assertThat(CprLike.test("010285-1234")).isTrue();
        assertThat(CprLike.test("290200-1234")).isTrue(); // 29 Feb 2000
    }

    @Test
    void otherIdsDoNot() {
        assertThat(CprLike.test("3213851234")).isFalse(); // month 13
        assertThat(CprLike.test("E-0102851234")).isFalse();
        assertThat(CprLike.test("123456")).isFalse();
        assertThat(CprLike.test("emp-42")).isFalse();
        assertThat(CprLike.test(null)).isFalse();
    }
}
