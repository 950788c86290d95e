package dk.tilknyt.security;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dk.tilknyt.shared.NotFoundException;

/**
 * The one scope check every page and endpoint uses. A unit or person outside the caller's scope is
 * reported as not found (404), exactly as if it did not exist, so a scope cannot be probed.
 */
@Component
public class AccessGuard {

    private final UnitHierarchy units;
    private final PersonPlacement persons;

    AccessGuard(UnitHierarchy units, PersonPlacement persons) {
        this.units = units;
        this.persons = persons;
    }

    public TilknytPrincipal principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TilknytPrincipalHolder holder) {
            return holder.tilknytPrincipal();
        }
        throw new AccessDeniedException("Not signed in");
    }

    public AccessScope scope() {
        return scopeOf(principal());
    }

    public AccessScope scopeOf(TilknytPrincipal principal) {
        return switch (principal.role()) {
            case HR -> new AccessScope(principal, null);
            case EMPLOYEE -> new AccessScope(principal, Set.of());
            default -> new AccessScope(principal,
                    principal.scopeUnitId() == null ? Set.of() : units.subtree(principal.scopeUnitId()));
        };
    }

    /** The unit must exist and lie in the caller's scope; otherwise 404. Returns the scope for further use. */
    public AccessScope requireUnit(String unitId) {
        AccessScope scope = scope();
        if (unitId == null || !units.exists(unitId) || !scope.includes(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        return scope;
    }

    /**
     * The caller may see this person's data: HR always; leaders and planners when the person has a
     * segment in their scope; an employee only themself; works-council members never (aggregates only).
     * Anyone linked to a person record may see their own.
     */
    public AccessScope requirePerson(String personId) {
        AccessScope scope = scope();
        boolean self = personId != null && personId.equals(scope.principal().personId());
        boolean allowed = personId != null && persons.exists(personId) && (self || switch (scope.role()) {
            case HR -> true;
            case LEADER, PLANNER -> persons.hasSegmentIn(personId, scope.units());
            case EMPLOYEE -> personId.equals(scope.principal().personId());
            case COUNCIL -> false;
        });
        if (!allowed) {
            throw new NotFoundException("Person", personId);
        }
        return scope;
    }

    /** Only these roles may go on; others get 403 (a role matter, not a scope matter). */
    public AccessScope requireRole(Role... allowed) {
        AccessScope scope = scope();
        for (Role role : allowed) {
            if (scope.role() == role) {
                return scope;
            }
        }
        throw new AccessDeniedException("Role " + scope.role().code() + " may not do this");
    }

    /** The unit a user naturally starts from: their scope unit, or for HR the given root. */
    public String homeUnit(String rootUnitId) {
        TilknytPrincipal p = principal();
        return p.role() == Role.HR || p.scopeUnitId() == null ? rootUnitId : p.scopeUnitId();
    }
}
