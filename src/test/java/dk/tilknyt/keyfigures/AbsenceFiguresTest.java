package dk.tilknyt.keyfigures;

import static dk.tilknyt.keyfigures.FigureAssertions.assertFigure;
import static dk.tilknyt.keyfigures.FigureAssertions.assertPopulation;
import static dk.tilknyt.keyfigures.FigureCode.ATTENDANCE_PCT;
import static dk.tilknyt.keyfigures.FigureCode.AVG_WEEKLY_HOURS;
import static dk.tilknyt.keyfigures.FigureCode.CHILD_SICK_DAYS_PER_FTE;
import static dk.tilknyt.keyfigures.FigureCode.FTE;
import static dk.tilknyt.keyfigures.FigureCode.FULLTIME_SHARE;
import static dk.tilknyt.keyfigures.FigureCode.HEADCOUNT;
import static dk.tilknyt.keyfigures.FigureCode.HOURS_UP;
import static dk.tilknyt.keyfigures.FigureCode.LONG_TERM_SICKNESS_SHARE;
import static dk.tilknyt.keyfigures.FigureCode.PRESENT_HOURS_PER_EMPLOYEE;
import static dk.tilknyt.keyfigures.FigureCode.SICKNESS_ABSENCE_PCT;
import static dk.tilknyt.keyfigures.FigureCode.SICKNESS_SPELLS;
import static dk.tilknyt.keyfigures.FigureCode.SICK_DAYS_PER_FTE;
import static dk.tilknyt.keyfigures.Municipality.AREA;
import static dk.tilknyt.keyfigures.Municipality.ROOT;
import static dk.tilknyt.keyfigures.Municipality.U1;
import static dk.tilknyt.keyfigures.Municipality.U3;

import org.junit.jupiter.api.Test;

/**
 * key-figures.md "Absence" with the calendar of rules.md: agreed hours on working days only, extent
 * and hours rows, rows shared by concurrent employments, spells, long-term share, attendance.
 * Agreed hours a day are weekly hours / 5: 7.4 for 37 hours. Today is {@value KeyFigureTest#TODAY}.
 */
class AbsenceFiguresTest extends MunicipalityFiguresTest {

    @Test
    void partialSicknessCountsAtItsExtentAndEasterHolidaysCarryNoHours() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .absence("s1", "p1", null, "sick", "2025-04-14", "2025-04-25", 50, null);

        var f = m.figures(U1, "2025-04-01", "2025-04-30");

