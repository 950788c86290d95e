package dk.tilknyt.conversations.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.conversations.ConversationsTest;
import dk.tilknyt.conversations.Fixtures;
import dk.tilknyt.conversations.domain.ClosedReason;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;

class FollowUpDerivationTest extends ConversationsTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    @Autowired
    ApplicationEventPublisher events;

    Fixtures data;

    @BeforeEach
    void cleanMunicipality() {
        data = emptyMunicipality(LocalDate.of(2025, 1, 1))
                .person("p1", 1980).segment("e1", "p1", LocalDate.of(2018, 1, 1), null, "pc-sol", "nurse", 37, null)
                .person("p2", 1985).segment("e2", "p2", LocalDate.of(2019, 1, 1), null, "hp-syd", "sosu_helper", 30, null);
    }

    private List<InboxItem> all() {
        return items.list(new InboxFilter(null, null, null, null, null, null, TODAY, 1000));
    }

    @Test
    void aRunningSpellPastDayFourteenPutsTheConversationAndTheNotificationInTheInbox() {
        data.sick("a1", "p1", LocalDate.of(2025, 3, 3), null);
        derivation.refreshAll(TODAY);
        // 18 sick days by 20 March also meet the 15-days rule of the care conversation (on 17 March, due 31 March)
        assertThat(all()).extracting(InboxItem::kind, InboxItem::personId, InboxItem::unitId, InboxItem::dueDate, InboxItem::status)
                .containsExactlyInAnyOrder(
                        tuple(ItemKind.SICKNESS_CONVERSATION, "p1", "pc-sol", LocalDate.of(2025, 3, 31), ItemStatus.OPEN),
                        tuple(ItemKind.CARE_CONVERSATION, "p1", "pc-sol", LocalDate.of(2025, 3, 31), ItemStatus.OPEN),
                        tuple(ItemKind.SICKNESS_NOTIFICATION, "p1", "pc-sol", LocalDate.of(2025, 4, 7), ItemStatus.OPEN));
    }

    @Test
    void derivingTwiceChangesNothing() {
        data.sick("a1", "p1", LocalDate.of(2025, 3, 3), null);
        ItemStore.Changes first = derivation.refreshAll(TODAY);
        ItemStore.Changes second = derivation.refreshAll(TODAY);
        assertThat(first.inserted()).isEqualTo(3);
        assertThat(second).isEqualTo(new ItemStore.Changes(0, 0, 0, 3));
    }

    @Test
    void whenTheReturnIsImportedTheConversationClosesAsReturned() {
        data.sick("a1", "p1", LocalDate.of(2025, 3, 3), null);
        derivation.refreshAll(TODAY);
        jdbc.sql("update absence set end_date = ? where id = 'a1'").param(LocalDate.of(2025, 3, 21)).update();
        derivation.refreshAll(LocalDate.of(2025, 3, 24));
        InboxItem conversation = all().stream().filter(i -> i.kind() == ItemKind.SICKNESS_CONVERSATION).findFirst().orElseThrow();
        assertThat(conversation.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(conversation.closedReason()).isEqualTo(ClosedReason.RETURNED);
    }

    @Test
    void anOpenItemWhoseSourceDisappearsIsRemovedButAHeldOneStays() {
        data.sick("a1", "p1", LocalDate.of(2025, 3, 3), null);
        derivation.refreshAll(TODAY);
        InboxItem conversation = all().stream().filter(i -> i.kind() == ItemKind.SICKNESS_CONVERSATION).findFirst().orElseThrow();
        assertThat(items.complete(conversation.id(), TODAY, "leader", null)).isTrue();
        jdbc.sql("delete from absence").update();
        ItemStore.Changes changes = derivation.refreshAll(TODAY);
        assertThat(changes.deleted()).isEqualTo(2);
        assertThat(all()).extracting(InboxItem::id, InboxItem::status).containsExactly(
                tuple(conversation.id(), ItemStatus.DONE));
    }

    @Test
    void aPersonsRefreshTouchesOnlyThatPerson() {
        data.sick("a1", "p1", LocalDate.of(2025, 3, 3), null).sick("a2", "p2", LocalDate.of(2025, 3, 3), null);
        derivation.refreshPerson("p2", TODAY);
        assertThat(all()).extracting(InboxItem::personId).containsOnly("p2");
    }

    @Test
    void theInboxListsTheScopeOnlyWithOverdueFirstAndFiltersStatusAndDates() {
        data.sick("a1", "p1", LocalDate.of(2025, 2, 3), null).sick("a2", "p2", LocalDate.of(2025, 3, 3), null);
        derivation.refreshAll(TODAY);
        // p1: §7a due 3 March (overdue on 20 March), notification 10 March (overdue); p2: 31 March, 7 April
        List<InboxItem> north = items.list(new InboxFilter(Set.of("nord", "pc-sol"), null, null, ItemStatus.OPEN, null, null, TODAY, 100));
        assertThat(north).extracting(InboxItem::personId).containsOnly("p1");
        List<InboxItem> everything = all();
        assertThat(everything.getFirst().isOverdue(TODAY)).isTrue();
        // Overdue first (p1's §7a on 3 March and care conversation on 3 March, notification on 10 March), then by date
        assertThat(everything).extracting(InboxItem::dueDate).containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 7));
        assertThat(everything.subList(0, 3)).allSatisfy(i -> assertThat(i.isOverdue(TODAY)).isTrue());
        assertThat(items.list(new InboxFilter(null, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 30), null, null, null, TODAY, 100)))
                .extracting(InboxItem::dueDate).containsExactly(LocalDate.of(2025, 3, 10));
        assertThat(items.list(new InboxFilter(null, null, null, ItemStatus.DONE, null, null, TODAY, 100))).isEmpty();
    }

    @Test
    void theInboxIsRefreshedAfterAbsencesChange() {
        LocalDate today = LocalDate.now(java.time.Clock.system(java.time.ZoneId.of("Europe/Copenhagen")));
        settings.setSince(today.minusYears(1));
        data.sick("a1", "p1", today.minusDays(20), null);
        events.publishEvent(new AbsencesChanged());
        refreshJob.awaitIdle(30);
        assertThat(items.list(InboxFilter.forPerson("p1", today))).extracting(InboxItem::kind)
                .contains(ItemKind.SICKNESS_CONVERSATION);
    }

    @Test
    void anEmploymentWhoseFirstSegmentStartsGetsItsProgrammeOnce() {
        data.task("Mentor tildelt", -7, "mentor").task("3-måneders-samtale", 90, "three_month_conversation")
                .person("p3", 1999).segment("e3", "p3", LocalDate.of(2025, 4, 1), null, "pc-sol", "sosu_helper", 37, null);
        derivation.refreshAll(TODAY);
        derivation.refreshAll(TODAY);
        assertThat(items.list(InboxFilter.forPerson("p3", TODAY))).extracting(InboxItem::kind, InboxItem::dueDate)
                .containsExactly(tuple(ItemKind.ONBOARDING_TASK, LocalDate.of(2025, 3, 25)),
                        tuple(ItemKind.THREE_MONTH_CONVERSATION, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void aSpellThatBeganBeforeTheReadCutoffStartsWhereItReallyStarts() {
        // Follow-up since 1 June 2025: care counts spells starting from 1 June 2024. The 2024 spell starts on
        // Wednesday 29 May (before that) and continues after the weekend, so none of its 17 days count.
        // Read from 3 June alone, its 12 days and 4 in May 2025 would make 16 and propose a care conversation.
        settings.setSince(LocalDate.of(2025, 6, 1));
        data.sick("b1", "p1", LocalDate.of(2024, 5, 29), LocalDate.of(2024, 5, 31))
                .sick("b2", "p1", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 14))
                .sick("b3", "p1", LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 23))
                .sick("b4", "p1", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 4));
        LocalDate today = LocalDate.of(2025, 6, 10);
        derivation.refreshAll(today);
        List<InboxItem> afterAll = items.list(InboxFilter.forPerson("p1", today));
        assertThat(afterAll).extracting(InboxItem::kind).doesNotContain(ItemKind.CARE_CONVERSATION);
        assertThat(derivation.refreshPerson("p1", today)).isEqualTo(new ItemStore.Changes(0, 0, 0, afterAll.size()));
    }
}
