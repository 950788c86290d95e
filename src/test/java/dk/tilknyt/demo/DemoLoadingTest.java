package dk.tilknyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.demo.DemoLoader.Loaded;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.people.Staff;
import dk.tilknyt.security.UserAccount;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** Demo mode at start-up: a small municipality through the real import path, and nothing with demo mode off. */
@DatabaseTest
class DemoLoadingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(),
            ZoneId.of("Europe/Copenhagen"));

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoLoader loader;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    OrgDirectory org;
    @Autowired
    UserAdministration users;
    @Autowired
    Staff staff;
    @Autowired
    Environment environment;

    @BeforeEach
    void empty() {
        DatabaseCleaner.clean(dataSource);
    }

    @Test
    void demoModeOffLoadsNothingAndRemovesDemoUsersLeftFromADemoRun() {
        users.create(new UserAdministration.NewUser("demo-hr", "demo-hr-2026!", "hr", null, null), true);
        users.create(new UserAdministration.NewUser("hr.anne", "correct-horse-battery", "hr", null, null), false);

        DemoStartup startup = startup(false);
        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);
        assertThat(startup.loadIfNeeded()).isEmpty();

        assertThat(count("org_unit")).isZero();
        assertThat(count("employment_segment")).isZero();
        assertThat(users.all()).extracting(UserAccount::username).containsExactly("hr.anne");
    }

    @Test
    void healthIsOutOfServiceUntilAnEmptyDatabaseIsLoaded() {
        DemoStartup startup = startup(true);
        assertThat(startup.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void withDataPresentDemoModeGeneratesNothing() {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('x', 'Andeby Kommune', null, 'municipality')").update();

        assertThat(startup(true).loadIfNeeded()).isEmpty();

        assertThat(count("org_unit")).isEqualTo(1);
        assertThat(users.all()).isEmpty();
    }

    @Test
    void demoModeLoadsASmallMunicipalityThroughTheImportAndCreatesAUserForEveryRole() {

        DemoStartup startup = startup(true);
        Optional<Loaded> loaded = startup.loadIfNeeded();
        assertThat(startup.health().getStatus()).isEqualTo(Status.UP);

        assertThat(loaded).isPresent();
        GeneratedMunicipality files = loaded.get().files();
        assertThat(count("org_unit")).isEqualTo(files.orgUnits());
        assertThat(count("employment_segment")).isEqualTo(files.segments());
        assertThat(count("absence")).isEqualTo(files.absences());
        assertThat(count("posting")).isEqualTo(files.postings());
        assertThat(count("application")).isEqualTo(files.applications());
        assertThat(loaded.get().employedToday()).isBetween(100L, 160L);

        Map<String, UserAccount> demo = users.all().stream().filter(UserAccount::demo)
                .collect(Collectors.toMap(UserAccount::username, u -> u));
        assertThat(demo.values()).extracting(u -> u.role().code())
                .contains("hr", "leader", "planner", "council", "employee");
        assertThat(demo.get("demo-leder-nord").scopeUnitId()).isEqualTo("omr-nord");
        assertThat(demo.get("demo-planlaegger").scopeUnitId()).isEqualTo("pc-solbakken");
        assertThat(demo.get("demo-med").scopeUnitId()).isEqualTo("sos");
        assertThat(staff.employedOn(Set.of("pc-solbakken"), TODAY))
                .anyMatch(s -> s.personId().equals(demo.get("demo-medarbejder").personId()));
        assertThat(staff.employedOn(Set.of("pulje-nord"), TODAY))
                .anyMatch(s -> s.personId().equals(demo.get("demo-puljen").personId()));

        assertThat(startup(true).loadIfNeeded()).as("a second start loads nothing").isEmpty();
        assertThat(count("org_unit")).isEqualTo(files.orgUnits());
    }

    private DemoStartup startup(boolean demo) {
        org.springframework.mock.env.MockEnvironment env = new org.springframework.mock.env.MockEnvironment()
                .withProperty("tilknyt.demo", Boolean.toString(demo));
        return new DemoStartup(new DemoMode(env), loader, demoUsers, org, CLOCK, environment, 150, 3L);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
