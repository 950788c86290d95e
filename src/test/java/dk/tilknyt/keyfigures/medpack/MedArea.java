package dk.tilknyt.keyfigures.medpack;

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
 * Test data for the MED pack:
 *
 * <pre>
 * kommune
 * ├── omr   "Område Nord": Bakkehuset 6 persons, Engen 2 persons, Skovly 7 persons
 * └── syd   "Område Syd":  Strandvej 5 persons
 * </pre>
 *
 * Users (password {@link #PASSWORD}): hr, leader-omr, council-omr, planner-omr, employee.
 */
final class MedArea {

    static final String PASSWORD = "a-long-enough-password";

    private final JdbcClient jdbc;

    MedArea(JdbcClient jdbc, ApplicationEventPublisher events, UserAdministration users) {
        this.jdbc = jdbc;
        unit("kommune", null, "municipality", "Kommunen");
        unit("omr", "kommune", "area", "Område Nord");
        unit("u1", "omr", "unit", "Bakkehuset");
        unit("u2", "omr", "unit", "Engen");
        unit("u3", "omr", "unit", "Skovly");
        unit("syd", "kommune", "area", "Område Syd");
        unit("u4", "syd", "unit", "Strandvej");
        staff("u1", 6);
        staff("u2", 2);
        staff("u3", 7);
        staff("u4", 5);
        jdbc.sql("""
                insert into absence (id, person_id, employment_id, type, start_date, end_date, extent_pct, hours)
                values ('a1', 'p-u3-1', null, 'sick', date '2025-09-01', date '2025-09-12', 100, null)""").update();
        events.publishEvent(new OrgUnitsChanged());
        events.publishEvent(new EmploymentsChanged());
        events.publishEvent(new AbsencesChanged());
        events.publishEvent(new RecruitmentChanged());
        user(users, "hr", "hr", null, null);
        user(users, "leader-omr", "leader", "omr", null);
        user(users, "council-omr", "council", "omr", null);
        user(users, "planner-omr", "planner", "omr", null);
        user(users, "employee", "employee", null, "p-u1-1");
    }

    private void unit(String id, String parent, String level, String name) {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values (?, ?, ?, ?)").params(id, name, parent, level)
                .update();
    }

    private void staff(String unit, int count) {
        for (int i = 1; i <= count; i++) {
            String person = "p-" + unit + "-" + i;
            jdbc.sql("insert into person (id, birth_year) values (?, ?)").params(person, 1975 + i).update();
            jdbc.sql("""
                    insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                        employment_type, weekly_hours, departure_reason)
                    values (?, date '2021-03-01', null, ?, ?, 'sosu_helper', 'permanent', ?, null)""")
                    .params("e-" + unit + "-" + i, person, unit, new BigDecimal(i % 2 == 0 ? "37" : "30")).update();
        }
    }

    private static void user(UserAdministration users, String username, String role, String scope, String person) {
        users.create(new NewUser(username, PASSWORD, role, scope, person), false);
    }

    static LocalDate periodEnd() {
        return LocalDate.parse("2025-12-31");
    }
}
