package dk.tilknyt.absence;

import java.util.Locale;

/** import-format.md, absences.type. */
public enum AbsenceType {
    SICK, WORK_INJURY, CHILD_SICK, MATERNITY, VACATION, CARE_DAY, LEAVE, OTHER;

    /** key-figures.md: sickness means own illness plus work injury, as in the national statistics. */
    public boolean isSickness() {
        return this == SICK || this == WORK_INJURY;
    }

    /** key-figures.md "Possible hours": vacation and care days are taken out of the agreed hours. */
    public boolean reducesPossibleHours() {
        return this == VACATION || this == CARE_DAY;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AbsenceType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
