package dk.tilknyt.conversations.domain;

import static dk.tilknyt.conversations.domain.Facts.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.absence.SicknessSpell;

class CareConversationRuleTest {

    private static final FollowUpSettings SETTINGS = FollowUpSettings.defaults();

    private static SicknessSpell spell(String start, String end) {
        return new SicknessSpell("p1", d(start), d(end));
    }

    @Test
    void threeSpellsStartingWithinSixMonthsMeetTheRuleOnTheThirdStart() {
        var spells = List.of(spell("2025-01-06", "2025-01-07"), spell("2025-03-03", "2025-03-03"), spell("2025-07-01", "2025-07-01"));
        assertThat(CareConversationRule.metDays(spells, d("2025-12-31"), SETTINGS)).containsExactly(d("2025-07-01"));
    }

    @Test
    void threeSpellsSpreadOverMoreThanSixMonthsDoNotMeetIt() {
        var spells = List.of(spell("2025-01-06", "2025-01-06"), spell("2025-03-03", "2025-03-03"), spell("2025-07-07", "2025-07-07"));
        assertThat(CareConversationRule.metDays(spells, d("2025-12-31"), SETTINGS)).isEmpty();
    }

    @Test
    void fifteenSickCalendarDaysWithinTwelveMonthsMeetTheRuleOnTheFifteenthDay() {
        // 8 days in February, 7 days from 1 September: the 15th sick day is 7 September
        var spells = List.of(spell("2025-02-03", "2025-02-10"), spell("2025-09-01", "2025-09-10"));
        assertThat(CareConversationRule.metDays(spells, d("2025-12-31"), SETTINGS)).containsExactly(d("2025-09-07"));
    }

    @Test
    void sickDaysMoreThanTwelveMonthsApartDoNotAddUp() {
        var spells = List.of(spell("2024-02-05", "2024-02-12"), spell("2025-09-01", "2025-09-07"));
        assertThat(CareConversationRule.metDays(spells, d("2025-12-31"), SETTINGS)).isEmpty();
    }

    @Test
    void oneLongSpellProposesOneConversationNotOneAFortnight() {
        var spells = List.of(spell("2025-01-06", "2025-06-30"));
        assertThat(CareConversationRule.metDays(spells, d("2025-12-31"), SETTINGS)).containsExactly(d("2025-01-20"));
    }

    @Test
    void afterTheRuleIsMetOnlyLaterSpellsCountTowardsTheNextTime() {
        var spells = List.of(spell("2025-01-06", "2025-01-06"), spell("2025-02-03", "2025-02-03"), spell("2025-03-03", "2025-03-03"),
                spell("2025-04-07", "2025-04-07"), spell("2025-05-05", "2025-05-05"), spell("2025-06-02", "2025-06-02"));
        assertThat(CareConversationRule.metDays(spells, d("2025-12-31"), SETTINGS))
                .containsExactly(d("2025-03-03"), d("2025-06-02"));
    }

    @Test
    void theCareConversationIsDueFourteenDaysAfterTheRuleIsMet() {
        PersonFacts person = Facts.person("p1").employed("e1", "2020-01-01", null, "nurse")
                .sick("2025-01-06", "2025-01-06").sick("2025-02-03", "2025-02-03").sick("2025-03-03", "2025-03-03").build();
        DueItem care = FollowUpRules.itemsFor(person, Facts.context("2025-03-10")).stream()
                .filter(i -> i.kind() == ItemKind.CARE_CONVERSATION).findFirst().orElseThrow();
        assertThat(care.refDate()).isEqualTo(d("2025-03-03"));
        assertThat(care.dueDate()).isEqualTo(d("2025-03-17"));
        assertThat(care.unitId()).isEqualTo("unit-a");
    }
}
