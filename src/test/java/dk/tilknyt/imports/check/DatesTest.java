package dk.tilknyt.imports.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void theThreeFormsOfTheFormatAreDates() {
        assertThat(Dates.parse("2024-03-05")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Dates.parse("05-03-2024")).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Dates.parse("05.03.2024")).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void daysThatDoNotExistAreNoDates() {
        assertThat(Dates.parse("2024-02-30")).isNull();
        assertThat(Dates.parse("2023-02-29")).isNull();
        assertThat(Dates.parse("2024-13-01")).isNull();
    }

    @Test
    void otherFormsAndTypingErrorsAreNoDates() {
        assertThat(Dates.parse("5/3/2024")).isNull();
        assertThat(Dates.parse("2024-3-5")).isNull();
        assertThat(Dates.parse("05-03.2024")).isNull();
        assertThat(Dates.parse("0202-03-05")).as("year outside 1900-2100").isNull();
        assertThat(Dates.parse("")).isNull();
    }
}
