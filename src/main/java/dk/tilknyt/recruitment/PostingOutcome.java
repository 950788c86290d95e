package dk.tilknyt.recruitment;

import java.util.Locale;

public enum PostingOutcome {
    OPEN, FILLED, REPOSTED, UNFILLED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PostingOutcome fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
