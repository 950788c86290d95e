package dk.tilknyt.people;

import java.util.Locale;

/** Vagtlag: the part of the day a person works in. */
public enum ShiftLayer {
    DAY, EVENING, NIGHT, MIXED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ShiftLayer fromCode(String code) {
        return code == null ? null : valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
