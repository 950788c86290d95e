package dk.tilknyt.people;

import java.util.Locale;

/** Why an employment ended; declared in the precedence order key-figures.md uses for ties. */
public enum DepartureReason {
    RESIGNED, DISMISSED, RETIRED, END_OF_CONTRACT, DEATH, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DepartureReason fromCode(String code) {
        return code == null ? null : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
