package dk.tilknyt.roster.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.OpenShiftStore.PoolMember;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Membership of the internal substitute pool (flyverkorps). A pool is named by an org unit and covers every
 * unit under it; a member keeps the unit they are employed in now as their home. The caller's scope comes in
 * as a predicate on unit ids: pools, members and homes outside it are not found.
 */
@Service
public class PoolMembership {

    /** A pool unit, the units it covers and its members. */
    public record Pool(String unitId, List<String> coveredUnitIds, List<PoolMember> members) {
    }

    private final OpenShiftStore store;
    private final OrgDirectory org;
    private final Staff staff;
    private final RosterPlanning planning;

    PoolMembership(OpenShiftStore store, OrgDirectory org, Staff staff, RosterPlanning planning) {
        this.store = store;
        this.org = org;
        this.staff = staff;
        this.planning = planning;
    }

    /** The pools whose unit lies in scope, with their members. */
    public List<Pool> pools(Predicate<String> inScope) {
        Map<String, List<PoolMember>> byPool = new LinkedHashMap<>();
        for (PoolMember member : store.poolMembers()) {
            if (inScope.test(member.poolUnitId())) {
                byPool.computeIfAbsent(member.poolUnitId(), u -> new ArrayList<>()).add(member);
            }
        }
        List<Pool> pools = new ArrayList<>();
        byPool.forEach((unit, members) -> pools.add(new Pool(unit, org.subtree(unit).stream().sorted().toList(), members)));
        return pools;
    }

    /**
     * Adds (or moves) a person to the pool of a unit. A person who does not exist and one whose unit lies outside
     * the scope get the same answer, not found, so the page cannot be used to probe for ids elsewhere; so does a
     * pool unit outside the scope. An unknown pool unit, or a person in scope not employed today: 422.
     */
    @Transactional
    public PoolMember add(String personId, String poolUnitId, Predicate<String> inScope) {
        String person = personId == null ? "" : personId.strip();
        String pool = poolUnitId == null ? "" : poolUnitId.strip();
        if (pool.isEmpty() || !org.exists(pool)) {
            throw InvalidInputException.unprocessable("roster.error.unknownUnit", "No unit with that id");
        }
        if (!inScope.test(pool)) {
            throw new NotFoundException("Unit", pool);
        }
        List<EmploymentSegment> history = person.isEmpty() ? List.of() : staff.history(person);
        LocalDate today = planning.today();
        Optional<EmploymentSegment> now = history.stream().filter(s -> s.covers(today)).reduce((first, later) -> later);
        Optional<EmploymentSegment> latest = now.or(() -> history.stream().reduce((first, later) -> later));
        if (latest.isEmpty() || !inScope.test(latest.get().unitId())) {
            throw new NotFoundException("Person", person);
        }
        if (now.isEmpty()) {
            throw InvalidInputException.unprocessable("roster.error.notEmployedNow", "The person is not employed today");
        }
        PoolMember member = new PoolMember(person, now.get().unitId(), pool);
        store.savePoolMember(member);
        return member;
    }

    /** Removes a member of a pool in scope; anyone else is not found. */
    public void remove(String personId, Predicate<String> inScope) {
        store.poolMember(personId).filter(m -> inScope.test(m.poolUnitId()))
                .orElseThrow(() -> new NotFoundException("Pool member", personId));
        store.removePoolMember(personId);
    }
}
