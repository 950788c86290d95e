package dk.tilknyt.keyfigures.domain;

import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.absence.Absence;

/**
 * key-figures.md sickness_spells: the sickness rows (own illness and work injury) of one person form
 * one spell while each next row starts at most a day after the spell so far ends, or after only
 * Saturdays, Sundays and public holidays. A spell with an open row is running.
 */
final class SicknessSpells {

    /** key-figures.md long_term_sickness_share: spells longer than 30 calendar days (the employer period). */
    static final int LONG_SPELL_DAYS = 30;

    private SicknessSpells() {
    }

    /**
     * The spells of one person's rows (ordered by start); {@code rowSpell[i]} is set to the index of
     * the spell row i belongs to, -1 for rows that are not sickness.
     */
    static List<Spell> of(List<Absence> rowsByStart, int[] rowSpell) {
        List<Spell> spells = new ArrayList<>();
        Spell current = null;
        for (int i = 0; i < rowsByStart.size(); i++) {
            Absence row = rowsByStart.get(i);
            rowSpell[i] = -1;
            if (!row.type().isSickness()) {
                continue;
            }
            int start = (int) row.start().toEpochDay();
            int end = row.end() == null ? Snapshot.OPEN : (int) row.end().toEpochDay();
            if (current == null || !continues(current.end, start)) {
                current = new Spell(start);
                spells.add(current);
            }
            current.extend(end, row.end() == null);
            rowSpell[i] = spells.size() - 1;
        }
        return spells;
    }

    private static boolean continues(int spellEnd, int nextStart) {
        if (spellEnd == Snapshot.OPEN || nextStart <= spellEnd + 1) {
            return true;
        }
        return WorkingDays.between(spellEnd + 1, nextStart - 1) == 0;
    }

    /** A spell while it is being assembled, with the included segments that carry its hours. */
    static final class Spell {
        final int start;
        int end;
        boolean running;
        final List<Integer> segments = new ArrayList<>(2);

        Spell(int start) {
            this.start = start;
            this.end = start;
        }

        void extend(int rowEnd, boolean open) {
            end = Math.max(end, rowEnd);
            running |= open;
        }

        /** Longer than 30 calendar days, first to last day; a running spell's length runs to today. */
        boolean isLong(int today) {
            int last = running ? today : end;
            return (long) last - start + 1 > LONG_SPELL_DAYS;
        }

        void addSegment(int segment) {
            if (!segments.contains(segment)) {
                segments.add(segment);
            }
        }
    }
}