        // April 2025: 22 weekdays − Maundy Thursday 17th, Good Friday 18th, Easter Monday 21st = 19 → 19 × 7.4 = 140.6
        // 14–25 April: 14, 15, 16, 22, 23, 24, 25 = 7 working days × 7.4 × 50 % = 25.9
        assertFigure(f, SICKNESS_ABSENCE_PCT, "18.42", "25.9", "140.6");
        // FTE: 37 / 37 × 30 days / 30 days = 1; 25.9 / 7.4 = 3.5 days
        assertFigure(f, FTE, "1", "30", "30");
        assertFigure(f, SICK_DAYS_PER_FTE, "3.5", "3.5", "1");
        // (140.6 − 25.9) / 140.6 = 114.7 / 140.6
        assertFigure(f, ATTENDANCE_PCT, "81.58", "114.7", "140.6");
        // 114.7 / headcount on 30 April (1)
        assertFigure(f, PRESENT_HOURS_PER_EMPLOYEE, "114.7", "114.7", "1");
        assertPopulation(f, SICKNESS_ABSENCE_PCT, 1);
    }

    @Test
    void storeBededagIsAHolidayUpToTwentyTwentyThreeAndAWorkingDayFromTwentyTwentyFour() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .absence("s1", "p1", "sick", "2023-05-01", "2023-05-05") // Store Bededag Friday 5 May 2023
                .absence("s2", "p1", "sick", "2024-04-22", "2024-04-26"); // former Store Bededag Friday 26 April 2024

        // May 2023: 23 weekdays − Store Bededag (5th), Ascension (18th), Whit Monday (29th) = 20 → 148; sick 1–4 May = 29.6
        assertFigure(m.figures(U1, "2023-05-01", "2023-05-31"), SICKNESS_ABSENCE_PCT, "20", "29.6", "148");
        // 22–26 April 2024: 5 working days → 37 of 37
        assertFigure(m.figures(U1, "2024-04-22", "2024-04-26"), SICKNESS_ABSENCE_PCT, "100", "37", "37");
        // Store Bededag 2023 alone: no agreed hours, so no value
        assertFigure(m.figures(U1, "2023-05-05", "2023-05-05"), SICKNESS_ABSENCE_PCT, null, "0", "0");
    }

    @Test
    void christmasEveIsAHolidayAndVacationAndCareDaysAreTakenOutOfPossibleHours() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .absence("v1", "p1", "vacation", "2025-12-22", "2025-12-31")
                .absence("s1", "p1", "sick", "2025-12-01", "2025-12-05")
                .absence("c1", "p1", "care_day", "2025-12-08", "2025-12-08");

        var f = m.figures(U1, "2025-12-01", "2025-12-31");

        // December 2025: 23 weekdays − 24, 25, 26 Dec = 20 → 148 agreed
        // vacation 22, 23, 29, 30, 31 Dec = 5 days = 37; care day 7.4 → possible 148 − 37 − 7.4 = 103.6
        // sick 1–5 Dec = 37
        assertFigure(f, SICKNESS_ABSENCE_PCT, "35.71", "37", "103.6");
        // (103.6 − 37) / 103.6
        assertFigure(f, ATTENDANCE_PCT, "64.29", "66.6", "103.6");
    }

    @Test
    void hoursRowsAreSpreadInProportionToTheAgreedHoursOfEachDayAcrossAnHoursChange() {
        m.segment("e1", "p1", U1, "2025-01-01", "2025-03-04", "30")
                .segment("e1", "p1", U1, "2025-03-05", null, "37")
                .absence("h1", "p1", null, "sick", "2025-03-03", "2025-03-07", 100, "10");

        // agreed 3–7 March: 6 + 6 + 7.4 + 7.4 + 7.4 = 34.2; in 1–5 March: 6 + 6 + 7.4 = 19.4
        // sick in 1–5 March: 10 × 19.4 / 34.2 = 5.6725146…
        var f = m.figures(U1, "2025-03-01", "2025-03-05");
        assertFigure(f, SICKNESS_ABSENCE_PCT, "29.24", "5.672515", "19.4");

        // the whole row lies in March: exactly 10 hours; 30 → 37 hours on 5 March is a rise in hours
        var march = m.figures(U1, "2025-03-01", "2025-03-31");
        assertFigure(march, FigureCode.SICKNESS_SPELLS, "1", "1", null);
        assertFigure(march, HOURS_UP, "1", "1", null);
        // March 2025: 21 working days; 2 × 6 + 19 × 7.4 = 152.6
        assertFigure(march, SICKNESS_ABSENCE_PCT, "6.55", "10", "152.6");
    }

    @Test
    void twoConcurrentEmploymentsCountOnceAndShareAPersonWideRowByTheirAgreedHours() {
        m.segment("e1", "p1", U1, "2025-01-01", null, "20")
                .segment("e2", "p1", U3, "2025-01-01", null, "17")
                .absence("a", "p1", "sick", "2025-09-01", "2025-09-05") // person-wide: 4 + 3.4 a day
                .absence("b", "p1", "e2", "sick", "2025-09-08", "2025-09-12", 100, null) // e2 only: 3.4 a day
                .absence("c", "p1", null, "sick", "2025-09-15", "2025-09-16", 100, "10"); // 10 h split 4 : 3.4

        var municipality = m.figures(ROOT, "2025-09-01", "2025-09-30");
        // September 2025: 22 working days × 7.4 = 162.8; sick 37 + 17 + 10 = 64
        assertFigure(municipality, SICKNESS_ABSENCE_PCT, "39.31", "64", "162.8");
        assertFigure(municipality, HEADCOUNT, "1", "1", null);
        // FTE (20 + 17) / 37 × 30 / 30 = 1; 64 / 7.4 = 8.648648… days
        assertFigure(municipality, FTE, "1", "30", "30");
        assertFigure(municipality, SICK_DAYS_PER_FTE, "8.65", "8.648649", "1");
        // rows a, b and c join over the weekends: one spell, 1–16 September
        assertFigure(municipality, SICKNESS_SPELLS, "1", "1", null);
        assertFigure(municipality, FULLTIME_SHARE, "100", "1", "1");
        assertFigure(municipality, AVG_WEEKLY_HOURS, "37", "37", "1");

        var area = m.figures(AREA, "2025-09-01", "2025-09-30");
        // u1 only: agreed 22 × 4 = 88; sick 5 × 4 + 10 × 4 / 7.4 = 20 + 5.405405… = 25.405405…
        assertFigure(area, SICKNESS_ABSENCE_PCT, "28.87", "25.405405", "88");
        // FTE 20 / 37 = 0.5405…: numerator 20 / 37 × 30 = 16.216216…
        assertFigure(area, FTE, "0.54", "16.216216", "30");
        // 25.405405… / 7.4 / (20 / 37) = 6.3513…
        assertFigure(area, SICK_DAYS_PER_FTE, "6.35", "3.433163", "0.540541");
        assertFigure(area, SICKNESS_SPELLS, "1", "1", null);
        assertFigure(area, FULLTIME_SHARE, "0", "0", "1");
        assertFigure(area, AVG_WEEKLY_HOURS, "20", "20", "1");

        // u3 carries e2's share of a and c and all of b: 17 + 17 + 4.594595 = 38.594595 of 22 × 3.4 = 74.8
        assertFigure(m.figures(U3, "2025-09-01", "2025-09-30"), SICKNESS_ABSENCE_PCT, "51.6", "38.594595", "74.8");
    }

    @Test
    void spellsJoinOverWeekendsAndHolidaysAndCountInThePeriodTheyEndButNotWhileRunning() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .segment("e2", "p2", U1, "2020-01-01", null, "37")
                .absence("r1", "p1", "sick", "2025-10-06", "2025-10-10")
                .absence("r2", "p1", "sick", "2025-10-13", "2025-10-15") // after a weekend: same spell
                .absence("r3", "p1", "sick", "2025-10-20", "2025-10-21")
                .absence("r4", "p1", "sick", "2025-10-23", "2025-10-24") // after a working Wednesday: new spell
                .absence("r5", "p1", "sick", "2025-12-22", "2025-12-23")
                .absence("r6", "p1", "work_injury", "2025-12-29", "2026-01-02") // 24–28 Dec: holidays and a weekend
                .absence("r7", "p1", "child_sick", "2025-11-03", "2025-11-03") // not sickness
                .absence("r8", "p2", "sick", "2026-01-05", null); // still running today

        // ended in 2025: 6–15 Oct, 20–21 Oct, 23–24 Oct; 22 Dec – 2 Jan ends in 2026
        assertFigure(m.figures(U1, "2025-01-01", "2025-12-31"), SICKNESS_SPELLS, "3", "3", null);

        var january = m.figures(U1, "2026-01-01", "2026-01-31");
        // 22 Dec – 2 Jan ends in January; p2's spell runs and is not counted
        assertFigure(january, SICKNESS_SPELLS, "1", "1", null);
        // sick hours: p1 on 2 Jan 7.4 (1 Jan is a holiday) + p2 5–15 Jan up to today, 9 days × 7.4 = 66.6 → 74
        // agreed: January 2026 has 21 working days × 7.4 × 2 = 310.8
        assertFigure(january, SICKNESS_ABSENCE_PCT, "23.81", "74", "310.8");
        // p1's spell lasts 12 days, p2's 11 days so far: no long-term hours
        assertFigure(january, LONG_TERM_SICKNESS_SHARE, "0", "0", "74");
    }

    @Test
    void longTermShareCountsSpellsLongerThanThirtyDaysAndRunningSpellsUpToToday() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .segment("e2", "p2", U1, "2020-01-01", null, "37")
                .segment("e3", "p3", U1, "2020-01-01", null, "37")
                .absence("a", "p1", "sick", "2025-11-03", "2025-12-03") // 31 days: long
                .absence("b", "p2", "sick", "2025-11-03", "2025-12-02") // 30 days: not long
                .absence("c", "p3", "sick", "2025-12-01", null); // running: 1 Dec – 15 Jan = 46 days

        // November: p1 and p2 each 20 working days × 7.4 = 148; only p1's are long-term: 148 / 296
        assertFigure(m.figures(U1, "2025-11-01", "2025-11-30"), LONG_TERM_SICKNESS_SHARE, "50", "148", "296");

        var december = m.figures(U1, "2025-12-01", "2025-12-31");
        // p1 1–3 Dec 22.2 (long), p2 1–2 Dec 14.8, p3 20 working days 148 (long): 170.2 / 185
        assertFigure(december, LONG_TERM_SICKNESS_SHARE, "92", "170.2", "185");
        // p1's and p2's spells end in December; p3's runs
        assertFigure(december, SICKNESS_SPELLS, "2", "2", null);
    }

    @Test
    void otherAbsenceLowersAttendanceAndPresenceButNotPossibleHours() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .segment("e2", "p2", U1, "2020-01-01", null, "37")
                .absence("mat", "p1", "maternity", "2025-06-02", "2025-06-13")
                .absence("lv", "p2", "leave", "2025-06-16", "2025-06-20")
                .absence("cs", "p2", "child_sick", "2025-06-23", "2025-06-23");

        var f = m.figures(U1, "2025-06-01", "2025-06-30");
        // June 2025: 20 working days (Whit Monday 9 June) × 7.4 × 2 = 296 possible
        // maternity 2–13 June: 9 days = 66.6; leave 5 days = 37; child's sick day 7.4 → 111 absent
        assertFigure(f, ATTENDANCE_PCT, "62.5", "185", "296");
        // 185 / 2 employed on 30 June
        assertFigure(f, PRESENT_HOURS_PER_EMPLOYEE, "92.5", "185", "2");
        // 7.4 / 7.4 = 1 day / 2 FTE
        assertFigure(f, CHILD_SICK_DAYS_PER_FTE, "0.5", "1", "2");
        assertFigure(f, SICKNESS_ABSENCE_PCT, "0", "0", "296");
    }
}
