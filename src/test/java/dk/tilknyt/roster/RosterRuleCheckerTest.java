package dk.tilknyt.roster;

import static dk.tilknyt.roster.RosterFixtures.PERIOD;
import static dk.tilknyt.roster.RosterFixtures.day;
import static dk.tilknyt.roster.RosterFixtures.dayShift;
import static dk.tilknyt.roster.RosterFixtures.daysWorked;
import static dk.tilknyt.roster.RosterFixtures.eveningShift;
import static dk.tilknyt.roster.RosterFixtures.nightShift;
import static dk.tilknyt.roster.RosterFixtures.openSlot;
import static dk.tilknyt.roster.RosterFixtures.person;
import static dk.tilknyt.roster.RosterFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.rules.HardRule;
import dk.tilknyt.roster.rules.RosterRuleChecker;
import dk.tilknyt.roster.rules.RuleReport;
import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.rules.WishObstacle;
import dk.tilknyt.roster.rules.WishOutcome;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;
import dk.tilknyt.roster.solver.Wish;
import dk.tilknyt.roster.solver.WishKind;

/** The rule checker on its own: hand-made rosters, each breaking (or keeping) one rule. */
class RosterRuleCheckerTest {

    private final RosterRuleChecker checker = new RosterRuleChecker();
    private final Employee anna = person("anna").build();
    private final Employee bo = person("bo").build();

    private RuleReport check(List<Employee> staff, List<ShiftSlot> slots, Wish... wishes) {
        return checker.check(new Roster(PERIOD, staff, List.of(wishes), slots));
    }

    private List<HardRule> rulesBroken(Employee person, ShiftSlot... slots) {
        return check(List.of(person), List.of(slots)).violations().stream().map(RuleViolation::rule).toList();
    }

    @Test
    void aRosterKeepingEveryRuleHasNoViolations() {
        List<ShiftSlot> slots = new ArrayList<>(daysWorked(anna, 0, 1, 2, 3, 4, 7, 8, 9));
        slots.addAll(daysWorked(bo, 5, 6, 10, 11));
        RuleReport report = check(List.of(anna, bo), slots);
        assertThat(report.violations()).isEmpty();
        assertThat(report.isFeasible()).isTrue();
    }

