package dk.tilknyt.conversations.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The one shared list of reasons, for exit interviews and the anonymous exit and entry surveys. */
public enum ExitReason {
    LEADERSHIP, COLLEAGUES, WORKLOAD, ROSTER_HOURS, WEEKENDS, SHIFT_LAYER, PAY, COMMUTE, CAREER_EDUCATION,
    HEALTH_WEAR, RETIREMENT, FAMILY_LIFE_PHASE, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExitReason> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
