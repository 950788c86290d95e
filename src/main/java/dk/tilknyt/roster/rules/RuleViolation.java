package dk.tilknyt.roster.rules;

import java.time.LocalDate;

/**
 * One broken hard rule for one person on one date.
 *
 * @param penalty how much the rule is broken by: 1, or the days beyond the limit for consecutive days
 * @param detail  what happened, in English, for logs and tests (pages build their text from rule and date)
 */
public record RuleViolation(HardRule rule, String personId, LocalDate date, int penalty, String detail) {

    @Override
    public String toString() {
        return rule.code() + " " + personId + " " + date + ": " + detail;
    }
}
