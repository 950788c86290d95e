package dk.tilknyt.roster.store;

import java.util.Locale;

/** Where a roster period is: drafted, open for wishes, being solved, solved, published. */
public enum PeriodStatus {
    DRAFT, WISHES_OPEN, SOLVING, SOLVED, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodStatus fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
