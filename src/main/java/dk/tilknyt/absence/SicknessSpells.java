package dk.tilknyt.absence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.shared.DanishCalendar;

/**
 * The spell rule of key-figures.md ({@code sickness_spells}): sickness rows of one person belong to one
 * spell when each next row starts at most 1 day after the previous ends, or after only Saturdays,
 * Sundays and public holidays. A row without an end keeps the spell running. Pure: no database.
 */
public final class SicknessSpells {

    private static final Comparator<Absence> BY_START = Comparator.comparing(Absence::start)
            .thenComparing(a -> a.end() == null ? LocalDate.MAX : a.end());

    private SicknessSpells() {
    }

    /** The spells of every person among the rows, per person oldest first; non-sickness rows are ignored. */
    public static Map<String, List<SicknessSpell>> byPerson(Collection<Absence> rows) {
        Map<String, List<Absence>> sickRows = new LinkedHashMap<>();
        for (Absence row : rows) {
            if (row.type().isSickness()) {
                sickRows.computeIfAbsent(row.personId(), p -> new ArrayList<>()).add(row);
            }
        }
        Map<String, List<SicknessSpell>> spells = new LinkedHashMap<>();
        sickRows.forEach((person, list) -> spells.put(person, merge(person, list)));
        return spells;
    }

    /** The spells of one person's rows, oldest first; rows of other types are ignored. */
    public static List<SicknessSpell> of(String personId, Collection<Absence> rows) {
        return merge(personId, rows.stream().filter(r -> r.type().isSickness()).toList());
    }

    private static List<SicknessSpell> merge(String personId, List<Absence> sickRows) {
        List<Absence> sorted = sickRows.stream().sorted(BY_START).toList();
        List<SicknessSpell> spells = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        boolean running = false;
        for (Absence row : sorted) {
            if (start != null && (running || continues(end, row.start()))) {
                running |= row.end() == null;
                end = running ? null : later(end, row.end());
                continue;
            }
            if (start != null) {
                spells.add(new SicknessSpell(personId, start, end));
            }
            start = row.start();
            end = row.end();
            running = row.end() == null;
        }
        if (start != null) {
            spells.add(new SicknessSpell(personId, start, running ? null : end));
        }
        return List.copyOf(spells);
    }

    /** Whether a row starting on {@code next} continues a spell whose last day is {@code previousEnd}. */
    static boolean continues(LocalDate previousEnd, LocalDate next) {
        for (LocalDate day = previousEnd.plusDays(1); day.isBefore(next); day = day.plusDays(1)) {
            if (DanishCalendar.isWorkingDay(day)) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
