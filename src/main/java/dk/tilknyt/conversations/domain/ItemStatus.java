package dk.tilknyt.conversations.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** open: waiting; done: held and recorded; closed: no longer owed (the employee came back, left, ...). */
public enum ItemStatus {
    OPEN, DONE, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
    }
}
