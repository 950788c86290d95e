package dk.tilknyt.conversations.domain;

import static dk.tilknyt.conversations.domain.Facts.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.AbsenceType;
import dk.tilknyt.absence.SicknessSpell;
import dk.tilknyt.absence.SicknessSpells;

class SicknessFollowUpTest {

    private static final FollowUpSettings SETTINGS = FollowUpSettings.defaults();

    private static SicknessSpell spell(String start, String end) {
        return new SicknessSpell("p1", d(start), end == null ? null : d(end));
    }

    private static List<DueItem> items(SicknessSpell spell, String today) {
        return SicknessFollowUp.forSpell(spell, "unit-a", null, null, d(today), SETTINGS);
    }

    private static DueItem item(List<DueItem> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aSpellThatEndsBeforeItsFourteenthDayCreatesNothing() {
        // 13 calendar days: 3-15 March
        assertThat(items(spell("2025-03-03", "2025-03-15"), "2025-06-01")).isEmpty();
    }

    @Test
    void aRunningSpellShowsFromItsFourteenthDayAndNotBefore() {
        assertThat(items(spell("2025-03-03", null), "2025-03-15")).isEmpty();
        assertThat(items(spell("2025-03-03", null), "2025-03-16")).extracting(DueItem::kind)
                .containsExactly(ItemKind.SICKNESS_CONVERSATION, ItemKind.SICKNESS_NOTIFICATION);
    }

    @Test
    void theSicknessConversationIsDueOnDayOnePlus28() {
        // Monday 3 March 2025 + 28 = Monday 31 March
        DueItem conversation = item(items(spell("2025-03-03", null), "2025-03-20"), ItemKind.SICKNESS_CONVERSATION);
        assertThat(conversation.dueDate()).isEqualTo(d("2025-03-31"));
        assertThat(conversation.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(conversation.refDate()).isEqualTo(d("2025-03-03"));
    }

    @Test
    void aDeadlineOnASaturdayMovesBackToFriday() {
        // Saturday 1 March 2025 + 28 = Saturday 29 March → Friday 28 March
        assertThat(item(items(spell("2025-03-01", null), "2025-03-20"), ItemKind.SICKNESS_CONVERSATION).dueDate())
                .isEqualTo(d("2025-03-28"));
    }

    @Test
    void aDeadlineOnEasterMondayMovesBackOverEasterToWednesday() {
        // 24 March 2025 + 28 = Easter Monday 21 April; Sun, Sat, Good Friday and Maundy Thursday are days off
        assertThat(item(items(spell("2025-03-24", null), "2025-04-10"), ItemKind.SICKNESS_CONVERSATION).dueDate())
                .isEqualTo(d("2025-04-16"));
    }

    @Test
    void christmasEveCountsAsAHoliday() {
        // 26 November 2025 + 28 = Wednesday 24 December → Tuesday 23 December
        assertThat(item(items(spell("2025-11-26", null), "2025-12-12"), ItemKind.SICKNESS_CONVERSATION).dueDate())
                .isEqualTo(d("2025-12-23"));
    }

    @Test
    void theNotificationIsDueOnDayOnePlus35() {
        // Monday 3 March 2025 + 35 = Monday 7 April
        assertThat(item(items(spell("2025-03-03", null), "2025-03-20"), ItemKind.SICKNESS_NOTIFICATION).dueDate())
                .isEqualTo(d("2025-04-07"));
    }

    @Test
    void anEmployeeWhoReturnsBeforeTheConversationClosesItAsReturned() {
        DueItem conversation = item(items(spell("2025-03-03", "2025-03-20"), "2025-03-25"), ItemKind.SICKNESS_CONVERSATION);
        assertThat(conversation.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(conversation.closedReason()).isEqualTo(ClosedReason.RETURNED);
        assertThat(conversation.closedOn()).isEqualTo(d("2025-03-21"));
    }

    @Test
    void aSpellEndingOnItsFourteenthDayStillCreatesTheConversationClosedAsReturned() {
        assertThat(item(items(spell("2025-03-03", "2025-03-16"), "2025-03-25"), ItemKind.SICKNESS_CONVERSATION).closedReason())
                .isEqualTo(ClosedReason.RETURNED);
    }

    @Test
    void theNotificationIsNotOwedWhenTheSpellEndsWithinTheEmployerPeriod() {
        // 30 days: 3 March .. 1 April
        assertThat(item(items(spell("2025-03-03", "2025-04-01"), "2025-04-10"), ItemKind.SICKNESS_NOTIFICATION).status())
                .isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void theNotificationStaysOwedWhenTheSpellWentBeyondTheEmployerPeriodEvenAfterReturn() {
        // 31 days: 3 March .. 2 April
        assertThat(item(items(spell("2025-03-03", "2025-04-02"), "2025-04-10"), ItemKind.SICKNESS_NOTIFICATION).status())
                .isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void noConversationIsOwedWhenTheEmployeeLeavesWithinEightWeeksOfDayOne() {
        List<DueItem> items = SicknessFollowUp.forSpell(spell("2025-03-03", null), "unit-a", d("2025-04-28"), null,
                d("2025-03-20"), SETTINGS);
        assertThat(item(items, ItemKind.SICKNESS_CONVERSATION).closedReason()).isEqualTo(ClosedReason.NOT_OWED);
        List<DueItem> staying = SicknessFollowUp.forSpell(spell("2025-03-03", null), "unit-a", d("2025-04-29"), null,
                d("2025-03-20"), SETTINGS);
        assertThat(item(staying, ItemKind.SICKNESS_CONVERSATION).status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void aRetentionPlanOfferIsDueWhenTheSpellPassesEightWeeks() {
        // 3 March + 56 = 28 April (the 57th day); offer within a week: Monday 5 May
        assertThat(items(spell("2025-03-03", null), "2025-04-27")).extracting(DueItem::kind)
                .doesNotContain(ItemKind.RETENTION_PLAN_OFFER);
        DueItem offer = item(items(spell("2025-03-03", null), "2025-04-28"), ItemKind.RETENTION_PLAN_OFFER);
        assertThat(offer.dueDate()).isEqualTo(d("2025-05-05"));
    }

    @Test
    void aLeadersMarkMakesTheRetentionPlanOfferDueAtOnce() {
        List<DueItem> items = SicknessFollowUp.forSpell(spell("2025-03-03", null), "unit-a", null, d("2025-03-20"),
                d("2025-03-20"), SETTINGS);
        // marked Thursday 20 March; a week later is Thursday 27 March
        assertThat(item(items, ItemKind.RETENTION_PLAN_OFFER).dueDate()).isEqualTo(d("2025-03-27"));
    }

    @Test
    void spellsThatMergeOverAWeekendCountFromTheFirstRow() {
        // Friday 28 Feb alone is 1 day; with Monday 3 March .. 13 March it is one spell of 14 days
        List<Absence> rows = List.of(
                new Absence("a1", "p1", null, AbsenceType.SICK, d("2025-02-28"), d("2025-02-28"), 100, null),
                new Absence("a2", "p1", null, AbsenceType.SICK, d("2025-03-03"), d("2025-03-13"), 100, null));
        SicknessSpell merged = SicknessSpells.of("p1", rows).getFirst();
        assertThat(merged.lengthDays(d("2025-04-01"))).isEqualTo(14);
        assertThat(item(items(merged, "2025-04-01"), ItemKind.SICKNESS_CONVERSATION).dueDate())
                .isEqualTo(d("2025-03-28"));
    }

    @Test
    void deadlinesNeverMoveBeforeTheTrigger() {
        // Trigger on a Saturday, a week later is Saturday: moved back to Friday, still after the trigger
        assertThat(Deadlines.withinDaysOf(d("2025-03-01"), 7)).isEqualTo(LocalDate.parse("2025-03-07"));
        assertThat(Deadlines.withinDaysOf(d("2025-03-01"), 0)).isEqualTo(LocalDate.parse("2025-03-03"));
    }
}
