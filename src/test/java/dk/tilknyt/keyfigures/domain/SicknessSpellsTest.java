package dk.tilknyt.keyfigures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.AbsenceType;

/** key-figures.md sickness_spells: how sickness rows of one person join into spells. */
class SicknessSpellsTest {

    private final List<Absence> rows = new ArrayList<>();

    @Test
    void aRowStartingTheDayAfterTheLastEndsContinuesTheSpell() {
        sick("2025-03-03", "2025-03-04");
        sick("2025-03-05", "2025-03-06");

        assertThat(spells()).containsExactly("2025-03-03..2025-03-06");
    }

    @Test
    void aGapOfOnlyAWeekendOrHolidaysContinuesTheSpell() {
        sick("2025-03-03", "2025-03-07"); // Friday
        sick("2025-03-10", "2025-03-11"); // Monday
        sick("2025-04-16", "2025-04-16"); // Wednesday before Easter
        sick("2025-04-22", "2025-04-23"); // Tuesday after Easter Monday

        assertThat(spells()).containsExactly("2025-03-03..2025-03-11", "2025-04-16..2025-04-23");
    }

    @Test
    void aWorkingDayBetweenTwoRowsStartsANewSpell() {
        sick("2025-03-03", "2025-03-04");
        sick("2025-03-06", "2025-03-07");

        assertThat(spells()).containsExactly("2025-03-03..2025-03-04", "2025-03-06..2025-03-07");
    }

    @Test
    void workInjuryJoinsSicknessButChildsSickDaysDoNot() {
        sick("2025-03-03", "2025-03-04");
        rows.add(row(AbsenceType.CHILD_SICK, "2025-03-05", "2025-03-05"));
        rows.add(row(AbsenceType.WORK_INJURY, "2025-03-06", "2025-03-07"));

        assertThat(spells()).containsExactly("2025-03-03..2025-03-04", "2025-03-06..2025-03-07");
    }

    @Test
    void aSpellWithAnOpenRowIsRunningAndSwallowsLaterRows() {
        sick("2025-03-03", null);
        sick("2025-06-02", "2025-06-03");

        assertThat(spells()).containsExactly("2025-03-03..running");
    }

    @Test
    void aSpellIsLongWhenItLastsMoreThanThirtyCalendarDays() {
        var thirty = new SicknessSpells.Spell(day("2025-11-03"));
        thirty.extend(day("2025-12-02"), false);
        var thirtyOne = new SicknessSpells.Spell(day("2025-11-03"));
        thirtyOne.extend(day("2025-12-03"), false);
        var running = new SicknessSpells.Spell(day("2025-12-01"));
        running.extend(Snapshot.OPEN, true);

        assertThat(thirty.isLong(day("2026-01-15"))).isFalse();
        assertThat(thirtyOne.isLong(day("2026-01-15"))).isTrue();
        assertThat(running.isLong(day("2025-12-30"))).isFalse(); // 30 days so far
        assertThat(running.isLong(day("2025-12-31"))).isTrue();
    }

    private List<String> spells() {
        rows.sort(java.util.Comparator.comparing(Absence::start));
        return SicknessSpells.of(rows, new int[rows.size()]).stream()
                .map(s -> LocalDate.ofEpochDay(s.start) + ".." + (s.running ? "running" : LocalDate.ofEpochDay(s.end)))
                .toList();
    }

    private void sick(String start, String end) {
        rows.add(row(AbsenceType.SICK, start, end));
    }

    private Absence row(AbsenceType type, String start, String end) {
        return new Absence("a" + rows.size(), "p1", null, type, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), 100, null);
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }
}
