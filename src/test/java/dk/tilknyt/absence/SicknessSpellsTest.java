package dk.tilknyt.absence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SicknessSpellsTest {

    private int ids;

    private Absence row(AbsenceType type, String start, String end) {
        return new Absence("a" + ids++, "p1", null, type, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), 100, null);
    }

    private Absence sick(String start, String end) {
        return row(AbsenceType.SICK, start, end);
    }

    private static SicknessSpell spell(String start, String end) {
        return new SicknessSpell("p1", LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    @Test
    void rowsOnConsecutiveDaysAreOneSpell() {
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-03-03", "2025-03-04"), sick("2025-03-05", "2025-03-06"))))
                .containsExactly(spell("2025-03-03", "2025-03-06"));
    }

    @Test
    void aWeekendBetweenRowsDoesNotBreakTheSpell() {
        // Friday, then Monday
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-03-03", "2025-03-07"), sick("2025-03-10", "2025-03-11"))))
                .containsExactly(spell("2025-03-03", "2025-03-11"));
    }

    @Test
    void easterHolidaysAndTheWeekendBetweenRowsDoNotBreakTheSpell() {
        // Wednesday 16 April 2025; Maundy Thursday, Good Friday, Saturday, Easter Sunday, Easter Monday; Tuesday 22 April
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-04-14", "2025-04-16"), sick("2025-04-22", "2025-04-25"))))
                .containsExactly(spell("2025-04-14", "2025-04-25"));
    }

    @Test
    void aWorkingDayBetweenRowsStartsANewSpell() {
        // Monday, then Wednesday: Tuesday was a working day
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-03-03", "2025-03-03"), sick("2025-03-05", "2025-03-05"))))
                .containsExactly(spell("2025-03-03", "2025-03-03"), spell("2025-03-05", "2025-03-05"));
    }

    @Test
    void storeBededagJoinsSpellsIn2023ButIsAWorkingDayFrom2024() {
        // Store Bededag: Friday 5 May 2023 (a holiday), Friday 26 April 2024 (a working day)
        assertThat(SicknessSpells.of("p1", List.of(sick("2023-05-03", "2023-05-04"), sick("2023-05-08", "2023-05-09"))))
                .containsExactly(spell("2023-05-03", "2023-05-09"));
        assertThat(SicknessSpells.of("p1", List.of(sick("2024-04-24", "2024-04-25"), sick("2024-04-29", "2024-04-30"))))
                .hasSize(2);
    }

    @Test
    void workInjuryIsSicknessAndOtherTypesAreIgnored() {
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-03-03", "2025-03-04"),
                row(AbsenceType.WORK_INJURY, "2025-03-05", "2025-03-06"),
                row(AbsenceType.CHILD_SICK, "2025-03-07", "2025-03-07"),
                row(AbsenceType.VACATION, "2025-03-10", "2025-03-14"))))
                .containsExactly(spell("2025-03-03", "2025-03-06"));
    }

    @Test
    void aRowWithoutEndKeepsTheSpellRunningAndSwallowsLaterRows() {
        List<SicknessSpell> spells = SicknessSpells.of("p1", List.of(sick("2025-03-03", null), sick("2025-04-01", "2025-04-02")));
        assertThat(spells).containsExactly(spell("2025-03-03", null));
        assertThat(spells.getFirst().isRunning()).isTrue();
    }

    @Test
    void overlappingRowsOfTwoEmploymentsAreOneSpell() {
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-03-03", "2025-03-20"), sick("2025-03-05", "2025-03-06"),
                sick("2025-03-21", "2025-03-21"))))
                .containsExactly(spell("2025-03-03", "2025-03-21"));
    }

    @Test
    void rowsInAnyOrderGiveTheSameSpells() {
        assertThat(SicknessSpells.of("p1", List.of(sick("2025-03-10", "2025-03-11"), sick("2025-03-03", "2025-03-07"))))
                .containsExactly(spell("2025-03-03", "2025-03-11"));
    }

    @Test
    void lengthIsInCalendarDaysAndARunningSpellRunsToToday() {
        assertThat(spell("2025-03-07", "2025-03-10").lengthDays(LocalDate.parse("2025-12-01"))).isEqualTo(4);
        assertThat(spell("2025-03-01", null).lengthDays(LocalDate.parse("2025-03-14"))).isEqualTo(14);
    }

    @Test
    void spellsAreKeptPerPerson() {
        Absence other = new Absence("x", "p2", null, AbsenceType.SICK, LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-04"), 100, null);
        var byPerson = SicknessSpells.byPerson(List.of(sick("2025-03-03", "2025-03-03"), other));
        assertThat(byPerson).containsOnlyKeys("p1", "p2");
        assertThat(byPerson.get("p2")).containsExactly(new SicknessSpell("p2", LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-04")));
    }
}
