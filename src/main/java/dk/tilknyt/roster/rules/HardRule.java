package dk.tilknyt.roster.rules;

import java.util.Locale;

/** The hard rules a roster must keep, each with a stable reason code for messages and exports. */
public enum HardRule {
    REQUIRED_SKILL,
    OVERLAPPING_SHIFTS,
    MINIMUM_REST,
    WEEKLY_REST,
    CONSECUTIVE_DAYS,
    WEEKEND_FREQUENCY,
    ABSENT,
    LIFE_PHASE_LIMIT,
    TRAINEE_EVENING_SHARE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
