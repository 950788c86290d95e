package dk.tilknyt.conversations.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Life-phase arrangements agreed in a senior conversation (seniorordninger). */
public enum ArrangementKind {
    REDUCED_HOURS, SENIOR_DAYS, NO_NIGHTS, OTHER_TASKS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArrangementKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
    }
}
