package dk.tilknyt.roster.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.roster.planning.PlannedRoster;
import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.solver.ShiftSlot;

/**
 * The roster as the planner reads it: one row per person, one column per day, each cell the shifts the person
 * starts that day; below, the open shifts per day and those an external temp covers. Cells name their slot so one
 * can be edited.
 */
record RosterGrid(List<LocalDate> dates, List<Row> rows, List<Cell> open, int openCount, List<Cell> external,
                  int externalCount) {

    record Entry(long slotId, String shift, String skill, boolean broken) {
    }

    record Cell(LocalDate date, List<Entry> entries) {
    }

    record Row(String personId, List<Cell> cells, int minutes, int targetMinutes) {
        public String hours() {
            return String.format(java.util.Locale.ROOT, "%.1f / %.1f", minutes / 60.0, targetMinutes / 60.0);
        }
    }

    static RosterGrid of(PlannedRoster planned) {
        List<LocalDate> dates = planned.roster().getPeriod().dates();
        Map<String, Map<LocalDate, List<Entry>>> byPerson = new LinkedHashMap<>();
        Map<String, Integer> minutes = new LinkedHashMap<>();
        planned.employees().keySet().forEach(id -> byPerson.put(id, new LinkedHashMap<>()));
        Map<LocalDate, List<Entry>> open = new LinkedHashMap<>();
        for (ShiftSlot slot : planned.roster().getSlots()) {
            if (slot.isOpen()) {
                open.computeIfAbsent(slot.date(), d -> new ArrayList<>()).add(entry(slot, false));
            } else {
                String person = slot.getEmployee().id();
                boolean broken = planned.report().violationsOf(person).stream().map(RuleViolation::date)
                        .anyMatch(slot.date()::equals);
                byPerson.get(person).computeIfAbsent(slot.date(), d -> new ArrayList<>()).add(entry(slot, broken));
                minutes.merge(person, slot.minutes(), Integer::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        byPerson.forEach((person, days) -> rows.add(new Row(person,
                dates.stream().map(d -> new Cell(d, days.getOrDefault(d, List.of()))).toList(),
                minutes.getOrDefault(person, 0), planned.employees().get(person).targetMinutes())));
        List<Cell> openCells = dates.stream().map(d -> new Cell(d, open.getOrDefault(d, List.of()))).toList();
        Map<LocalDate, List<Entry>> external = new LinkedHashMap<>();
        planned.external().forEach(e -> external.computeIfAbsent(e.date(), d -> new ArrayList<>())
                .add(new Entry(e.slotId(), e.shiftCode(), e.skill(), false)));
        List<Cell> externalCells = dates.stream().map(d -> new Cell(d, external.getOrDefault(d, List.of()))).toList();
        return new RosterGrid(dates, rows, openCells, (int) planned.roster().openSlotCount(), externalCells,
                planned.external().size());
    }

    private static Entry entry(ShiftSlot slot, boolean broken) {
        return new Entry(slot.getId(), slot.shift().id(), slot.requiredSkill().code(), broken);
    }
}
