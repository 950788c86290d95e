package dk.tilknyt.roster.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;

class UnitRosterGeneratorTest {

    private final Roster unit = UnitRosterGenerator.generate(60, 6, 1);

    @Test
    void theSameSeedGivesTheSameUnit(@TempDir Path first, @TempDir Path second) throws IOException {
        RosterCsv.write(UnitRosterGenerator.generate(20, 4, 5), first);
        RosterCsv.write(UnitRosterGenerator.generate(20, 4, 5), second);
        for (String file : List.of("staff.csv", "demand.csv", "wishes.csv", "absence.csv")) {
            assertThat(Files.readAllLines(first.resolve(file))).as(file).isEqualTo(Files.readAllLines(second.resolve(file)));
        }
    }

    @Test
    void contractedHoursExceedDemandWithSlack() {
        long demand = unit.getSlots().stream().mapToLong(ShiftSlot::minutes).sum();
        long contracted = unit.getEmployees().stream().mapToLong(Employee::targetMinutes).sum();
        assertThat(contracted).isGreaterThan(demand * 11 / 10);
    }

    @Test
    void everyEveningAndNightShiftNeedsAnAssistantAndEnoughAssistantsAreAtWork() {
        Map<String, List<ShiftSlot>> byShift = unit.getSlots().stream()
                .collect(Collectors.groupingBy(slot -> slot.shift().toString()));
        for (List<ShiftSlot> shift : byShift.values()) {
            ShiftSlot any = shift.getFirst();
            if (any.layer() == ShiftLayer.DAY) {
                continue;
            }
            assertThat(shift).as(any.shift().toString()).anyMatch(s -> s.requiredSkill().equals(Skill.SOSU_ASSISTANT));
            long assistantsAtWork = unit.getEmployees().stream()
                    .filter(e -> e.has(Skill.SOSU_ASSISTANT) && !e.isAbsentOn(any.date()) && e.ownsLayer(any.layer()))
                    .count();
            assertThat(assistantsAtWork).as(any.shift().toString()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void weekendsNeedFewerPeopleThanWeekdaysAndFitTheWeekendTurns() {
        for (ShiftLayer layer : List.of(ShiftLayer.DAY, ShiftLayer.EVENING, ShiftLayer.NIGHT)) {
            double turnsPerWeekend = unit.getEmployees().stream().filter(e -> e.layer() == layer)
                    .mapToDouble(e -> 2.0 / e.weekendEvery()).sum();
            long saturday = peopleOn(LocalDate.of(2026, 12, 5), layer);
            long monday = peopleOn(LocalDate.of(2026, 12, 7), layer);
            assertThat(saturday).as(layer.code()).isLessThanOrEqualTo(monday);
            assertThat(2 * saturday).as(layer.code()).isLessThan((long) turnsPerWeekend);
        }
    }

    @Test
    void staffAreMostlyPartTimeInTheirOwnLayerWithWishes() {
        long partTime = unit.getEmployees().stream().filter(e -> e.weeklyMinutes() < 37 * 60).count();
        assertThat(partTime).isGreaterThan(unit.getEmployees().size() / 2);
        assertThat(unit.getEmployees()).extracting(Employee::weekendEvery).contains(2, 3, 4);
        double wishesPerPersonPerFourWeeks = unit.getWishes().size() * 4.0 / 6 / unit.getEmployees().size();
        assertThat(wishesPerPersonPerFourWeeks).isBetween(2.0, 4.0);
        assertThat(unit.getPeriod().firstDay().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void writesTheBenchFilesWithTheirHeaders(@TempDir Path dir) throws IOException {
        unit.getSlots().getFirst().assign(unit.getEmployees().getFirst());
        RosterCsv.write(unit, dir);
        assertThat(Files.readAllLines(dir.resolve("staff.csv")).getFirst()).isEqualTo("person_id;weekly_hours;layer;weekend_every;skills");
        assertThat(Files.readAllLines(dir.resolve("demand.csv")).getFirst()).isEqualTo("date;shift_id;layer;start;end;skill;required");
        assertThat(Files.readAllLines(dir.resolve("wishes.csv")).getFirst()).isEqualTo("person_id;date;kind;layer;priority");
        assertThat(Files.readAllLines(dir.resolve("absence.csv")).getFirst()).isEqualTo("person_id;date");
        assertThat(Files.readAllLines(dir.resolve("roster.csv"))).containsExactly("person_id;date;shift_id;start;end;layer",
                "E001;2026-11-30;day;07:00;15:00;day");
        assertThat(Files.readAllLines(dir.resolve("staff.csv"))).hasSize(61);
        assertThat(Files.readAllLines(dir.resolve("demand.csv"))).contains("2026-11-30;night;night;23:00;07:00;sosu_assistant;1");
        int required = Files.readAllLines(dir.resolve("demand.csv")).stream().skip(1)
                .mapToInt(line -> Integer.parseInt(line.substring(line.lastIndexOf(';') + 1))).sum();
        assertThat(required).isEqualTo(unit.getSlots().size());
    }

    private long peopleOn(LocalDate date, ShiftLayer layer) {
        return unit.getSlots().stream().filter(s -> s.date().equals(date) && s.layer() == layer).count();
    }
}
