package dk.tilknyt.conversations.domain;

import java.util.Locale;

/** Why an item closed without being held. */
public enum ClosedReason {
    /** The employee came back before the conversation was held (rules.md, §7a). */
    RETURNED,
    /** Under notice and leaving within 8 weeks of day 1: no §7a conversation is owed. */
    NOT_OWED,
    /** The employment ended before the item fell due. */
    LEFT,
    /** The person moved to another employment in the municipality: no exit conversation. */
    MOVED,
    /** A newer §56 agreement replaces the one under review. */
    RENEWED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClosedReason fromCode(String code) {
        return code == null ? null : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
