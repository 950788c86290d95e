package dk.tilknyt.conversations;

import org.springframework.web.context.support.WebApplicationContextUtils;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.tilknyt.security.Role;
import dk.tilknyt.security.TilknytPrincipal;
import dk.tilknyt.security.TilknytPrincipalHolder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test data written straight into the core tables: a municipality with two areas of one unit each
 * (kommune → nord → pc-sol, kommune → syd → hp-syd), persons, segments and absence rows.
 */
public final class Fixtures {

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Fixtures organisation() {
        unit("kommune", "Kommunen", null, "municipality");
        unit("nord", "Område Nord", "kommune", "area");
        unit("pc-sol", "Plejecenter Solgården", "nord", "unit");
        unit("syd", "Område Syd", "kommune", "area");
        unit("hp-syd", "Hjemmeplejen Syd", "syd", "unit");
        return this;
    }

    public Fixtures unit(String id, String name, String parent, String level) {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values (?, ?, ?, ?)").params(id, name, parent, level).update();
        return this;
    }

    public Fixtures person(String id, Integer birthYear) {
        jdbc.sql("insert into person (id, birth_year) values (?, ?)").params(id, birthYear).update();
        return this;
    }

    public Fixtures segment(String employmentId, String personId, LocalDate start, LocalDate end, String unit,
                            String jobFamily, double hours, String departureReason) {
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, departure_reason)
                values (?, ?, ?, ?, ?, ?, 'permanent', ?, ?)""")
                .params(employmentId, start, end, personId, unit, jobFamily, BigDecimal.valueOf(hours), departureReason).update();
        return this;
    }

    public Fixtures sick(String id, String personId, LocalDate start, LocalDate end) {
        jdbc.sql("insert into absence (id, person_id, type, start_date, end_date) values (?, ?, 'sick', ?, ?)")
                .params(id, personId, start, end).update();
        return this;
    }

    public Fixtures task(String title, int dayOffset, String type) {
        jdbc.sql("insert into onboarding_task (job_family, title, day_offset, task_type, sort_order) values (null, ?, ?, ?, ?)")
                .params(title, dayOffset, type, dayOffset).update();
        return this;
    }

    /** Signs a MockMvc request in as a Tilknyt principal. */
    public static RequestPostProcessor as(String username, Role role, String scopeUnit, String personId) {
        TilknytPrincipal principal = new TilknytPrincipal(username, role, scopeUnit, personId);
        TilknytPrincipalHolder holder = new Holder(principal);
        RequestPostProcessor signedIn = authentication(new UsernamePasswordAuthenticationToken(holder, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        // The security filter re-reads every signed-in user from the store, so the user must exist there.
        return request -> {
            JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                    .getBean(JdbcClient.class);
            jdbc.sql("delete from app_user where username = ?").param(username).update();
            jdbc.sql("""
                    insert into app_user (username, password_hash, role, scope_unit_id, person_id, demo, created_at, updated_at)
                    values (?, '{noop}not-used-in-these-tests', ?, ?, ?, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                    .params(username, role.code(), scopeUnit, personId).update();
            return signedIn.postProcessRequest(request);
        };
    }

    public static RequestPostProcessor leader(String scopeUnit) {
        return as("leader." + scopeUnit, Role.LEADER, scopeUnit, null);
    }

    public static RequestPostProcessor hr() {
        return as("hr.anne", Role.HR, null, null);
    }

    private record Holder(TilknytPrincipal principal) implements TilknytPrincipalHolder {
        @Override
        public TilknytPrincipal tilknytPrincipal() {
            return principal;
        }
    }
}
