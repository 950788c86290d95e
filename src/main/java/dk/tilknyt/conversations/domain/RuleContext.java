package dk.tilknyt.conversations.domain;

import java.time.LocalDate;

/**
 * What the rules are evaluated against: today, the day Tilknyt started following up (items due before it
 * are not created: earlier follow-up happened outside Tilknyt), the settings and the programmes.
 */
public record RuleContext(LocalDate today, LocalDate since, FollowUpSettings settings, Programmes programmes) {

    /**
     * The care-conversation rule counts spells starting from a year before follow-up began: its windows
     * reach 12 months back, and history before that would only decide items due before {@code since}.
     */
    public LocalDate careCountsFrom() {
        return since.minusMonths(Math.max(settings.careSickDayMonths(), settings.careSpellMonths()));
    }

    /** Items are listed when due from {@code since} up to the look-ahead horizon. */
    public boolean listable(LocalDate due) {
        return !due.isBefore(since) && !due.isAfter(today.plusDays(settings.lookaheadDays()));
    }
}
