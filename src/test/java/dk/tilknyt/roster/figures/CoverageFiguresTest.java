package dk.tilknyt.roster.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.roster.Coverage;
import dk.tilknyt.roster.RosterFigureSet;
import dk.tilknyt.roster.RosterFigures;
import dk.tilknyt.roster.planning.ExternalTemps;
import dk.tilknyt.roster.planning.RosterNotices;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.OpenShiftStore.PoolMember;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/**
 * Coverage of published shifts (own staff, pool, external temp, open) and the roster figures on a small unit whose
 * expected values are computed by hand below. Shifts: day 07–15, evening 15–23, night 23–07. Rates: sosu_helper
 * 215, sosu_assistant 235, nurse 265 DKK; external markup 1.6.
 */
@DatabaseTest
class CoverageFiguresTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired
    RosterStore store;
    @Autowired
    OpenShiftStore openShiftStore;
    @Autowired
    RosterPlanning planning;
    @Autowired
    ExternalTemps externalTemps;
    @Autowired
    RosterFigureCalculation calculation;
    @Autowired
    RosterFigures figures;
    @Autowired
    RosterNotices notices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;

    long period;
    long evening;
    long saturday;
    long byBid;
    long external;
    long stillOpen;
    long christmas;

    @BeforeEach
    void aPublishedFourWeekRosterWithEveryKindOfCover() {
        DatabaseCleaner.clean(dataSource);
        unit("area", null);
        unit("u1", "area");
        unit("u2", "area");
        events.publishEvent(new OrgUnitsChanged());
        person("a", "u1", "sosu_assistant", "night");
        person("b", "u1", "sosu_helper", "evening");
        person("c", "u1", "nurse", "mixed");
        person("d", "u1", "sosu_helper", "day");
        person("e", "u1", "unskilled_care", "day");
        person("p", "u2", "sosu_helper", "day");
        openShiftStore.savePoolMember(new PoolMember("p", "u2", "area"));

        period = store.createPeriod("u1", MONDAY, 4);
        evening = slot(LocalDate.of(2026, 12, 1), "evening", "care", "b");
        saturday = slot(LocalDate.of(2026, 12, 5), "day", "care", "a");
        byBid = slot(LocalDate.of(2026, 12, 2), "day", "care", null);
        external = slot(LocalDate.of(2026, 12, 3), "day", "nurse", null);
        stillOpen = slot(LocalDate.of(2026, 12, 4), "night", "care", null);
        christmas = slot(LocalDate.of(2026, 12, 25), "day", "care", "c");
        store.addWish(period, "b", LocalDate.of(2026, 12, 1), "off", null, 1);   // works that evening: not granted
        store.addWish(period, "a", LocalDate.of(2026, 12, 8), "off", null, 1);   // no shift that day: granted
        store.addWish(period, "d", LocalDate.of(2026, 12, 10), "want", "day", 2); // no shift: not granted
        store.setStatus(period, PeriodStatus.SOLVED);
        store.published(period, MONDAY.minusWeeks(5), null);

        // after publishing: the pool member's bid is allocated, an agency covers the nurse's day
        jdbc.sql("""
                insert into roster_bid (period_id, slot_id, on_date, shift_code, skill, person_id, created_at, status)
                values (?, ?, DATE '2026-12-02', 'day', 'care', 'p', CURRENT_TIMESTAMP, 'allocated')""")
                .params(period, byBid).update();
        store.assignByHand(period, byBid, "p", false);
        externalTemps.cover(period, external, "Vikarbureau Nord", null);
    }

    @Test
    void everySlotIsOwnStaffPoolExternalOrOpen() {
        Map<Long, Coverage> coverage = calculation.coveredShifts(store.period(period).orElseThrow(), MONDAY,
                        MONDAY.plusWeeks(4).minusDays(1)).stream()
                .collect(Collectors.toMap(s -> s.facts().slotId(), RosterFigureCalculation.CoveredShift::coverage));

        assertThat(coverage).containsEntry(evening, Coverage.OWN).containsEntry(saturday, Coverage.OWN)
                .containsEntry(christmas, Coverage.OWN).containsEntry(byBid, Coverage.POOL)
                .containsEntry(external, Coverage.EXTERNAL).containsEntry(stillOpen, Coverage.OPEN);
    }

    @Test
    void aShiftCoveredByAnExternalTempIsNeitherOpenNorOfferedUntilUndone() {
        assertThat(planning.load(period).slots()).doesNotContainKey(external);
        assertThat(planning.load(period).report().openSlots()).hasSize(1);
        assertThat(planning.load(period).external()).singleElement()
                .satisfies(e -> assertThat(e.agency()).isEqualTo("Vikarbureau Nord"));

        externalTemps.undo(period, external);

        assertThat(planning.load(period).slots().get(external).isOpen()).isTrue();
        assertThat(planning.load(period).external()).isEmpty();
    }

    @Test
    void coveringAShiftDeclinesItsBidsWithANoticeAndUndoingLetsThemStandAgain() {
        long bid = openShiftStore.bid(period, stillOpen, LocalDate.of(2026, 12, 4), "night", "care", "p");

        externalTemps.cover(period, stillOpen, null, null);

        assertThat(openShiftStore.bid(bid).orElseThrow().status()).isEqualTo("declined");
        assertThat(notices.of("p")).extracting(dk.tilknyt.roster.store.NoticeStore.Notice::kind).contains("bid_external");

        externalTemps.undo(period, stillOpen);

        assertThat(openShiftStore.bid(bid).orElseThrow().status()).isEqualTo("bid");
    }

    @Test
    void theFiguresOfTheUnitAreTheHandComputedOnes() {
        RosterFigureSet f = figures.of("area", MONDAY, LocalDate.of(2026, 12, 27), false).orElseThrow();

        // own: b Tue evening 2 + 6 × 1.3 = 9.8 h × 215 = 2,107.00; a Sat day 1 + 7 × 1.3 = 10.1 h × 235 = 2,373.50;
        //      c Christmas Day 8 × 1.5 = 12 h × 265 = 3,180.00 → 3 shifts, 3 persons, 7,660.50
        assertThat(f.line(Coverage.OWN).shifts()).isEqualTo(3);
        assertThat(f.line(Coverage.OWN).persons()).isEqualTo(3);
        assertThat(f.line(Coverage.OWN).cost()).isCloseTo(7660.5, within(1e-6));
        // pool: p Wed day, 8 plain hours × 215 = 1,720.00
        assertThat(f.line(Coverage.POOL).shifts()).isEqualTo(1);
        assertThat(f.line(Coverage.POOL).cost()).isCloseTo(1720.0, within(1e-6));
        // external: Thu day for a nurse, 8 h × 265 × 1.6 = 3,392.00
        assertThat(f.line(Coverage.EXTERNAL).shifts()).isEqualTo(1);
        assertThat(f.line(Coverage.EXTERNAL).cost()).isCloseTo(3392.0, within(1e-6));
        assertThat(f.line(Coverage.OPEN).shifts()).isEqualTo(1);
        // 5 covered shifts cost 12,772.50: 255,450.00 per 100 shifts
        assertThat(f.costPer100Shifts()).isCloseTo(255450.0, within(1e-6));
        // open at publishing: the Wed, Thu and Fri slots; since covered by bid 1, external 1, planner 0; 1 still open
        assertThat(f.openShifts()).isEqualTo(new RosterFigureSet.OpenShiftOutcome(3, 1, 1, 0, 1, 1));
        // wishes: a's granted, b's and d's not: 1 of 3 from 3 persons
        assertThat(f.wishFulfilment().percent()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(f.wishFulfilment().persons()).isEqualTo(3);
        // own layer: b evening ✓, a (night layer) on a day shift ✗, p day ✓, c mixed ✓ → 3 of 4
        assertThat(f.ownLayer().percent()).isEqualTo(75.0);
        // weekends: u1's five staff each observed 4 weekends (5/12, 12/12, 19/12, 26/12); a worked one → 4 × 1/4 = 1.0,
        // the others 0: average 0.2, max 1.0
        assertThat(f.weekends().persons()).isEqualTo(5);
        assertThat(f.weekends().averagePer4Weeks()).isCloseTo(0.2, within(1e-9));
        assertThat(f.weekends().maxPer4Weeks()).isEqualTo(1.0);
    }

    @Test
    void aRangeCountsOnlyTheShiftsOnItsDays() {
        RosterFigureSet f = figures.of("u1", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3), false).orElseThrow();

        // Tue evening (own), Wed day (pool), Thu day (external)
        assertThat(f.line(Coverage.OWN).shifts()).isEqualTo(1);
        assertThat(f.line(Coverage.POOL).shifts()).isEqualTo(1);
        assertThat(f.line(Coverage.EXTERNAL).shifts()).isEqualTo(1);
        assertThat(f.line(Coverage.OPEN).shifts()).isZero();
    }

    @Test
    void withoutAPublishedRosterInScopeThereAreNoFigures() {
        assertThat(figures.of("u2", MONDAY, LocalDate.of(2026, 12, 27), false)).isEmpty();
        assertThat(figures.of("u1", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31), false)).isEmpty();
    }

    @Test
    void aggregateReadersDoNotSeeFiguresFromFewerThanFivePersons() {
        RosterFigureSet f = figures.of("u1", MONDAY, LocalDate.of(2026, 12, 27), true).orElseThrow();

        assertThat(f.wishFulfilment().hidden()).isTrue();        // 3 persons
        assertThat(f.wishFulfilment().percent()).isNull();
        assertThat(f.ownLayer().hidden()).isTrue();              // 4 persons
        assertThat(f.weekends().hidden()).isFalse();             // 5 persons
        assertThat(f.line(Coverage.OWN).hidden()).isTrue();
        assertThat(f.line(Coverage.POOL).hidden()).isTrue();
        assertThat(f.line(Coverage.EXTERNAL).hidden()).isFalse(); // no persons behind it
        assertThat(f.totalCost()).isNull();                      // it would give the hidden lines away
    }

    @Test
    void anAgencyNameIsShortAndNeverACprNumberAndHoursAreAFewHours() {
        assertThatThrownBy(() -> externalTemps.cover(period, stillOpen, "x".repeat(121), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> externalTemps.cover(period, stillOpen, "Vikar 010190-1234", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> externalTemps.cover(period, stillOpen, null, "mange"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> externalTemps.cover(period, stillOpen, null, "25"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> externalTemps.cover(period, evening, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(planning.load(period).external()).hasSize(1);

        externalTemps.cover(period, stillOpen, null, "7,5");

        assertThat(planning.load(period).external()).filteredOn(e -> e.slotId() == stillOpen).singleElement()
                .satisfies(e -> assertThat(e.minutes()).isEqualTo(450));
    }

    private void unit(String id, String parent) {
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values (?, ?, ?, ?)")
                .params(id, id.toUpperCase(), parent, parent == null ? "area" : "unit").update();
    }

    private void person(String id, String unit, String family, String layer) {
        jdbc.sql("insert into person (id) values (?)").param(id).update();
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, shift_layer) values (?, DATE '2020-01-01', null, ?, ?, ?, 'permanent', 37, ?)""")
                .params("e-" + id, id, unit, family, layer).update();
    }

    private long slot(LocalDate date, String shift, String skill, String personId) {
        store.addSlot(period, date, shift, skill);
        long id = store.assignments(period).stream().mapToLong(RosterStore.Assignment::id).max().orElseThrow();
        if (personId != null) {
            store.assignByHand(period, id, personId, false);
        }
        return id;
    }
}
