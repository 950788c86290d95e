package dk.tilknyt.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.roster.planning.Swaps.Choice;
import dk.tilknyt.roster.planning.Swaps.SwapBreaksRule;
import dk.tilknyt.roster.rules.HardRule;
import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.store.NoticeStore;
import dk.tilknyt.roster.store.NoticeStore.Notice;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.SwapStore;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** Swaps in a published period: proposed, answered, approved only when no rule breaks for either person after it. */
@DatabaseTest
class SwapsTest {

    @Autowired
    Swaps swaps;
    @Autowired
    SwapStore swapStore;
    @Autowired
    NoticeStore notices;
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
    void threeColleaguesInAPublishedPeriodAndOneElsewhere() {
        DatabaseCleaner.clean(dataSource);
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u1', 'Solgården', null, 'unit')").update();
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u2', 'Egebo', null, 'unit')").update();
        events.publishEvent(new OrgUnitsChanged());
        person("anna", "u1");
        person("bo", "u1");
        person("carl", "u1");
        person("dora", "u2");
        monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        period = store.createPeriod("u1", monday, 4);
        store.setStatus(period, PeriodStatus.SOLVED);
        store.published(period, planning.today(), "test");
    }

    private void person(String id, String unit) {
        jdbc.sql("insert into person (id) values (?)").param(id).update();
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, shift_layer) values (?, DATE '2020-01-01', null, ?, ?, 'sosu_helper', 'permanent', 37, 'day')""")
                .params("e-" + id, id, unit).update();
    }

    private long shiftOf(String personId, LocalDate date, String shift) {
        store.addSlot(period, date, shift, "care");
        long id = store.assignments(period).stream().filter(a -> a.date().equals(date) && a.shiftCode().equals(shift))
                .mapToLong(a -> a.id()).max().orElseThrow();
        store.assignByHand(period, id, personId, false);
        return id;
    }

    private String holder(long slot) {
        return store.assignment(period, slot).orElseThrow().personId();
    }

    private SwapStatus status(long swap) {
        return SwapStatus.fromCode(swapStore.swap(swap).orElseThrow().status());
    }

    private java.util.List<String> noticeKinds(String personId) {
        return notices.of(personId, 50).stream().map(Notice::kind).toList();
    }

    @Test
    void anApprovedExchangeSwapsTheTwoShiftsAndTellsBoth() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long bosEvening = shiftOf("bo", monday.plusDays(3), "evening");

        long swap = swaps.propose("anna", annasDay, "bo", bosEvening);
        assertThat(noticeKinds("bo")).containsExactly("swap_requested");
        swaps.accept("bo", swap);
        assertThat(noticeKinds("anna")).containsExactly("swap_accepted");
        swaps.approve(period, swap);

        assertThat(holder(annasDay)).isEqualTo("bo");
        assertThat(holder(bosEvening)).isEqualTo("anna");
        assertThat(store.assignment(period, annasDay).orElseThrow().pinned()).isTrue();
        assertThat(status(swap)).isEqualTo(SwapStatus.APPROVED);
        assertThat(noticeKinds("anna")).contains("swap_in", "swap_out");
        assertThat(noticeKinds("bo")).contains("swap_in", "swap_out");
        assertThat(planning.load(period).report().violations()).isEmpty();
    }

    @Test
    void anApprovedHandOverGivesTheShiftToTheColleague() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");

        long swap = swaps.propose("anna", annasDay, "bo", null);
        swaps.accept("bo", swap);
        swaps.approve(period, swap);

        assertThat(holder(annasDay)).isEqualTo("bo");
        assertThat(status(swap)).isEqualTo(SwapStatus.APPROVED);
    }

    @Test
    void approvalIsRefusedWhenTheSwapWouldBreakTheRestRuleAndNothingChanges() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long swap = swaps.propose("anna", annasDay, "bo", null);
        swaps.accept("bo", swap);
        // meanwhile bo is put on the evening before: 23:00 to 07:00 is 8 hours' rest
        shiftOf("bo", monday, "evening");

        assertThatThrownBy(() -> swaps.approve(period, swap)).isInstanceOf(SwapBreaksRule.class)
                .satisfies(e -> assertThat(((SwapBreaksRule) e).violations()).extracting(RuleViolation::rule)
                        .contains(HardRule.MINIMUM_REST));
        assertThat(holder(annasDay)).isEqualTo("anna");
        assertThat(status(swap)).isEqualTo(SwapStatus.ACCEPTED);
        assertThat(noticeKinds("bo")).doesNotContain("swap_in");
    }

    @Test
    void aSwapThatWouldBreakARuleIsNeitherOfferedNorAccepted() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        shiftOf("bo", monday, "evening");

        // handing it over would break bo's rest; exchanging it for that very evening would not
        assertThat(swaps.choicesFor("anna", annasDay)).filteredOn(c -> !c.isExchange())
                .extracting(Choice::colleagueId).containsExactly("carl");
        assertThat(swaps.choicesFor("anna", annasDay)).filteredOn(Choice::isExchange)
                .extracting(Choice::colleagueId).containsExactly("bo");
        assertThatThrownBy(() -> swaps.propose("anna", annasDay, "bo", null)).isInstanceOf(SwapBreaksRule.class);
        assertThat(swapStore.swapsOf("anna")).isEmpty();
    }

    @Test
    void anExchangeIsOfferedOnlyWhenNeitherSideBreaksARule() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long bosDay = shiftOf("bo", monday.plusDays(4), "day");
        // anna works the evening of the 4th day: bo's day shift on the 5th would follow it with 8 hours' rest
        shiftOf("anna", monday.plusDays(3), "evening");

        assertThat(swaps.choicesFor("anna", annasDay))
                .noneMatch(c -> c.isExchange() && c.colleagueShift().id() == bosDay)
                .anyMatch(c -> "bo".equals(c.colleagueId()) && !c.isExchange());
    }

    @Test
    void strangersAndForeignShiftsAreNotFound() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long bosDay = shiftOf("bo", monday.plusDays(2), "day");
        long swap = swaps.propose("anna", annasDay, "bo", null);

        assertThatThrownBy(() -> swaps.propose("anna", bosDay, "carl", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> swaps.propose("carl", annasDay, "bo", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> swaps.propose("anna", annasDay, "dora", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> swaps.accept("carl", swap)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> swaps.withdraw("carl", swap)).isInstanceOf(NotFoundException.class);
        assertThat(swaps.of("carl")).isEmpty();
        long otherPeriod = store.createPeriod("u2", monday, 4);
        assertThatThrownBy(() -> swaps.approve(otherPeriod, swap)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSwapGoesStaleWhenTheShiftChangesHandsMeanwhileAndCanNoLongerBeAnswered() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long swap = swaps.propose("anna", annasDay, "bo", null);

        planning.assign(period, annasDay, "carl");

        assertThat(status(swap)).isEqualTo(SwapStatus.STALE);
        assertThatThrownBy(() -> swaps.accept("bo", swap)).isInstanceOf(InvalidInputException.class);
        assertThat(holder(annasDay)).isEqualTo("carl");
    }

    @Test
    void theProposerMayWithdrawAndAShiftCanBeInOnlyOnePendingSwap() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long swap = swaps.propose("anna", annasDay, "bo", null);

        assertThatThrownBy(() -> swaps.propose("anna", annasDay, "carl", null)).isInstanceOf(InvalidInputException.class);
        swaps.withdraw("anna", swap);
        assertThat(status(swap)).isEqualTo(SwapStatus.WITHDRAWN);
        assertThat(noticeKinds("bo")).contains("swap_withdrawn");
        assertThat(swaps.propose("anna", annasDay, "carl", null)).isPositive();
    }

    @Test
    void aRejectedSwapChangesNoShiftAndTellsBoth() {
        long annasDay = shiftOf("anna", monday.plusDays(1), "day");
        long swap = swaps.propose("anna", annasDay, "bo", null);
        swaps.accept("bo", swap);

        swaps.reject(period, swap);

        assertThat(holder(annasDay)).isEqualTo("anna");
        assertThat(noticeKinds("anna")).contains("swap_rejected");
        assertThat(noticeKinds("bo")).contains("swap_rejected");
    }
}
