package dk.tilknyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.demo.DemoLoader.Loaded;
import dk.tilknyt.demo.DemoRosters.Created;
import dk.tilknyt.demo.DemoUsers.DemoUser;
import dk.tilknyt.roster.planning.OpenShifts;
import dk.tilknyt.roster.planning.PlannedRoster;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/**
 * The demo's roster story on a small generated municipality: Solbakken has a published roster covering today
 * that breaks no rule, with shifts opened in the coming days that the pool is offered and bids for, and a next
 * period open for wishes; a second run adds nothing.
 */
@DatabaseTest
class DemoRostersTest {

    static final List<String> ROSTER_TABLES = List.of("roster_period", "roster_demand", "roster_terms",
            "roster_pool_member", "roster_wish", "roster_assignment", "roster_bid");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoLoader loader;
    @Autowired
    DemoRosters rosters;
    @Autowired
    RosterPlanning planning;
    @Autowired
    RosterStore store;
    @Autowired
    OpenShifts openShifts;
    @Autowired
    OpenShiftStore pool;
    @Autowired
    Clock clock;

    @Test
    void theDemoCareHomeHasAPublishedRosterOpenShiftsWithPoolBidsAndAPeriodOpenForWishesOnce() {
        DatabaseCleaner.clean(dataSource);
        LocalDate today = LocalDate.now(clock);
        Loaded loaded = loader.load(new GeneratorSettings(600, 1, today, 7L));
        Created created = loaded.rosters().orElseThrow();
        String employee = personOf(loaded.users(), "demo-medarbejder");
        String poolUser = personOf(loaded.users(), "demo-puljen");

        Period published = planning.require(created.publishedPeriod());
        assertThat(published.status()).isEqualTo(PeriodStatus.PUBLISHED);
        assertThat(published.firstDay().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(published.firstDay()).isBetween(today.minusWeeks(DemoRosters.PUBLISHED_WEEKS_BACK + 1).plusDays(1),
                today.minusWeeks(DemoRosters.PUBLISHED_WEEKS_BACK));
        assertThat(published.weeks()).isEqualTo(DemoRosters.PUBLISHED_WEEKS);
        PlannedRoster roster = planning.load(published.id());
        assertThat(roster.employees()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(roster.report().violations()).as("no hard rule broken").isEmpty();
        assertThat(store.wishesOf(published.id(), employee)).isNotEmpty();

        assertThat(created.opened()).hasSizeBetween(3, 4);
        assertThat(openShifts.board(published.id())).extracting(OpenShifts.OpenShift::slotId)
                .containsAll(created.opened());
        assertThat(pool.bidsOn(published.id())).hasSizeBetween(1, 2)
                .allMatch(b -> pool.poolMember(b.personId()).isPresent());
        assertThat(pool.poolMember(poolUser)).hasValueSatisfying(m -> {
            assertThat(m.homeUnitId()).isEqualTo(MunicipalityGenerator.POOL);
            assertThat(m.poolUnitId()).isEqualTo(MunicipalityGenerator.AREA_NORTH);
        });
        assertThat(openShifts.offersFor(poolUser)).as("the demo pool user is offered open shifts").isNotEmpty();

        Period next = planning.require(created.wishPeriod());
        assertThat(next.status()).isEqualTo(PeriodStatus.WISHES_OPEN);
        assertThat(next.unitId()).isEqualTo(MunicipalityGenerator.CARE_HOME);
        assertThat(next.firstDay()).isAfterOrEqualTo(today.plusWeeks(4));
        assertThat(next.firstDay()).as("no week without a roster").isEqualTo(published.lastDay().plusDays(1));
        assertThat(store.wishesOf(next.id(), employee)).isNotEmpty();
        assertThat(store.wishes(next.id()).stream().map(RosterStore.StoredWish::personId).distinct().count())
                .as("most staff wish").isGreaterThan(roster.employees().size() / 2);

        Map<String, Long> before = counts();
        assertThat(rosters.create(loaded.users(), 7L)).as("a second run").isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private static String personOf(List<DemoUser> users, String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().personId();
    }

    private Map<String, Long> counts() {
        return ROSTER_TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t,
                t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()));
    }
}
