package dk.tilknyt.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.support.DatabaseCleaner;

/**
 * A small municipality for page and scope tests: two areas, A with six people in two units and B with
 * three, an absence on each side, and one user per role scoped to area A.
 *
 * <pre>
 * kommune
 * ├── omr-a  Område A:  pc-a1 (pa1–pa4, trainee pa7), pc-a2 (pa5, pa6; pa6 moved here from omr-b's pc-b1)
 * └── omr-b  Område B:  pc-b1 (pb1–pb3)
 * </pre>
 */
public final class TwoAreas {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String HR = "hr.anne";
    public static final String LEADER_A = "leder.a";
    public static final String PLANNER_A = "planner.a";
    public static final String COUNCIL_A = "med.a";
    public static final String EMPLOYEE_PA1 = "ansat.pa1";

    public static final LocalDate LONG_AGO = LocalDate.of(2015, 3, 1);

    private TwoAreas() {
    }

    /** The fixture as a bean, so a test needs one field to load it rather than the four beans it writes with. */
    @org.springframework.stereotype.Component
    public static final class Loader {

        private final DataSource dataSource;
        private final JdbcClient jdbc;
        private final UserAdministration users;
        private final ApplicationEventPublisher events;

        Loader(DataSource dataSource, JdbcClient jdbc, UserAdministration users, ApplicationEventPublisher events) {
            this.dataSource = dataSource;
            this.jdbc = jdbc;
            this.users = users;
            this.events = events;
        }

        /** Empties the database and stores the two areas, their people and users. */
        public void load() {
            TwoAreas.load(dataSource, jdbc, users, events);
        }
    }

