package dk.tilknyt.keyfigures.pages;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.people.EmploymentsChanged;
import dk.tilknyt.recruitment.RecruitmentChanged;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;

/**
 * Test data for the key-figure pages, in plain SQL into the V1 tables:
 *
 * <pre>
 * kommune
 * ├── omr        (area)  u1: 6 persons (one leaves 30 June 2025), u2: 2 persons, u3: 7 persons
 * │   ├── u1
 * │   ├── u2
 * │   └── u3
 * └── andet      (area)  u4: 5 persons
 *     └── u4
 * </pre>
 *
 * Users (password {@link #PASSWORD}): hr, leader-omr, leader-u1, council-omr, planner-omr, employee.
 */
final class Area {

    static final String PASSWORD = "a-long-enough-password";

    private final JdbcClient jdbc;

    Area(JdbcClient jdbc, ApplicationEventPublisher events, UserAdministration users) {
        this.jdbc = jdbc;
        unit("kommune", null, "municipality", "Kommunen");
        unit("omr", "kommune", "area", "Område Nord");
        unit("u1", "omr", "unit", "Bakkehuset");
        unit("u2", "omr", "unit", "Engen");
        unit("u3", "omr", "unit", "Skovly");
        unit("andet", "kommune", "area", "Område Syd");
        unit("u4", "andet", "unit", "Strandvej");
        staff("u1", 1, 6);
        jdbc.sql("update employment_segment set segment_end = date '2025-06-30', departure_reason = 'resigned' where employment_id = 'e-u1-1'")
                .update();
        staff("u2", 1, 2);
        staff("u3", 1, 7);
        staff("u4", 1, 5);
        absence("a1", "p-u1-2", "2025-03-03", "2025-03-07");
        absence("a2", "p-u3-1", "2025-09-01", "2025-09-12");
        events.publishEvent(new OrgUnitsChanged());
        events.publishEvent(new EmploymentsChanged());
        events.publishEvent(new AbsencesChanged());
        events.publishEvent(new RecruitmentChanged());
        user(users, "hr", "hr", null, null);
        user(users, "leader-omr", "leader", "omr", null);
        user(users, "leader-u1", "leader", "u1", null);
        user(users, "council-omr", "council", "omr", null);
        user(users, "planner-omr", "planner", "omr", null);
        user(users, "employee", "employee", null, "p-u1-2");
    }

    private void unit(String id, String parent, String level, String name) {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values (?, ?, ?, ?)").params(id, name, parent, level)
                .update();
    }

    private void staff(String unit, int first, int last) {
        for (int i = first; i <= last; i++) {
            String person = "p-" + unit + "-" + i;
            jdbc.sql("insert into person (id, birth_year) values (?, ?)").params(person, 1970 + i).update();
            jdbc.sql("""
                    insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                        employment_type, weekly_hours, departure_reason)
                    values (?, ?, null, ?, ?, 'sosu_helper', 'permanent', ?, null)""")
                    .params("e-" + unit + "-" + i, LocalDate.parse("2022-01-01"), person, unit, new BigDecimal("32"))
                    .update();
        }
    }

    private void absence(String id, String person, String from, String to) {
        jdbc.sql("""
                insert into absence (id, person_id, employment_id, type, start_date, end_date, extent_pct, hours)
                values (?, ?, null, 'sick', ?, ?, 100, null)""")
                .params(id, person, LocalDate.parse(from), LocalDate.parse(to)).update();
    }

    private static void user(UserAdministration users, String username, String role, String scope, String person) {
        users.create(new NewUser(username, PASSWORD, role, scope, person), false);
    }
}
