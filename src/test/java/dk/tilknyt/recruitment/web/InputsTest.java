package dk.tilknyt.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void datesAreReadInTheThreeFormatsOfTheImport() {
        LocalDate expected = LocalDate.of(2026, 3, 9);

        assertThat(Inputs.date("2026-03-09")).contains(expected);
        assertThat(Inputs.date("09-03-2026")).contains(expected);
        assertThat(Inputs.date(" 09.03.2026 ")).contains(expected);
    }

    @Test
    void aDayThatDoesNotExistIsNoDate() {
        assertThat(Inputs.date("31.02.2026")).isEmpty();
        assertThat(Inputs.date("31-02-2026")).isEmpty();
        assertThat(Inputs.date("2026-02-31")).isEmpty();
        assertThat(Inputs.date("i morgen")).isEmpty();
    }

    @Test
    void decimalsAreReadWithACommaOrAPoint() {
        assertThat(Inputs.decimal("32,5")).contains(new BigDecimal("32.5"));
        assertThat(Inputs.decimal("32.5")).contains(new BigDecimal("32.5"));
        assertThat(Inputs.decimal("mange")).isEmpty();
        assertThat(Inputs.decimal(" ")).isEmpty();
    }
}
