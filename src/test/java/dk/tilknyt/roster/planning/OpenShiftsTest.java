package dk.tilknyt.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.roster.planning.OpenShifts.Offer;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.OpenShiftStore.PoolMember;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.shared.NotFoundException;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** Open shifts of published periods, offered only where taking them breaks no rule; bids, suggestion, allocation. */
@DatabaseTest
class OpenShiftsTest {

    @Autowired
    OpenShifts openShifts;
    @Autowired
    OpenShiftStore bids;
    @Autowired
    RosterStore store;
    @Autowired
    RosterPlanning planning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;

    private LocalDate monday;
    private long period;

    @BeforeEach
    void twoUnitsUnderOneAreaAndAPublishedPeriod() {
        DatabaseCleaner.clean(dataSource);
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('area', 'Område', null, 'area')").update();
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u1', 'Solgården', 'area', 'unit')").update();
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u2', 'Hjemmeplejen Syd', 'area', 'unit')").update();
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('far', 'Andet område', null, 'area')").update();
        events.publishEvent(new OrgUnitsChanged());
        person("staff", "u1", "sosu_helper");
        person("pool", "u2", "sosu_helper");
        person("stranger", "u2", "sosu_helper");
        person("farpool", "u2", "sosu_helper");
        bids.savePoolMember(new PoolMember("pool", "u2", "area"));
        bids.savePoolMember(new PoolMember("farpool", "u2", "far"));
        monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        period = store.createPeriod("u1", monday, 4);
        store.setStatus(period, dk.tilknyt.roster.store.PeriodStatus.SOLVED);
        store.published(period, planning.today(), "test");
    }

    private void person(String id, String unit, String family) {
        jdbc.sql("insert into person (id) values (?)").param(id).update();
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, shift_layer) values (?, DATE '2020-01-01', null, ?, ?, ?, 'permanent', 37, 'day')""")
                .params("e-" + id, id, unit, family).update();
    }

    private long openSlot(LocalDate date, String shift, String skill) {
        store.addSlot(period, date, shift, skill);
        return store.assignments(period).stream().filter(a -> a.date().equals(date) && a.shiftCode().equals(shift))
                .mapToLong(a -> a.id()).max().orElseThrow();
    }

    private long slotOf(String personId, LocalDate date, String shift) {
        long id = openSlot(date, shift, "care");
        store.assignByHand(period, id, personId, false);
        return id;
    }

    private List<Long> offeredSlots(String personId) {
        return openShifts.offersFor(personId).stream().map(Offer::slotId).toList();
    }

    @Test
    void anOpenShiftIsOfferedToTheUnitsStaffAndToPoolMembersWhosePoolCoversTheUnit() {
        long open = openSlot(monday.plusDays(1), "day", "care");

        assertThat(offeredSlots("staff")).containsExactly(open);
        assertThat(offeredSlots("pool")).containsExactly(open);
        assertThat(offeredSlots("stranger")).isEmpty();
        assertThat(offeredSlots("farpool")).isEmpty();
    }

    @Test
    void anOpenShiftThatWouldBreakTheElevenHourRestIsNotOfferedToThatPerson() {
        slotOf("staff", monday.plusDays(1), "evening");
        long nextMorning = openSlot(monday.plusDays(2), "day", "care");

        assertThat(offeredSlots("staff")).doesNotContain(nextMorning);
        assertThat(offeredSlots("pool")).contains(nextMorning);
    }

    @Test
    void aPoolMembersShiftsInTheirHomeUnitCountAgainstTheRules() {
        long home = store.createPeriod("u2", monday, 4);
        store.setStatus(home, dk.tilknyt.roster.store.PeriodStatus.SOLVED);
        store.published(home, planning.today(), "test");
        store.addSlot(home, monday.plusDays(1), "day", "care");
        long homeSlot = store.assignments(home).getFirst().id();
        store.assignByHand(home, homeSlot, "pool", false);
        long sameTime = openSlot(monday.plusDays(1), "day", "care");

        assertThat(offeredSlots("pool")).doesNotContain(sameTime);
    }

    @Test
    void aShiftNeedingASkillThePersonLacksIsNotOffered() {
        long nurse = openSlot(monday.plusDays(3), "day", "nurse");

        assertThat(offeredSlots("staff")).doesNotContain(nurse);
    }

    @Test
    void aShiftNotOfferedToThePersonCannotBeBidFor() {
        long open = openSlot(monday.plusDays(1), "day", "care");

        assertThatThrownBy(() -> openShifts.bid("stranger", open)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSuggestionIsTheBidderWithFewestExtraShiftsLatelyAndAmongEqualsTheEarliestBid() {
        long open = openSlot(monday.plusDays(1), "day", "care");
        long staffBid = openShifts.bid("staff", open);
        long poolBid = openShifts.bid("pool", open);

        assertThat(openShifts.board(period).getFirst().suggested().orElseThrow().bid().id()).isEqualTo(staffBid);

        // staff took an extra shift two weeks ago: now the pool member is suggested
        jdbc.sql("""
                insert into roster_bid (period_id, slot_id, on_date, shift_code, skill, person_id, created_at, status)
                values (?, ?, ?, 'day', 'care', 'staff', CURRENT_TIMESTAMP, 'allocated')""")
                .params(period, slotOf("stranger", monday.plusDays(20), "night"), planning.today().minusWeeks(2)).update();
        var board = openShifts.board(period).stream().filter(o -> o.slotId() == open).findFirst().orElseThrow();
        assertThat(board.suggested().orElseThrow().bid().id()).isEqualTo(poolBid);
        assertThat(board.bids()).extracting(r -> r.extraShiftsLately()).containsExactly(0, 1);
    }

    @Test
    void allocatingPutsThePoolMemberOnTheShiftPinnedAndDeclinesTheOtherBids() {
        long open = openSlot(monday.plusDays(1), "day", "care");
        long staffBid = openShifts.bid("staff", open);
        long poolBid = openShifts.bid("pool", open);

        openShifts.allocate(period, open, poolBid);

        var slot = store.assignment(period, open).orElseThrow();
        assertThat(slot.personId()).isEqualTo("pool");
        assertThat(slot.pinned()).isTrue();
        assertThat(bids.bid(poolBid).orElseThrow().status()).isEqualTo("allocated");
        assertThat(bids.bid(staffBid).orElseThrow().status()).isEqualTo("declined");
        assertThat(planning.load(period).report().violations()).isEmpty();
        assertThat(planning.load(period).slots().get(open).isOpen()).isFalse();
        assertThat(offeredSlots("staff")).doesNotContain(open);
    }

    @Test
    void aBidCanBeWithdrawnOnlyByItsBidder() {
        long open = openSlot(monday.plusDays(1), "day", "care");
        long staffBid = openShifts.bid("staff", open);

        assertThatThrownBy(() -> openShifts.withdraw("pool", staffBid)).isInstanceOf(NotFoundException.class);
        openShifts.withdraw("staff", staffBid);
        assertThat(bids.bidsOf("staff")).isEmpty();
    }
}
