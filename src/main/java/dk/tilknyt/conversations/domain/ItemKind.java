package dk.tilknyt.conversations.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an inbox item asks for; the codes are those of api.md ("Inbox"). */
public enum ItemKind {
    /** §7a sygefraværssamtale, by day 1 + 28. */
    SICKNESS_CONVERSATION,
    /** Notification to the municipality (NemRefusion), by day 1 + 35. */
    SICKNESS_NOTIFICATION,
    /** §7b offer of a fastholdelsesplan when the absence is expected to last beyond 8 weeks. */
    RETENTION_PLAN_OFFER,
    /** Omsorgssamtale on frequent absence. */
    CARE_CONVERSATION,
    ONBOARDING_TASK,
    THREE_MONTH_CONVERSATION,
    EXIT_CONVERSATION,
    SENIOR_CONVERSATION,
    HOURS_CHANGE_REQUEST,
    /** Review of a §56 agreement before it expires. */
    AGREEMENT_REVIEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
    }

    /** Derived from staff and absence data (and so refreshed); hours-change requests are made by people. */
    public boolean isDerived() {
        return this != HOURS_CHANGE_REQUEST;
    }

    public boolean isSickness() {
        return this == SICKNESS_CONVERSATION || this == SICKNESS_NOTIFICATION || this == RETENTION_PLAN_OFFER
                || this == CARE_CONVERSATION || this == AGREEMENT_REVIEW;
    }
}
