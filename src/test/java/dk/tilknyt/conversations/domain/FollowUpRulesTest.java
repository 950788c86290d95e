package dk.tilknyt.conversations.domain;

import static dk.tilknyt.conversations.domain.Facts.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FollowUpRulesTest {

    @Test
    void itemsDueBeforeFollowUpStartedAreNotCreated() {
        PersonFacts person = Facts.person("p1").employed("e1", "2020-01-01", null, "nurse").sick("2025-03-03", null).build();
        RuleContext context = new RuleContext(d("2025-04-15"), d("2025-04-01"), FollowUpSettings.defaults(), new Programmes(List.of()));
        // §7a due 31 March lies before follow-up started on 1 April; the notification (7 April) does not
        assertThat(FollowUpRules.itemsFor(person, context)).extracting(DueItem::kind)
                .containsExactly(ItemKind.SICKNESS_NOTIFICATION);
    }

    @Test
    void derivingTwiceGivesTheSameItems() {
        PersonFacts person = Facts.person("p1").born(1960).employed("e1", "2020-01-01", null, "nurse")
                .sick("2025-03-03", null).agreement(7, "2024-01-01", "2025-12-31").build();
        RuleContext context = Facts.context("2025-04-15");
        assertThat(FollowUpRules.itemsFor(person, context)).isEqualTo(FollowUpRules.itemsFor(person, context));
    }

    @Test
    void aSection56AgreementIsReviewedThirtyDaysBeforeItExpires() {
        // expires Friday 31 October 2025; 30 days before is Wednesday 1 October
        PersonFacts person = Facts.person("p1").employed("e1", "2020-01-01", null, "nurse")
                .agreement(7, "2023-11-01", "2025-10-31").build();
        DueItem review = FollowUpRules.itemsFor(person, Facts.context("2025-09-01")).getFirst();
        assertThat(review.kind()).isEqualTo(ItemKind.AGREEMENT_REVIEW);
        assertThat(review.dueDate()).isEqualTo(d("2025-10-01"));
        assertThat(review.key()).isEqualTo("agreement|7");
    }

    @Test
    void aRenewedAgreementClosesTheReviewOfTheOldOne() {
        PersonFacts person = Facts.person("p1").employed("e1", "2020-01-01", null, "nurse")
                .agreement(7, "2023-11-01", "2025-10-31").agreement(8, "2025-11-01", "2027-10-31").build();
        DueItem old = FollowUpRules.itemsFor(person, Facts.context("2025-09-01")).stream()
                .filter(i -> i.key().equals("agreement|7")).findFirst().orElseThrow();
        assertThat(old.closedReason()).isEqualTo(ClosedReason.RENEWED);
    }

    @Test
    void sicknessItemsBelongToTheUnitTheEmployeeWorkedInOnTheFirstSickDay() {
        PersonFacts person = Facts.person("p1").employed("e1", "2020-01-01", "2025-02-28", "nurse")
                .employed("e2", "2025-03-01", null, "nurse").sick("2025-03-03", null).build();
        List<DueItem> items = FollowUpRules.itemsFor(person, Facts.context("2025-03-20"));
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.unitId()).isEqualTo("unit-a"));
    }

    @Test
    void theCareRuleCountsSpellsFromAYearBeforeFollowUpBegan() {
        // Follow-up since 1 April 2025: spells from 1 April 2024 count. Two of the three spells started before.
        PersonFacts person = Facts.person("p1").employed("e1", "2020-01-01", null, "nurse")
                .sick("2024-03-04", "2024-03-04").sick("2024-03-25", "2024-03-25").sick("2024-04-08", "2024-04-08").build();
        RuleContext since2025 = new RuleContext(d("2025-04-15"), d("2025-04-01"), FollowUpSettings.defaults(), new Programmes(List.of()));
        assertThat(since2025.careCountsFrom()).isEqualTo(d("2024-04-01"));
        assertThat(FollowUpRules.care(person, since2025)).isEmpty();
        RuleContext sinceApril2024 = new RuleContext(d("2025-04-15"), d("2024-04-01"), FollowUpSettings.defaults(), new Programmes(List.of()));
        assertThat(FollowUpRules.care(person, sinceApril2024)).extracting(DueItem::refDate).containsExactly(d("2024-04-08"));
    }
}
