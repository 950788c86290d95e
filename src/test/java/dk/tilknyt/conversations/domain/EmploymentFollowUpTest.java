package dk.tilknyt.conversations.domain;

import static dk.tilknyt.conversations.domain.Facts.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentType;

class EmploymentFollowUpTest {

    private static final Programmes PROGRAMMES = new Programmes(List.of(
            new OnboardingTask(1, null, "Mentor tildelt", -7, TaskType.MENTOR, 10),
            new OnboardingTask(2, null, "Introduktionsdag", 0, TaskType.TASK, 20),
            new OnboardingTask(3, null, "3-måneders-samtale", 90, TaskType.THREE_MONTH_CONVERSATION, 30),
            new OnboardingTask(4, "nurse", "Sygeplejefaglig introduktion", 14, TaskType.TASK, 10)));

    private static List<DueItem> items(PersonFacts person, String today) {
        return FollowUpRules.itemsFor(person, Facts.context(today, PROGRAMMES));
    }

    @Test
    void aNewEmploymentGetsTheCommonProgrammeFromItsFirstDay() {
        PersonFacts person = Facts.person("p1").employed("e1", "2025-03-03", null, "sosu_helper").build();
        List<DueItem> onboarding = items(person, "2025-03-01");
        assertThat(onboarding).extracting(DueItem::dueDate)
                .containsExactly(d("2025-02-24"), d("2025-03-03"), d("2025-06-01"));
        assertThat(onboarding).extracting(DueItem::kind).containsExactly(ItemKind.ONBOARDING_TASK,
                ItemKind.ONBOARDING_TASK, ItemKind.THREE_MONTH_CONVERSATION);
        assertThat(onboarding.getFirst().title()).isEqualTo("Mentor tildelt");
    }

    @Test
    void aJobFamilyWithItsOwnProgrammeGetsOnlyThat() {
        PersonFacts person = Facts.person("p1").employed("e1", "2025-03-03", null, "nurse").build();
        assertThat(items(person, "2025-03-01")).extracting(DueItem::title).containsExactly("Sygeplejefaglig introduktion");
    }

    @Test
    void aTaskDueAfterTheEmploymentEndedIsClosed() {
        PersonFacts person = Facts.person("p1")
                .segment("e1", "2025-03-03", "2025-04-30", "sosu_helper", EmploymentType.TEMPORARY, DepartureReason.END_OF_CONTRACT)
                .build();
        DueItem threeMonths = items(person, "2025-03-10").stream()
                .filter(i -> i.kind() == ItemKind.THREE_MONTH_CONVERSATION).findFirst().orElseThrow();
        assertThat(threeMonths.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(threeMonths.closedReason()).isEqualTo(ClosedReason.LEFT);
    }

    @Test
    void hourlyPaidStaffGetNoProgrammeAndNoExitConversation() {
        PersonFacts person = Facts.person("p1")
                .segment("e1", "2025-03-03", "2025-04-30", "service", EmploymentType.HOURLY, DepartureReason.RESIGNED).build();
        assertThat(items(person, "2025-03-10")).isEmpty();
    }

    @Test
    void anExitConversationIsDueByTheLastWorkingDay() {
        // Last day Sunday 31 August 2025 → Friday 29 August
        PersonFacts person = Facts.person("p1")
                .segment("e1", "2020-01-01", "2025-08-31", "nurse", EmploymentType.PERMANENT, DepartureReason.RESIGNED).build();
        DueItem exit = items(person, "2025-08-01").stream().filter(i -> i.kind() == ItemKind.EXIT_CONVERSATION)
                .findFirst().orElseThrow();
        assertThat(exit.dueDate()).isEqualTo(d("2025-08-29"));
        assertThat(exit.refDate()).isEqualTo(d("2025-08-31"));
        assertThat(exit.employmentId()).isEqualTo("e1");
    }

    @Test
    void noExitConversationWithoutADepartureReasonOrOnDeath() {
        PersonFacts changedHours = Facts.person("p1").employed("e1", "2020-01-01", "2025-08-31", "nurse").build();
        PersonFacts died = Facts.person("p2")
                .segment("e2", "2020-01-01", "2025-08-31", "nurse", EmploymentType.PERMANENT, DepartureReason.DEATH).build();
        assertThat(items(changedHours, "2025-08-01")).extracting(DueItem::kind).doesNotContain(ItemKind.EXIT_CONVERSATION);
        assertThat(items(died, "2025-08-01")).extracting(DueItem::kind).doesNotContain(ItemKind.EXIT_CONVERSATION);
    }

    @Test
    void anExitFollowedByANewEmploymentWithinNinetyDaysIsAMove() {
        PersonFacts person = Facts.person("p1")
                .segment("e1", "2020-01-01", "2025-08-31", "nurse", EmploymentType.PERMANENT, DepartureReason.RESIGNED)
                .employed("e2", "2025-10-01", null, "nurse").build();
        DueItem exit = items(person, "2025-08-01").stream().filter(i -> i.kind() == ItemKind.EXIT_CONVERSATION)
                .findFirst().orElseThrow();
        assertThat(exit.closedReason()).isEqualTo(ClosedReason.MOVED);
    }

    @Test
    void aSeniorConversationIsDueYearlyOnTheAnniversaryFromTheYearTheSeniorAgeIsReached() {
        // Born 1967: 58 in 2025. Employed 15 May 2010.
        PersonFacts person = Facts.person("p1").born(1967).employed("e1", "2010-05-15", null, "sosu_assistant").build();
        List<DueItem> seniors = items(person, "2025-01-10").stream()
                .filter(i -> i.kind() == ItemKind.SENIOR_CONVERSATION).toList();
        // Thursday 15 May 2025; 2026 is beyond the year of look-ahead
        assertThat(seniors).extracting(DueItem::dueDate).containsExactly(d("2025-05-15"));
        assertThat(items(person, "2025-06-01").stream().filter(i -> i.kind() == ItemKind.SENIOR_CONVERSATION))
                .extracting(DueItem::dueDate).containsExactly(d("2025-05-15"), d("2026-05-15"));
    }

    @Test
    void noSeniorConversationBeforeTheSeniorAgeOrAfterTheEmploymentEnded() {
        PersonFacts young = Facts.person("p1").born(1970).employed("e1", "2010-05-15", null, "sosu_assistant").build();
        assertThat(items(young, "2025-01-10")).extracting(DueItem::kind).doesNotContain(ItemKind.SENIOR_CONVERSATION);
        PersonFacts left = Facts.person("p2").born(1960)
                .segment("e2", "2010-05-15", "2025-03-31", "nurse", EmploymentType.PERMANENT, DepartureReason.RETIRED).build();
        assertThat(items(left, "2025-01-10").stream().filter(i -> i.kind() == ItemKind.SENIOR_CONVERSATION))
                .extracting(DueItem::dueDate).contains(d("2024-05-15")).doesNotContain(d("2025-05-15"));
    }

    @Test
    void theSeniorAgeIsASetting() {
        PersonFacts person = Facts.person("p1").born(1970).employed("e1", "2010-05-15", null, "sosu_assistant").build();
        RuleContext context = new RuleContext(d("2025-01-10"), d("2000-01-01"), FollowUpSettings.defaults().withSeniorAge(55),
                new Programmes(List.of()));
        assertThat(FollowUpRules.itemsFor(person, context)).extracting(DueItem::kind).contains(ItemKind.SENIOR_CONVERSATION);
    }
}
