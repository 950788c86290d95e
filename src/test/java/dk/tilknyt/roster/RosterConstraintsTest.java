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

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

import org.junit.jupiter.api.Test;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.solver.Employee;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.RosterConstraints;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.solver.Skill;
import dk.tilknyt.roster.solver.Wish;
import dk.tilknyt.roster.solver.WishKind;

/** One case that penalises and one that does not, for every constraint. */
class RosterConstraintsTest {

    private final ConstraintVerifier<RosterConstraints, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraints(), Roster.class, ShiftSlot.class);

    private final Employee anna = person("anna").build();
    private final Employee bo = person("bo").build();

    private static Object[] facts(List<?> slots, Object... more) {
        List<Object> all = new ArrayList<>(slots);
        all.addAll(List.of(more));
        all.addAll(PERIOD.restWeeks());
        return all.toArray();
    }

    // ---- hard ----

    @Test
    void aHelperOnAnAssistantSlotBreaksRequiredSkill() {
        verifier.verifyThat(RosterConstraints::requiredSkill)
                .given(slot(eveningShift(0), Skill.SOSU_ASSISTANT, anna))
                .penalizesBy(1);
    }

    @Test
    void anAssistantOnAnAssistantSlotKeepsRequiredSkill() {
        Employee assistant = person("ea").assistant().build();
        verifier.verifyThat(RosterConstraints::requiredSkill)
                .given(slot(eveningShift(0), Skill.SOSU_ASSISTANT, assistant))
                .hasNoImpact();
    }

    @Test
    void twoSlotsOfTheSameShiftForOnePersonOverlap() {
        verifier.verifyThat(RosterConstraints::noOverlappingShifts)
                .given(slot(dayShift(0), anna), slot(dayShift(0), anna))
                .penalizesBy(1);
    }

    @Test
    void twoPeopleOnTheSameShiftDoNotOverlap() {
        verifier.verifyThat(RosterConstraints::noOverlappingShifts)
                .given(slot(dayShift(0), anna), slot(dayShift(0), bo), slot(eveningShift(0), anna))
                .hasNoImpact();
    }

    @Test
    void anEveningShiftFollowedByADayShiftLeavesOnlyEightHoursOfRest() {
        verifier.verifyThat(RosterConstraints::minimumRest)
                .given(slot(eveningShift(0), anna), slot(dayShift(1), anna))
                .penalizesBy(1);
    }

    @Test
    void twoEveningShiftsInARowLeaveSixteenHoursOfRest() {
        verifier.verifyThat(RosterConstraints::minimumRest)
                .given(slot(eveningShift(0), anna), slot(eveningShift(1), anna), slot(dayShift(0), bo), slot(dayShift(1), bo))
                .hasNoImpact();
    }

    @Test
    void aDayOffBetweenAnEveningAndADayShiftIsNoFridoegn() {
        // Evening Monday, off Tuesday, day shifts Wednesday to Sunday: the longest rest is 32 h.
        List<ShiftSlot> slots = new ArrayList<>(daysWorked(anna, 2, 3, 4, 5, 6));
        slots.add(slot(eveningShift(0), anna));
        verifier.verifyThat(RosterConstraints::weeklyRest)
                .given(facts(slots))
                .penalizesBy(1);
    }

    @Test
    void aFreeWeekendIsAFridoegn() {
        verifier.verifyThat(RosterConstraints::weeklyRest)
                .given(facts(daysWorked(anna, 0, 1, 2, 3, 4, 7, 8)))
                .hasNoImpact();
    }

    @Test
    void sevenDaysInARowBreakTheSixDayLimitByOne() {
        verifier.verifyThat(RosterConstraints::maxConsecutiveWorkingDays)
                .given(daysWorked(anna, 2, 3, 4, 5, 6, 7, 8).toArray())
                .penalizesBy(1);
    }

    @Test
    void sixDaysInARowAreAllowed() {
        verifier.verifyThat(RosterConstraints::maxConsecutiveWorkingDays)
                .given(daysWorked(anna, 2, 3, 4, 5, 6, 7, 9, 10).toArray())
                .hasNoImpact();
    }

    @Test
    void everyThirdWeekendForbidsWorkingTwoWeekendsApart() {
        Employee third = person("third").weekendEvery(3).build();
        verifier.verifyThat(RosterConstraints::weekendFrequency)
                .given(daysWorked(third, 5, 6, 19).toArray())
                .penalizesBy(1);
    }

    @Test
    void everyThirdWeekendAllowsWorkingThreeWeekendsApart() {
        Employee third = person("third").weekendEvery(3).build();
        verifier.verifyThat(RosterConstraints::weekendFrequency)
                .given(daysWorked(third, 5, 6, 26, 27).toArray())
                .hasNoImpact();
    }

    @Test
    void aShiftOnAnAbsenceDayIsNotAllowed() {
        Employee away = person("away").absentOn(3).build();
        verifier.verifyThat(RosterConstraints::noShiftWhenAbsent)
                .given(slot(dayShift(3), away))
                .penalizesBy(1);
    }

    @Test
    void aShiftOnTheDayAfterAbsenceIsAllowed() {
        Employee away = person("away").absentOn(3).build();
        verifier.verifyThat(RosterConstraints::noShiftWhenAbsent)
                .given(slot(dayShift(4), away))
                .hasNoImpact();
    }

    @Test
    void someoneWhoWorksNoNightsGetsNoNightShift() {
        Employee noNights = person("nn").noNights().build();
        verifier.verifyThat(RosterConstraints::lifePhaseLimit)
                .given(slot(nightShift(0), noNights))
                .penalizesBy(1);
    }

    @Test
    void someoneWhoWorksNoNightsMayWorkEvenings() {
        Employee noNights = person("nn").noNights().build();
        verifier.verifyThat(RosterConstraints::lifePhaseLimit)
                .given(slot(eveningShift(0), noNights))
                .hasNoImpact();
    }

    @Test
    void aTraineeWithTwoEveningsOfThreeShiftsIsOverTheThirdByThree() {
        Employee trainee = person("elev").trainee().build();
        verifier.verifyThat(RosterConstraints::traineeEveningShare)
                .given(slot(eveningShift(0), trainee), slot(nightShift(2), trainee), slot(dayShift(4), trainee))
                .penalizesBy(3 * 2 - 3);
    }

    @Test
    void aTraineeWithOneEveningInThreeShiftsAndAColleagueWithOnlyEveningsAreWithinTheRule() {
        Employee trainee = person("elev").trainee().build();
        verifier.verifyThat(RosterConstraints::traineeEveningShare)
                .given(slot(eveningShift(0), trainee), slot(dayShift(2), trainee), slot(dayShift(3), trainee),
                        slot(eveningShift(0), anna), slot(eveningShift(1), anna))
                .hasNoImpact();
    }

    @Test
    void aTraineeWorksAtMostEveryThirdWeekendWhateverWasAgreed() {
        Employee trainee = person("elev").weekendEvery(2).trainee().build();
        verifier.verifyThat(RosterConstraints::weekendFrequency)
                .given(daysWorked(trainee, 5, 19).toArray())
                .penalizesBy(1);
    }

    // ---- medium ----

    @Test
    void aSlotWithoutAnEmployeeIsAnOpenShift() {
        verifier.verifyThat(RosterConstraints::openShift)
                .given(openSlot(dayShift(0), Skill.CARE), slot(dayShift(0), anna))
                .penalizesBy(1);
    }

    @Test
    void aFilledSlotIsNotOpen() {
        verifier.verifyThat(RosterConstraints::openShift)
                .given(slot(dayShift(0), anna))
                .hasNoImpact();
    }

    // ---- soft: wishes ----

    @Test
    void workingOnAWishedDayOffCostsByPriority() {
        Wish off = new Wish(anna, day(2), WishKind.OFF, null, 1);
        verifier.verifyThat(RosterConstraints::dayOffWish)
                .given(off, slot(eveningShift(2), anna))
                .penalizesBy(100 * 3);
    }

    @Test
    void aGrantedDayOffCostsNothing() {
        Wish off = new Wish(anna, day(2), WishKind.OFF, null, 1);
        verifier.verifyThat(RosterConstraints::dayOffWish)
                .given(off, slot(dayShift(1), anna), slot(dayShift(2), bo))
                .hasNoImpact();
    }

    @Test
    void aWishedEveningShiftNotGivenCosts() {
        Wish want = new Wish(anna, day(2), WishKind.WANT, ShiftLayer.EVENING, 3);
        verifier.verifyThat(RosterConstraints::shiftWish)
                .given(want, slot(dayShift(2), anna), slot(eveningShift(2), bo))
                .penalizesBy(60);
    }

    @Test
    void aWishedEveningShiftGivenCostsNothing() {
        Wish want = new Wish(anna, day(2), WishKind.WANT, ShiftLayer.EVENING, 3);
        verifier.verifyThat(RosterConstraints::shiftWish)
                .given(want, slot(eveningShift(2), anna))
                .hasNoImpact();
    }

    @Test
    void anAvoidedNightShiftGivenCosts() {
        Wish avoid = new Wish(anna, day(2), WishKind.AVOID, ShiftLayer.NIGHT, 2);
        verifier.verifyThat(RosterConstraints::avoidWish)
                .given(avoid, slot(nightShift(2), anna))
                .penalizesBy(60 * 2);
    }

    @Test
    void anAvoidedNightShiftDoesNotConcernADayShift() {
        Wish avoid = new Wish(anna, day(2), WishKind.AVOID, ShiftLayer.NIGHT, 2);
        verifier.verifyThat(RosterConstraints::avoidWish)
                .given(avoid, slot(dayShift(2), anna))
                .hasNoImpact();
    }

    // ---- soft: hours and layers ----

    @Test
    void someoneWithoutShiftsMissesAllContractedHours() {
        // 8 h a week over four weeks: 1,920 minutes, one point per ten minutes
        Employee eightHours = person("eight").weeklyHours(8).build();
        verifier.verifyThat(RosterConstraints::contractedHours)
                .given(eightHours)
                .penalizesBy(192);
    }

    @Test
    void oneShiftAWeekHitsEightContractedHours() {
        Employee eightHours = person("eight").weeklyHours(8).build();
        verifier.verifyThat(RosterConstraints::contractedHours)
                .given(eightHours, slot(dayShift(0), eightHours), slot(dayShift(7), eightHours),
                        slot(dayShift(14), eightHours), slot(dayShift(21), eightHours))
                .hasNoImpact();
    }

    @Test
    void anEveningPersonOnADayShiftIsOutsideTheirLayer() {
        Employee evening = person("eve").layer(ShiftLayer.EVENING).build();
        verifier.verifyThat(RosterConstraints::ownLayer)
                .given(slot(dayShift(0), evening))
                .penalizesBy(40);
    }

    @Test
    void aMixedLayerPersonOwnsEveryLayer() {
        Employee mixed = person("mix").layer(ShiftLayer.MIXED).build();
        verifier.verifyThat(RosterConstraints::ownLayer)
                .given(slot(dayShift(0), mixed), slot(nightShift(2), mixed), slot(dayShift(5), anna))
                .hasNoImpact();
    }

    // ---- soft: fair spread ----

    @Test
    void weekendShiftsOnOnePersonCostMoreThanSpread() {
        verifier.verifyThat(RosterConstraints::fairWeekendSpread)
                .given(slot(dayShift(5), anna), slot(dayShift(6), anna))
                .penalizesBy(5 * 4);
        verifier.verifyThat(RosterConstraints::fairWeekendSpread)
                .given(slot(dayShift(5), anna), slot(dayShift(6), bo))
                .penalizesBy(5 + 5);
    }

    @Test
    void weekdayShiftsDoNotCountAsWeekends() {
        verifier.verifyThat(RosterConstraints::fairWeekendSpread)
                .given(slot(dayShift(0), anna), slot(dayShift(4), bo))
                .hasNoImpact();
    }

    @Test
    void eveningsWorkedOutsideTheEveningLayerAreSpread() {
        verifier.verifyThat(RosterConstraints::fairEveningSpread)
                .given(slot(eveningShift(0), anna), slot(eveningShift(1), anna))
                .penalizesBy(5 * 4);
    }

    @Test
    void eveningsOfEveningStaffAreTheirOwnLayer() {
        Employee evening = person("eve").layer(ShiftLayer.EVENING).build();
        verifier.verifyThat(RosterConstraints::fairEveningSpread)
                .given(slot(eveningShift(0), evening), slot(eveningShift(1), evening))
                .hasNoImpact();
    }

    @Test
    void refusedWishesPileUpQuadratically() {
        Wish off = new Wish(anna, day(2), WishKind.OFF, null, 3);
        Wish avoid = new Wish(anna, day(3), WishKind.AVOID, null, 3);
        verifier.verifyThat(RosterConstraints::fairRefusedWishSpread)
                .given(off, avoid, slot(dayShift(2), anna), slot(dayShift(3), anna))
                .penalizesBy(5 * 4);
    }

    @Test
    void grantedWishesAreNotRefusals() {
        Wish off = new Wish(anna, day(2), WishKind.OFF, null, 3);
        Wish want = new Wish(anna, day(3), WishKind.WANT, null, 3);
        verifier.verifyThat(RosterConstraints::fairRefusedWishSpread)
                .given(off, want, slot(dayShift(3), anna))
                .hasNoImpact();
    }

    // ---- soft: continuity ----

    @Test
    void aDayShiftThenAnEveningShiftChangesLayer() {
        verifier.verifyThat(RosterConstraints::sameLayerInARow)
                .given(slot(dayShift(0), anna), slot(eveningShift(1), anna))
                .penalizesBy(10);
    }

    @Test
    void dayShiftsInARowKeepTheLayer() {
        verifier.verifyThat(RosterConstraints::sameLayerInARow)
                .given(slot(dayShift(0), anna), slot(dayShift(1), anna), slot(eveningShift(3), anna))
                .hasNoImpact();
    }

    @Test
    void aSingleWorkingDayBetweenDaysOffIsIsolated() {
        verifier.verifyThat(RosterConstraints::isolatedWorkingDay)
                .given(daysWorked(anna, 0, 1, 3).toArray())
                .penalizesBy(10);
    }

    @Test
    void twoWorkingDaysInARowAreNotIsolated() {
        verifier.verifyThat(RosterConstraints::isolatedWorkingDay)
                .given(daysWorked(anna, 0, 1, 4, 5).toArray())
                .hasNoImpact();
    }

    @Test
    void aSingleDayOffBetweenWorkingDaysIsIsolated() {
        verifier.verifyThat(RosterConstraints::isolatedDayOff)
                .given(daysWorked(anna, 0, 1, 3, 4).toArray())
                .penalizesBy(5);
    }

    @Test
    void twoDaysOffInARowAreNotIsolated() {
        verifier.verifyThat(RosterConstraints::isolatedDayOff)
                .given(daysWorked(anna, 0, 1, 4, 5).toArray())
                .hasNoImpact();
    }
}
