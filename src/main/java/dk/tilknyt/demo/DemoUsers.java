package dk.tilknyt.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.security.UserAccount;
import dk.tilknyt.security.UserAdministration;

/**
 * One demo user for every role, with a password that is the same on every demo run (demo mode only):
 * an HR administrator, the leader of Område Nord, the leader and the roster planner of Plejecenter
 * Solbakken, a works-council member of Social &amp; Sundhed, an employee there and a member of the pool.
 */
@Component
class DemoUsers {

    static final String PASSWORD_SUFFIX = "-2026!";

    /** A demo user as the start-up banner shows it. */
    record DemoUser(String username, String password, String role, String scope, String personId) {
    }

    private final UserAdministration users;
    private final Staff staff;

    DemoUsers(UserAdministration users, Staff staff) {
        this.users = users;
        this.staff = staff;
    }

    List<DemoUser> create(LocalDate today) {
        List<DemoUser> planned = new ArrayList<>(List.of(
                user("demo-hr", "hr", null, null),
                user("demo-leder-nord", "leader", MunicipalityGenerator.AREA_NORTH, null),
                user("demo-leder-solbakken", "leader", MunicipalityGenerator.CARE_HOME, null),
                user("demo-planlaegger", "planner", MunicipalityGenerator.CARE_HOME, null),
                user("demo-med", "council", MunicipalityGenerator.SOCIAL_AND_HEALTH, null)));
        employedIn(MunicipalityGenerator.CARE_HOME, today).ifPresent(p -> planned.add(user("demo-medarbejder", "employee", null, p)));
        employedIn(MunicipalityGenerator.POOL, today).ifPresent(p -> planned.add(user("demo-puljen", "employee", null, p)));
        for (DemoUser user : planned) {
            if (users.find(user.username()).isEmpty()) {
                users.create(new UserAdministration.NewUser(user.username(), user.password(), user.role(), user.scope(),
                        user.personId()), true);
            }
        }
        return planned;
    }

    /** The demo users stored now (passwords as created, unless someone changed them). */
    List<DemoUser> existing() {
        return users.all().stream().filter(UserAccount::demo)
                .map(a -> new DemoUser(a.username(), a.username() + PASSWORD_SUFFIX, a.role().code(), a.scopeUnitId(),
                        a.personId()))
                .toList();
    }

    /** Demo users exist in demo mode only: with demo mode off, any left from a demo run are removed. */
    int removeAll() {
        List<UserAccount> demo = users.all().stream().filter(UserAccount::demo).toList();
        demo.forEach(a -> users.delete(a.username()));
        return demo.size();
    }

    private static DemoUser user(String username, String role, String scope, String personId) {
        return new DemoUser(username, username + PASSWORD_SUFFIX, role, scope, personId);
    }

    /** A care worker with a regular contract in the unit today: the sort of person who would log in. */
    private Optional<String> employedIn(String unit, LocalDate today) {
        return staff.employedOn(Set.of(unit), today).stream()
                .filter(s -> s.isIncluded() && Set.of("sosu_helper", "sosu_assistant").contains(s.jobFamily()))
                .map(EmploymentSegment::personId)
                .min(Comparator.naturalOrder());
    }
}
