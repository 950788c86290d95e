package dk.tilknyt.security;

import java.util.Set;

/**
 * The units a request may see. {@code units == null} means the whole municipality (HR); an empty set
 * means none (an employee, or a user whose scope unit no longer exists).
 */
public record AccessScope(TilknytPrincipal principal, Set<String> units) {

    public boolean wholeMunicipality() {
        return units == null;
    }

    public boolean includes(String unitId) {
        return unitId != null && (units == null || units.contains(unitId));
    }

    /**
     * Whether a person's whole history may be shown: to HR, and to the person themself. Leaders and
     * planners see only what lies in their units.
     */
    public boolean seesAllOf(String personId) {
        return wholeMunicipality() || (personId != null && personId.equals(principal.personId()));
    }

    public Role role() {
        return principal.role();
    }

    public String username() {
        return principal.username();
    }
}
