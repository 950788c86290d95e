package dk.tilknyt.recruitment;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.people.EmploymentsChanged;
import dk.tilknyt.security.UserAdministration;

/**
 * Two areas with a care home each, and a user for every role that matters here. Area A's leader may see
 * only area A; HR sees both. Insert after {@code DatabaseCleaner.clean}.
 */
public final class RecruitmentFixture {

    public static final String PASSWORD = "correct-horse-battery";

    private RecruitmentFixture() {
    }

    public static void organisation(JdbcClient jdbc, ApplicationEventPublisher events) {
        jdbc.sql("""
                insert into org_unit (id, name, parent_id, level) values
                  ('solby', 'Solby Kommune', null, 'municipality'),
                  ('omr-a', 'Område A', 'solby', 'area'),
                  ('pc-a', 'Plejecenter Solbakken', 'omr-a', 'unit'),
                  ('omr-b', 'Område B', 'solby', 'area'),
                  ('pc-b', 'Plejecenter Egebo', 'omr-b', 'unit')""").update();
        events.publishEvent(new OrgUnitsChanged());
    }

    public static void users(UserAdministration users) {
        users.create(new UserAdministration.NewUser("hr.anne", PASSWORD, "hr", null, null), false);
        users.create(new UserAdministration.NewUser("leader.a", PASSWORD, "leader", "omr-a", null), false);
        users.create(new UserAdministration.NewUser("leader.b", PASSWORD, "leader", "omr-b", null), false);
        users.create(new UserAdministration.NewUser("planner.a", PASSWORD, "planner", "omr-a", null), false);
        users.create(new UserAdministration.NewUser("council.a", PASSWORD, "council", "omr-a", null), false);
    }

    /** An employment of one segment; {@code end == null} is still running. */
    public static void employment(JdbcClient jdbc, ApplicationEventPublisher events, String employmentId,
            String personId, String unitId, LocalDate start, LocalDate end) {
        jdbc.sql("insert into person (id, birth_year) select ?, 1990 where not exists (select 1 from person where id = ?)")
                .params(personId, personId).update();
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                                                employment_type, weekly_hours)
                values (?, ?, ?, ?, ?, 'sosu_assistant', 'permanent', 32)""")
                .params(employmentId, start, end, personId, unitId).update();
        events.publishEvent(new EmploymentsChanged());
    }

    /** Signs the current thread in as a stored user, as the login would. */
    public static UserDetails signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
