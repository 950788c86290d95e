package dk.tilknyt.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of api.md ("Users"), each with what its scope means. */
public enum Role {
    /** HR administrator: the whole municipality, person-level data, imports and users. */
    HR,
    /** Area or unit leader: the scope unit's subtree, person-level data. */
    LEADER,
    /** Roster planner: rosters of the scope unit's subtree. */
    PLANNER,
    /** Works council (MED) member: aggregates of the subtree only, with small-cell suppression. */
    COUNCIL,
    /** Employee: own data only. */
    EMPLOYEE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** Whether the role needs a scope unit (all but HR, whose scope is everything, and employees). */
    public boolean needsScopeUnit() {
        return this == LEADER || this == PLANNER || this == COUNCIL;
    }

    /** Whether the role may see data about named (pseudonymous) persons other than oneself. */
    public boolean seesPersons() {
        return this == HR || this == LEADER || this == PLANNER;
    }
}
