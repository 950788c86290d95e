package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.absence.SicknessSpell;

/**
 * Omsorgssamtale on frequent absence (rules.md; a municipal convention): proposed when a person has at
 * least 3 spells starting within 6 months, or at least 15 sick calendar days within 12 months. "Within n
 * months" of day d is the period (d - n months, d]. Once the rule is met, only spells starting after that
 * day count towards the next time, so one long spell proposes one conversation, not one a fortnight.
 */
public final class CareConversationRule {

    private CareConversationRule() {
    }

    /** The days on which the rule was met, oldest first, judged on what is known by {@code today}. */
    public static List<LocalDate> metDays(List<SicknessSpell> spells, LocalDate today, FollowUpSettings settings) {
        List<SicknessSpell> known = spells.stream().filter(s -> !s.start().isAfter(today)).toList();
        List<LocalDate> met = new ArrayList<>();
        int first = 0;
        while (first < known.size()) {
            List<SicknessSpell> counted = known.subList(first, known.size());
            LocalDate next = earliest(bySpellCount(counted, settings), bySickDays(counted, today, settings));
            if (next == null) {
                break;
            }
            met.add(next);
            while (first < known.size() && !known.get(first).start().isAfter(next)) {
                first++;
            }
        }
        return met;
    }

    /** The day the n-th spell starts within the window after n - 1 others, or null. */
    static LocalDate bySpellCount(List<SicknessSpell> spells, FollowUpSettings settings) {
        int n = settings.careSpells();
        for (int i = n - 1; i < spells.size(); i++) {
            LocalDate day = spells.get(i).start();
            if (spells.get(i - n + 1).start().isAfter(day.minusMonths(settings.careSpellMonths()))) {
                return day;
            }
        }
        return null;
    }

    /** The first day on which the sick calendar days within the window reach the threshold, or null. */
    static LocalDate bySickDays(List<SicknessSpell> spells, LocalDate today, FollowUpSettings settings) {
        int n = settings.careSickDays();
        List<LocalDate> days = new ArrayList<>();
        for (SicknessSpell spell : spells) {
            for (LocalDate d = spell.start(); !d.isAfter(spell.lastDay(today)) && !d.isAfter(today); d = d.plusDays(1)) {
                days.add(d);
                if (days.size() >= n && days.get(days.size() - n).isAfter(d.minusMonths(settings.careSickDayMonths()))) {
                    return d;
                }
            }
        }
        return null;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