    public static void load(DataSource dataSource, JdbcClient jdbc, UserAdministration users,
                            ApplicationEventPublisher events) {
        DatabaseCleaner.clean(dataSource);
        unit(jdbc, "kommune", "Tilknyt Kommune", null, "municipality");
        unit(jdbc, "omr-a", "Område A", "kommune", "area");
        unit(jdbc, "pc-a1", "Plejecenter Solgården", "omr-a", "unit");
        unit(jdbc, "pc-a2", "Hjemmeplejen Nord", "omr-a", "unit");
        unit(jdbc, "omr-b", "Område B", "kommune", "area");
        unit(jdbc, "pc-b1", "Bostedet Åen", "omr-b", "unit");
        events.publishEvent(new OrgUnitsChanged());

        for (int i = 1; i <= 4; i++) {
            person(jdbc, "pa" + i, 1970 + i);
            segment(jdbc, "e-pa" + i, "pa" + i, "pc-a1", "sosu_assistant", "permanent", 37, LONG_AGO, null, "day");
        }
        person(jdbc, "pa5", 1990);
        segment(jdbc, "e-pa5", "pa5", "pc-a2", "nurse", "permanent", 32, LONG_AGO, null, "evening");
        person(jdbc, "pa6", 1985);
        segment(jdbc, "e-pa6", "pa6", "pc-b1", "sosu_helper", "permanent", 30, LONG_AGO, LocalDate.of(2019, 12, 31), "night");
        segment(jdbc, "e-pa6", "pa6", "pc-a2", "sosu_helper", "permanent", 30, LocalDate.of(2020, 1, 1), null, "night");
        person(jdbc, "pa7", 2004);
        segment(jdbc, "e-pa7", "pa7", "pc-a1", "sosu_helper", "trainee", 37, LocalDate.of(2024, 8, 1), null, null);
        for (int i = 1; i <= 3; i++) {
            person(jdbc, "pb" + i, 1960 + i);
            segment(jdbc, "e-pb" + i, "pb" + i, "pc-b1", "pedagogue", "permanent", 37, LONG_AGO, null, "day");
        }
        absence(jdbc, "abs-pa1", "pa1", "sick", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 9));
        absence(jdbc, "abs-pb1", "pb1", "child_sick", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 4));
        absence(jdbc, "abs-pa6-b", "pa6", "sick", LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 3));
        absence(jdbc, "abs-pa6-a", "pa6", "vacation", LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 14));

        jdbc.sql("""
                insert into posting (id, unit_id, job_family, title, employment_type, weekly_hours, published_date,
                    deadline, outcome) values ('post-b1', 'pc-b1', 'pedagogue', 'Pædagog til Bostedet Åen', 'permanent',
                    32, DATE '2024-01-02', DATE '2024-01-20', 'open')""").update();
        jdbc.sql("""
                insert into application (id, posting_id, applied_date, furthest_stage, outcome)
                values ('app-b1', 'post-b1', DATE '2024-01-10', 'applied', 'pending')""").update();
        jdbc.sql("""
                insert into conversation_item (id, item_key, kind, person_id, employment_id, unit_id, due_date, ref_date,
                    status, created_at, updated_at)
                values (9001, 'scope-test:pb1', 'senior_conversation', 'pb1', 'e-pb1', 'pc-b1', DATE '2024-06-01',
                    DATE '2024-06-01', 'open', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").update();
        jdbc.sql("""
                insert into keyfigure_target (id, unit_id, figure_code, kind, direction, amount, deadline, created_by, created_at)
                values (9002, 'omr-b', 'fill_rate_first_posting', 'absolute', 'at_least', 90, DATE '2030-12-31', 'hr.anne',
                    CURRENT_TIMESTAMP)""").update();
        jdbc.sql("""
                insert into board_action (id, unit_id, text, owner, status, created_at, updated_at)
                values (9003, 'pc-b1', 'Ring til vikarbureauet', 'Leder B', 'new', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .update();
        jdbc.sql("""
                insert into roster_period (id, unit_id, first_day, weeks, status, created_at)
                values (9101, 'pc-b1', DATE '2027-01-04', 4, 'wishes_open', CURRENT_TIMESTAMP)""").update();
        jdbc.sql("""
                insert into roster_wish (id, period_id, person_id, on_date, kind, priority, created_at)
                values (9102, 9101, 'pb1', DATE '2027-01-05', 'off', 1, CURRENT_TIMESTAMP)""").update();
        jdbc.sql("""
                insert into roster_assignment (id, period_id, on_date, shift_code, skill, person_id)
                values (9103, 9101, DATE '2027-01-05', 'day', 'care', 'pb2')""").update();
        jdbc.sql("""
                insert into roster_bid (id, period_id, slot_id, on_date, shift_code, skill, person_id, created_at, status)
                values (9104, 9101, 9103, DATE '2027-01-05', 'day', 'care', 'pb1', CURRENT_TIMESTAMP, 'bid')""").update();
        jdbc.sql("""
                insert into roster_swap (id, period_id, proposer_id, proposer_slot_id, colleague_id, status, created_at)
                values (9105, 9101, 'pb2', 9103, 'pb1', 'accepted', CURRENT_TIMESTAMP)""").update();
        users.create(new NewUser(HR, PASSWORD, "hr", null, null), false);
        users.create(new NewUser(LEADER_A, PASSWORD, "leader", "omr-a", null), false);
        users.create(new NewUser(PLANNER_A, PASSWORD, "planner", "omr-a", null), false);
        users.create(new NewUser(COUNCIL_A, PASSWORD, "council", "omr-a", null), false);
        users.create(new NewUser(EMPLOYEE_PA1, PASSWORD, "employee", null, "pa1"), false);
    }

    /** A web session signed in through the real login form. */
    public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    static void unit(JdbcClient jdbc, String id, String name, String parent, String level) {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values (?, ?, ?, ?)")
                .params(id, name, parent, level).update();
    }

    static void person(JdbcClient jdbc, String id, Integer birthYear) {
        jdbc.sql("insert into person (id, birth_year) values (?, ?)").params(id, birthYear).update();
    }

    public static void segment(JdbcClient jdbc, String employmentId, String personId, String unitId, String jobFamily,
                               String type, int hours, LocalDate start, LocalDate end, String layer) {
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id,
                    job_family, employment_type, weekly_hours, departure_reason, shift_layer)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(employmentId, start, end, personId, unitId, jobFamily, type, hours, null, layer).update();
    }

    static void absence(JdbcClient jdbc, String id, String personId, String type, LocalDate from, LocalDate to) {
        jdbc.sql("insert into absence (id, person_id, type, start_date, end_date, extent_pct) values (?, ?, ?, ?, ?, 100)")
                .params(id, personId, type, from, to).update();
    }
}
