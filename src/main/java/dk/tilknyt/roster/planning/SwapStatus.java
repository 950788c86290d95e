package dk.tilknyt.roster.planning;

import java.util.Locale;

/** Where a swap is: asked, answered by the colleague, decided by the planner, or overtaken by a change. */
public enum SwapStatus {
    REQUESTED, ACCEPTED, DECLINED, APPROVED, REJECTED, WITHDRAWN, STALE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SwapStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** Still waiting for the colleague or the planner. */
    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
