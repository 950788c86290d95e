package dk.tilknyt.keyfigures;

import static dk.tilknyt.keyfigures.FigureAssertions.assertFigure;
import static dk.tilknyt.keyfigures.FigureAssertions.assertPopulation;
import static dk.tilknyt.keyfigures.FigureCode.AVG_AGE;
import static dk.tilknyt.keyfigures.FigureCode.AVG_TENURE_YEARS;
import static dk.tilknyt.keyfigures.FigureCode.AVG_WEEKLY_HOURS;
import static dk.tilknyt.keyfigures.FigureCode.FTE;
import static dk.tilknyt.keyfigures.FigureCode.FULLTIME_SHARE;
import static dk.tilknyt.keyfigures.FigureCode.HEADCOUNT;
import static dk.tilknyt.keyfigures.FigureCode.HOURS_DOWN;
import static dk.tilknyt.keyfigures.FigureCode.HOURS_UP;
import static dk.tilknyt.keyfigures.FigureCode.SENIOR_SHARE;
import static dk.tilknyt.keyfigures.Municipality.AREA;
import static dk.tilknyt.keyfigures.Municipality.U1;
import static dk.tilknyt.keyfigures.Municipality.U2;
import static dk.tilknyt.keyfigures.Municipality.U3;

import org.junit.jupiter.api.Test;

/** key-figures.md "Working time and composition": FTE, hours, changes of hours, age and tenure. */
class CompositionFiguresTest extends MunicipalityFiguresTest {

    @Test
    void fteWeighsWeeklyHoursByTheDaysOfThePeriodEachSegmentCovers() {
        m.segment("e1", "p1", U1, "2020-01-01", null, "37")
                .segment("e2", "p2", U1, "2025-07-01", null, "18.5")
                .segment("e3", "p3", U1, "2020-01-01", null, "37", null, "hourly", "sosu_helper");

        var f = m.figures(U1, "2025-01-01", "2025-12-31");
        // 37 / 37 × 365 + 18.5 / 37 × 184 (1 Jul – 31 Dec) = 457 of 365 days; the hourly-paid p3 is left out
        assertFigure(f, FTE, "1.25", "457", "365");
        assertPopulation(f, FTE, 2);
    }

    @Test
    void hoursUpAndDownCountPersonsWhoseEmploymentContinuesTheNextDayWithOtherHours() {
        m.segment("e1", "p1", U1, "2024-01-01", "2025-04-30", "30")
                .segment("e1", "p1", U1, "2025-05-01", null, "37") // up
                .segment("e2", "p2", U1, "2024-01-01", "2025-08-31", "37")
                .segment("e2", "p2", U1, "2025-09-01", null, "25") // down
                .segment("e3", "p3", U1, "2024-01-01", "2025-04-30", "30", "end_of_contract")
                .segment("e4", "p3", U1, "2025-05-01", null, "37") // a new employment: not up
                .segment("e5", "p4", U1, "2024-01-01", "2024-12-31", "30")
                .segment("e5", "p4", U1, "2025-01-01", null, "37") // up on 1 January
                .segment("e6", "p5", U3, "2024-01-01", "2025-02-28", "30")
                .segment("e6", "p5", U2, "2025-03-01", null, "32"); // moves into the area with more hours

        var year = m.figures(AREA, "2025-01-01", "2025-12-31");
        assertFigure(year, HOURS_UP, "3", "3", null); // p1, p4, p5
        assertFigure(year, HOURS_DOWN, "1", "1", null); // p2

        // from February p4's rise on 1 January is outside the period
        assertFigure(m.figures(AREA, "2025-02-01", "2025-12-31"), HOURS_UP, "2", "2", null);
    }

    @Test
    void compositionOnToSumsAPersonsHoursInScopeAndCountsThePersonOnce() {
        m.person("p1", 1960).person("p2", 1990).person("p4", 1970)
                .segment("e1", "p1", U1, "2010-01-01", null, "20")
                .segment("e2", "p1", U2, "2020-01-01", null, "17")
                .segment("e3", "p2", U1, "2022-06-01", null, "30")
                .segment("e4", "p3", U1, "2025-03-01", null, "37") // birth year unknown
                .segment("e5", "p4", U3, "2020-01-01", null, "37"); // another area

        var area = m.figures(AREA, "2025-01-01", "2025-12-31");
        assertFigure(area, HEADCOUNT, "3", "3", null);
        // p1 20 + 17 = 37 and p3 37 are full time: 2 / 3
        assertFigure(area, FULLTIME_SHARE, "66.67", "2", "3");
        // (37 + 30 + 37) / 3 = 34.666…
        assertFigure(area, AVG_WEEKLY_HOURS, "34.67", "104", "3");
        // ages in 2025: p1 65, p2 35; p3 unknown: (65 + 35) / 2
        assertFigure(area, AVG_AGE, "50", "100", "2");
        assertFigure(area, SENIOR_SHARE, "50", "1", "2");
        assertPopulation(area, AVG_AGE, 3);

        // in u1 alone p1 works 20 hours: not full time
        var unit = m.figures(U1, "2025-01-01", "2025-12-31");
        assertFigure(unit, FULLTIME_SHARE, "33.33", "1", "3");
        assertFigure(unit, AVG_WEEKLY_HOURS, "29", "87", "3");
    }

    @Test
    void tenureRunsFromTheStartOfTheChainOfIncludedSegmentsWithGapsOfAtMostNinetyDays() {
        m.segment("e1", "p1", U1, "2015-01-01", "2019-12-31", "37")
                .segment("e2", "p1", U1, "2020-03-30", null, "37") // 90 days after: the chain holds
                .segment("e3", "p2", U1, "2015-01-01", "2019-12-31", "37")
                .segment("e4", "p2", U1, "2020-03-31", null, "37") // 91 days after: a new chain
                .segment("e5", "p3", U3, "2018-01-01", "2022-12-31", "37") // any unit counts
                .segment("e6", "p3", U1, "2023-01-01", null, "37")
                .segment("e7", "p4", U1, "2019-01-01", "2020-12-31", "37", null, "trainee", "sosu_assistant")
                .segment("e7", "p4", U1, "2021-01-01", null, "37", null, "permanent", "sosu_assistant");

        var f = m.figures(U1, "2025-01-01", "2025-12-31");
        // days to 31 Dec 2025: p1 from 2015-01-01 4017, p2 from 2020-03-31 2101, p3 from 2018-01-01 2921,
        // p4 from 2021-01-01 (trainee years do not count) 1825 → 10864 / 365.25 = 29.744011 years / 4
        assertFigure(f, AVG_TENURE_YEARS, "7.44", "29.744011", "4");
    }
}
