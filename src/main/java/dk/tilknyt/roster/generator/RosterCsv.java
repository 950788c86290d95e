package dk.tilknyt.roster.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.Shift;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;
import dk.tilknyt.roster.solver.Wish;

/** Writes a roster instance and its solution as the CSV files bench.md describes, so others can check them. */
public final class RosterCsv {

    private RosterCsv() {
    }

    public static void write(Roster roster, Path dir) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve("staff.csv"), "person_id;weekly_hours;layer;weekend_every;skills", staff(roster));
            write(dir.resolve("demand.csv"), "date;shift_id;layer;start;end;skill;required", demand(roster));
            write(dir.resolve("wishes.csv"), "person_id;date;kind;layer;priority", wishes(roster));
            write(dir.resolve("absence.csv"), "person_id;date", absence(roster));
            write(dir.resolve("roster.csv"), "person_id;date;shift_id;start;end;layer", assignments(roster));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        lines.addAll(rows);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static List<String> staff(Roster roster) {
        return roster.getEmployees().stream()
                .map(e -> String.join(";", e.id(), hours(e.weeklyMinutes()), e.layer().code(),
                        String.valueOf(e.weekendEvery()),
                        e.skills().stream().map(Skill::code).sorted().collect(Collectors.joining("|"))))
                .toList();
    }

    private static List<String> demand(Roster roster) {
        Map<String, Integer> required = new LinkedHashMap<>();
        roster.getSlots().stream()
                .sorted(Comparator.comparingInt(ShiftSlot::startMinute).thenComparingLong(ShiftSlot::getId))
                .forEach(slot -> required.merge(shiftColumns(slot.shift()) + ";" + slot.requiredSkill().code(), 1, Integer::sum));
        return required.entrySet().stream().map(e -> e.getKey() + ";" + e.getValue()).toList();
    }

    private static List<String> wishes(Roster roster) {
        return roster.getWishes().stream()
                .sorted(Comparator.comparing((Wish w) -> w.employee().id()).thenComparing(Wish::date))
                .map(w -> String.join(";", w.employee().id(), w.date().toString(), w.kind().code(),
                        w.layer() == null ? "" : w.layer().code(), String.valueOf(w.priority())))
                .toList();
    }

    private static List<String> absence(Roster roster) {
        List<String> rows = new ArrayList<>();
        for (Employee e : roster.getEmployees()) {
            e.absenceDays().stream().filter(roster.getPeriod()::contains).sorted()
                    .forEach(day -> rows.add(e.id() + ";" + day));
        }
        return rows;
    }

    private static List<String> assignments(Roster roster) {
        return roster.getSlots().stream()
                .filter(slot -> !slot.isOpen())
                .sorted(Comparator.comparing((ShiftSlot s) -> s.getEmployee().id()).thenComparingInt(ShiftSlot::startMinute))
                .map(slot -> slot.getEmployee().id() + ";" + slot.date() + ";" + slot.shift().id() + ";"
                        + slot.shift().start() + ";" + slot.shift().end() + ";" + slot.layer().code())
                .toList();
    }

    private static String shiftColumns(Shift shift) {
        return shift.date() + ";" + shift.id() + ";" + shift.layer().code() + ";" + shift.start() + ";" + shift.end();
    }

    private static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