    @Test
    void reportsAMissingSkillForThePersonAndDate() {
        RuleReport report = check(List.of(anna), List.of(slot(eveningShift(3), Skill.SOSU_ASSISTANT, anna)));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(HardRule.REQUIRED_SKILL);
            assertThat(v.personId()).isEqualTo("anna");
            assertThat(v.date()).isEqualTo(day(3));
            assertThat(v.rule().code()).isEqualTo("required_skill");
        });
    }

    @Test
    void reportsOverlappingShifts() {
        assertThat(rulesBroken(anna, slot(dayShift(0), anna), slot(dayShift(0), anna)))
                .containsExactly(HardRule.OVERLAPPING_SHIFTS);
    }

    @Test
    void reportsEightHoursOfRestAfterAnEveningShift() {
        assertThat(rulesBroken(anna, slot(eveningShift(0), anna), slot(dayShift(1), anna)))
                .containsExactly(HardRule.MINIMUM_REST);
    }

    @Test
    void sixteenHoursOfRestAreEnough() {
        assertThat(rulesBroken(anna, slot(eveningShift(0), anna), slot(eveningShift(1), anna), slot(nightShift(3), anna)))
                .isEmpty();
    }

    @Test
    void reportsAWeekWithoutAFridoegn() {
        List<ShiftSlot> slots = new ArrayList<>(daysWorked(anna, 2, 3, 4, 5, 6));
        slots.add(slot(eveningShift(0), anna));
        RuleReport report = check(List.of(anna), slots);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(HardRule.WEEKLY_REST);
            assertThat(v.date()).isEqualTo(day(0));
            assertThat(v.detail()).contains("32.0 h");
        });
    }

    @Test
    void aNightShiftReachingIntoTheNextWeekShortensItsFirstRest() {
        // Sunday night until Monday 07:00, then Monday evening to Sunday evening with no 35 h gap.
        List<ShiftSlot> slots = new ArrayList<>();
        slots.add(slot(nightShift(6), anna));
        for (int d = 8; d <= 12; d++) {
            slots.add(slot(eveningShift(d), anna));
        }
        // Week two: 07:00 Monday to 15:00 Tuesday is 32 h, the rest is shorter.
        assertThat(check(List.of(anna), slots).violations()).extracting(RuleViolation::rule)
                .contains(HardRule.WEEKLY_REST);
    }

    @Test
    void reportsTheDaysBeyondSixInARow() {
        RuleReport report = check(List.of(anna), daysWorked(anna, 0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14));
        List<RuleViolation> tooMany = report.violations().stream().filter(v -> v.rule() == HardRule.CONSECUTIVE_DAYS).toList();
        assertThat(tooMany).singleElement().satisfies(v -> {
            assertThat(v.date()).isEqualTo(day(13));
            assertThat(v.penalty()).isEqualTo(2);
        });
    }

    @Test
    void reportsWeekendsCloserThanTheAgreedFrequency() {
        Employee fourth = person("fourth").weekendEvery(4).build();
        RuleReport report = check(List.of(fourth), daysWorked(fourth, 5, 6, 26));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(HardRule.WEEKEND_FREQUENCY);
            assertThat(v.date()).isEqualTo(day(26));
        });
    }

    @Test
    void reportsAShiftOnAnAbsenceDay() {
        Employee away = person("away").absentOn(2).build();
        assertThat(rulesBroken(away, slot(dayShift(2), away))).containsExactly(HardRule.ABSENT);
    }

    @Test
    void reportsANightForSomeoneWhoWorksNoNights() {
        Employee noNights = person("nn").noNights().build();
        assertThat(rulesBroken(noNights, slot(nightShift(2), noNights))).containsExactly(HardRule.LIFE_PHASE_LIMIT);
    }

    @Test
    void reportsATraineeWithMoreThanAThirdOfShiftsInTheEveningOrAtNight() {
        Employee trainee = person("elev").trainee().build();
        RuleReport report = check(List.of(trainee),
                List.of(slot(dayShift(0), trainee), slot(eveningShift(2), trainee), slot(nightShift(4), trainee)));
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule().code()).isEqualTo("trainee_evening_share");
            assertThat(v.penalty()).isEqualTo(3 * 2 - 3);
            assertThat(v.date()).isEqualTo(day(4));
        });
    }

    @Test
    void aThirdOfShiftsInTheEveningKeepsTheTraineeRuleAndBindsNoOneElse() {
        Employee trainee = person("elev").trainee().build();
        assertThat(rulesBroken(trainee, slot(dayShift(0), trainee), slot(dayShift(1), trainee), slot(eveningShift(2), trainee)))
                .isEmpty();
        assertThat(rulesBroken(anna, slot(eveningShift(0), anna), slot(nightShift(2), anna))).isEmpty();
    }

    @Test
    void aTraineeAgreedEverySecondWeekendStillWorksAtMostEveryThird() {
        Employee trainee = person("elev").weekendEvery(2).trainee().build();
        assertThat(trainee.weekendEvery()).isEqualTo(3);
        assertThat(rulesBroken(trainee, daysWorked(trainee, 5, 19).toArray(ShiftSlot[]::new)))
                .containsExactly(HardRule.WEEKEND_FREQUENCY);
    }

    @Test
    void aDayShiftForATraineeOverTheShareBreaksNothingNewButAnotherEveningDoes() {
        Employee trainee = person("elev").trainee().build();
        Roster roster = new Roster(PERIOD, List.of(trainee), List.of(), List.of(slot(eveningShift(0), trainee),
                slot(eveningShift(1), trainee), openSlot(dayShift(3), Skill.CARE), openSlot(eveningShift(4), Skill.CARE)));
        assertThat(checker.violationsIfAssigned(roster, trainee, roster.getSlots().get(2))).isEmpty();
        assertThat(checker.violationsIfAssigned(roster, trainee, roster.getSlots().get(3))).extracting(RuleViolation::rule)
                .containsExactly(HardRule.TRAINEE_EVENING_SHARE);
    }

    @Test
    void anOpenSlotMakesTheRosterUnpublishable() {
        RuleReport report = check(List.of(anna), List.of(slot(dayShift(0), anna), openSlot(dayShift(0), Skill.NURSE)));
        assertThat(report.violations()).isEmpty();
        assertThat(report.openSlots()).hasSize(1);
        assertThat(report.isFeasible()).isFalse();
    }

    // ---- wishes ----

    @Test
    void aDayOffWithoutShiftsIsGranted() {
        Wish off = new Wish(anna, day(2), WishKind.OFF, null, 1);
        RuleReport report = check(List.of(anna), daysWorked(anna, 1, 3), off);
        assertThat(report.wishes()).singleElement().extracting(WishOutcome::granted).isEqualTo(true);
        assertThat(report.wishFulfilmentPercent()).isEqualTo(100.0);
    }

    @Test
    void aDayOffRefusedBecauseNoOtherAssistantCouldTakeTheEveningSaysSo() {
        Employee assistant = person("ea").layer(ShiftLayer.EVENING).assistant().build();
        Employee otherAssistant = person("eb").layer(ShiftLayer.EVENING).assistant().absentOn(2).build();
        Wish off = new Wish(assistant, day(2), WishKind.OFF, null, 1);
        RuleReport report = check(List.of(assistant, otherAssistant, anna),
                List.of(slot(eveningShift(2), Skill.SOSU_ASSISTANT, assistant), slot(eveningShift(2), anna)), off);

        WishOutcome outcome = report.wishes().getFirst();
        assertThat(outcome.granted()).isFalse();
        assertThat(outcome.obstacle().kind()).isEqualTo(WishObstacle.Kind.NEEDED_ON_SHIFT);
        assertThat(outcome.obstacle().skill()).isEqualTo(Skill.SOSU_ASSISTANT);
        assertThat(outcome.obstacle().blockedBy()).containsEntry(HardRule.ABSENT, 1);
        assertThat(outcome.obstacle().describe())
                .startsWith("demand on 2026-12-09 evening needs 1 sosu_assistant; no other sosu_assistant could take the shift")
                .contains("1 absent");
        assertThat(report.wishFulfilmentPercent()).isEqualTo(0.0);
    }

    @Test
    void aDayOffRefusedWhileAColleagueWasFreeIsATradeOff() {
        Wish off = new Wish(anna, day(2), WishKind.OFF, null, 1);
        RuleReport report = check(List.of(anna, bo), List.of(slot(dayShift(2), anna)), off);
        assertThat(report.wishes().getFirst().obstacle().kind()).isEqualTo(WishObstacle.Kind.TRADE_OFF);
        assertThat(report.wishes().getFirst().obstacle().available()).isEqualTo(1);
    }

    @Test
    void aWishedShiftOnAnAbsenceDayWasNotPossible() {
        Employee away = person("away").absentOn(2).build();
        Wish want = new Wish(away, day(2), WishKind.WANT, null, 2);
        RuleReport report = check(List.of(away), List.of(openSlot(dayShift(2), Skill.CARE)), want);
        assertThat(report.wishes().getFirst().obstacle().kind()).isEqualTo(WishObstacle.Kind.ABSENT);
    }

    @Test
    void aWishedDayShiftAfterAnEveningShiftIsBlockedByTheRestRule() {
        Wish want = new Wish(anna, day(2), WishKind.WANT, ShiftLayer.DAY, 2);
        RuleReport report = check(List.of(anna, bo),
                List.of(slot(eveningShift(1), anna), slot(dayShift(2), bo)), want);
        WishObstacle obstacle = report.wishes().getFirst().obstacle();
        assertThat(obstacle.kind()).isEqualTo(WishObstacle.Kind.RULE);
        assertThat(obstacle.mainRule()).isEqualTo(HardRule.MINIMUM_REST);
    }

    @Test
    void aWishedNightWithoutNightDemandHasNoSuchShift() {
        Wish want = new Wish(anna, day(2), WishKind.WANT, ShiftLayer.NIGHT, 2);
        RuleReport report = check(List.of(anna, bo), List.of(slot(dayShift(2), bo)), want);
        assertThat(report.wishes().getFirst().obstacle().kind()).isEqualTo(WishObstacle.Kind.NO_SUCH_SHIFT);
    }

    @Test
    void anAvoidedLayerIsGrantedByAShiftInAnotherLayer() {
        Wish avoid = new Wish(anna, day(2), WishKind.AVOID, ShiftLayer.EVENING, 3);
        Wish want = new Wish(anna, day(3), WishKind.WANT, null, 3);
        RuleReport report = check(List.of(anna), daysWorked(anna, 2, 3), avoid, want);
        assertThat(report.wishes()).allMatch(WishOutcome::granted);
    }

    @Test
    void violationsIfAssignedTellWhatAnEditWouldBreak() {
        Roster roster = new Roster(PERIOD, List.of(anna, bo), List.of(),
                List.of(slot(eveningShift(1), anna), slot(dayShift(2), bo)));
        ShiftSlot morning = roster.getSlots().get(1);
        assertThat(checker.violationsIfAssigned(roster, anna, morning)).extracting(RuleViolation::rule)
                .containsExactly(HardRule.MINIMUM_REST);
        assertThat(checker.violationsIfAssigned(roster, bo, morning)).isEmpty();
    }
}
