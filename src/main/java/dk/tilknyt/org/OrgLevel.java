package dk.tilknyt.org;

import java.util.Locale;

/** Levels of the org tree, top down (import-format.md, org_units.level). */
public enum OrgLevel {
    MUNICIPALITY, DEPARTMENT, AREA, UNIT, TEAM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrgLevel fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
