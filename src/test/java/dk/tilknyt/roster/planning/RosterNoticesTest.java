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
import dk.tilknyt.roster.store.NoticeStore;
import dk.tilknyt.roster.store.NoticeStore.Notice;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.SwapStore;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** Everyone affected by a change to a published roster gets a notice; sickness opens the person's shifts. */
@DatabaseTest
class RosterNoticesTest {

    @Autowired
    RosterNotices rosterNotices;
    @Autowired
    NoticeStore notices;
    @Autowired
    RosterStore store;
    @Autowired
    RosterPlanning planning;
    @Autowired
    OpenShifts openShifts;
    @Autowired
    SickReports sickness;
    @Autowired
    Swaps swaps;
    @Autowired
    SwapStore swapStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;

    private LocalDate monday;
    private long period;

    @BeforeEach
    void threeColleaguesAndASolvedPeriod() {
        DatabaseCleaner.clean(dataSource);
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u1', 'Solgården', null, 'unit')").update();
        events.publishEvent(new OrgUnitsChanged());
        for (String id : List.of("anna", "bo", "carl")) {
            jdbc.sql("insert into person (id) values (?)").param(id).update();
            jdbc.sql("""
                    insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                        employment_type, weekly_hours, shift_layer) values (?, DATE '2020-01-01', null, ?, 'u1', 'sosu_helper', 'permanent', 37, 'day')""")
                    .params("e-" + id, id).update();
        }
        monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        period = store.createPeriod("u1", monday, 4);
        store.setStatus(period, PeriodStatus.SOLVED);
    }

    private long slot(LocalDate date, String shift, String personId) {
        store.addSlot(period, date, shift, "care");
        long id = store.assignments(period).stream().filter(a -> a.date().equals(date) && a.shiftCode().equals(shift))
                .mapToLong(a -> a.id()).max().orElseThrow();
        store.assignSolved(period, id, personId);
        return id;
    }

    private List<String> kindsOf(String personId) {
        return notices.of(personId, 50).stream().map(Notice::kind).toList();
    }

    @Test
    void publishingTellsEveryStaffMemberOnce() {
        slot(monday, "day", "anna");

        planning.publish(period, "late");

        for (String person : List.of("anna", "bo", "carl")) {
            assertThat(kindsOf(person)).as(person).containsExactly("published");
        }
        assertThat(rosterNotices.unread("bo")).isEqualTo(1);
    }

    @Test
    void aHandEditAfterPublishingTellsTheOneTakenOffAndTheOnePutOn() {
        long annasDay = slot(monday.plusDays(1), "day", "anna");
        planning.publish(period, "late");

        planning.assign(period, annasDay, "bo");

        assertThat(kindsOf("anna")).containsExactly("removed", "published");
        assertThat(kindsOf("bo")).containsExactly("added", "published");
        assertThat(kindsOf("carl")).containsExactly("published");
        assertThat(rosterNotices.changesIn(period)).extracting(Notice::personId).containsExactlyInAnyOrder("anna", "bo");
    }

    @Test
    void aHandEditBeforePublishingTellsNobody() {
        long annasDay = slot(monday.plusDays(1), "day", "anna");

        planning.assign(period, annasDay, "bo");

        assertThat(kindsOf("anna")).isEmpty();
        assertThat(kindsOf("bo")).isEmpty();
    }

    @Test
    void anAllocationTellsTheWinnerAndTheDeclinedBidders() {
        long open = slot(monday.plusDays(1), "day", null);
        planning.publish(period, "late");
        long annasBid = openShifts.bid("anna", open);
        openShifts.bid("bo", open);

        openShifts.allocate(period, open, annasBid);

        assertThat(kindsOf("anna")).containsExactly("allocated", "published");
        assertThat(kindsOf("bo")).containsExactly("bid_declined", "published");
        assertThat(kindsOf("carl")).containsExactly("published");
    }

    @Test
    void markingAsReadClearsTheUnreadCount() {
        planning.publish(period, "late");

        rosterNotices.markRead("anna");

        assertThat(rosterNotices.unread("anna")).isZero();
        assertThat(rosterNotices.unread("bo")).isEqualTo(1);
    }

    @Test
    void reportingSickOpensThePersonsShiftsInTheRangeAsOpenedBySicknessAndOffersThemToOthers() {
        long first = slot(monday.plusDays(1), "day", "anna");
        long second = slot(monday.plusDays(2), "day", "anna");
        long later = slot(monday.plusDays(9), "day", "anna");
        planning.publish(period, "late");
        long swap = swaps.propose("anna", second, "bo", null);

        int opened = sickness.report(period, "anna", monday.plusDays(1), monday.plusDays(3));

        assertThat(opened).isEqualTo(2);
        assertThat(store.assignment(period, first).orElseThrow().personId()).isNull();
        assertThat(store.assignment(period, second).orElseThrow().personId()).isNull();
        assertThat(store.assignment(period, later).orElseThrow().personId()).isEqualTo("anna");
        assertThat(store.openedBySickness(period)).containsExactlyInAnyOrder(first, second);
        assertThat(kindsOf("anna")).filteredOn("sickness"::equals).hasSize(2);
        assertThat(rosterNotices.changesIn(period)).extracting(Notice::kind).containsOnly("sickness");
        assertThat(swapStore.swap(swap).orElseThrow().status()).isEqualTo("stale");
        assertThat(openShifts.offersFor("bo")).filteredOn(o -> o.slotId() == first).singleElement()
                .extracting(Offer::openedBySickness).isEqualTo(true);
        assertThat(openShifts.offersFor("anna")).extracting(Offer::slotId).doesNotContain(first, second);
        assertThat(openShifts.board(period)).filteredOn(o -> o.slotId() == first).singleElement()
                .extracting(OpenShifts.OpenShift::openedBySickness).isEqualTo(true);
    }

    @Test
    void sicknessNeedsAPublishedPeriodAndShiftsInTheRange() {
        slot(monday.plusDays(1), "day", "anna");
        assertThatThrownBy(() -> sickness.report(period, "anna", monday, monday.plusDays(2)))
                .isInstanceOf(InvalidInputException.class);
        planning.publish(period, "late");
        assertThatThrownBy(() -> sickness.report(period, "bo", monday, monday.plusDays(2)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sickness.report(period, "anna", monday.plusDays(2), monday))
                .isInstanceOf(InvalidInputException.class);
    }
}
