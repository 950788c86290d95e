package dk.tilknyt.imports.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** import-format.md "absences": two rows of one person may not cover the same day for the same employment. */
class AbsenceDaysTest {

    private final AbsenceDays days = new AbsenceDays();
    private int lines = 1;

    @Test
    void rowsOfOneEmploymentOnTheSameDayOverlap() {
        add(0, 7, "2024-05-01", "2024-05-10");
        add(0, 7, "2024-05-10", "2024-05-12");
        assertThat(overlaps()).containsExactly("a3~a2");
    }

    @Test
    void rowsOfTwoEmploymentsOnTheSameDayDoNot() {
        add(0, 7, "2024-05-01", "2024-05-10");
        add(0, 8, "2024-05-05", "2024-05-12");
        assertThat(overlaps()).isEmpty();
    }

    @Test
    void aPersonWideRowOverlapsEveryRowOfThePerson() {
        add(0, 7, "2024-05-01", "2024-05-10");
        add(0, AbsenceDays.PERSON_WIDE, "2024-05-03", "2024-05-03");
        add(0, 8, "2024-05-03", "2024-05-04");
        assertThat(overlaps()).containsExactly("a3~a2", "a4~a3");
    }

    @Test
    void aLongRowIsFoundBehindShorterOnes() {
        add(0, 7, "2024-01-01", "2024-12-31");
        add(0, 7, "2024-02-01", "2024-02-02");
        add(0, 7, "2024-06-01", "2024-06-02");
        assertThat(overlaps()).containsExactly("a3~a2", "a4~a2");
    }

    @Test
    void anOpenRowReachesEveryLaterDay() {
        add(0, AbsenceDays.PERSON_WIDE, "2024-01-01", null);
        add(0, 7, "2030-01-01", "2030-01-01");
        assertThat(overlaps()).containsExactly("a3~a2");
    }

    @Test
    void rowsOfDifferentPersonsNeverOverlapAndTouchingRowsDoNot() {
        add(0, AbsenceDays.PERSON_WIDE, "2024-05-01", "2024-05-10");
        add(1, AbsenceDays.PERSON_WIDE, "2024-05-01", "2024-05-10");
        add(0, AbsenceDays.PERSON_WIDE, "2024-05-11", "2024-05-20");
        assertThat(overlaps()).isEmpty();
    }

    private void add(int person, int employment, String start, String end) {
        int line = ++lines;
        days.add(person, employment, (int) LocalDate.parse(start).toEpochDay(),
                end == null ? AbsenceDays.OPEN : (int) LocalDate.parse(end).toEpochDay(), line, "a" + line);
    }

    private List<String> overlaps() {
        List<String> found = new ArrayList<>();
        days.findOverlaps((row, other) -> found.add(days.id(row) + "~" + days.id(other)));
        return found;
    }
}
