package dk.tilknyt.people;

import java.util.Locale;

public enum EmploymentType {
    PERMANENT, TEMPORARY, TRAINEE, HOURLY;

    /** key-figures.md "Included employment": monthly-paid permanent or temporary staff. */
    public boolean isIncluded() {
        return this == PERMANENT || this == TEMPORARY;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EmploymentType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
