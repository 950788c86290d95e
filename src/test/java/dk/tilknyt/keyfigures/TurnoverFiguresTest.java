package dk.tilknyt.keyfigures;

import static dk.tilknyt.keyfigures.FigureAssertions.assertFigure;
import static dk.tilknyt.keyfigures.FigureAssertions.assertPopulation;
import static dk.tilknyt.keyfigures.FigureCode.AVG_AGE;
import static dk.tilknyt.keyfigures.FigureCode.DEPARTURE_RATE;
import static dk.tilknyt.keyfigures.FigureCode.EXTERNAL_TURNOVER_RATE;
import static dk.tilknyt.keyfigures.FigureCode.FIRST_YEAR_DEPARTURE_RATE;
import static dk.tilknyt.keyfigures.FigureCode.HEADCOUNT;
import static dk.tilknyt.keyfigures.FigureCode.HOURS_UP;
import static dk.tilknyt.keyfigures.FigureCode.TURNOVER_RATE;
import static dk.tilknyt.keyfigures.FigureCode.VOLUNTARY_TURNOVER_RATE;
import static dk.tilknyt.keyfigures.Municipality.AREA;
import static dk.tilknyt.keyfigures.Municipality.ROOT;
import static dk.tilknyt.keyfigures.Municipality.U1;
import static dk.tilknyt.keyfigures.Municipality.U2;
import static dk.tilknyt.keyfigures.Municipality.U3;
import static dk.tilknyt.keyfigures.Municipality.period;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** key-figures.md "Leaving": departures, reasons, external moves, cohorts and first-year departures. */
class TurnoverFiguresTest extends MunicipalityFiguresTest {

    private static final String YEAR_FROM = "2025-01-01";
    private static final String YEAR_TO = "2025-12-31";

    @Test
    void rehireWithinNinetyDaysIsNotADepartureButAfterNinetyOneDaysItIs() {
        // 2025-03-31 + 90 days = 2025-06-29
        m.segment("e1", "p1", U1, "2024-01-01", "2025-03-31", "37", "resigned")
                .segment("e2", "p1", U1, "2025-06-29", null, "37")
                .segment("e3", "p2", U1, "2024-01-01", "2025-03-31", "37", "resigned")
                .segment("e4", "p2", U1, "2025-06-30", null, "37");

        var f = m.figures(AREA, YEAR_FROM, YEAR_TO);

        // month-ends: Jan–Mar 2 + 2 + 2, Apr and May 0, Jun 30 both (p1 since 29th, p2 since 30th), Jul–Dec 6 × 2 → 20 / 12
        // only p2 departed: 1 / (20 / 12) × 100 = 60
        assertFigure(f, TURNOVER_RATE, "60", "1", "1.666667");
        assertFigure(f, VOLUNTARY_TURNOVER_RATE, "60", "1", "1.666667");
        // p2 is employed nowhere in (e, e + 90]: external
        assertFigure(f, EXTERNAL_TURNOVER_RATE, "60", "1", "1.666667");
        // both employed on 1 Jan and on 31 Dec: 0 / 2
        assertFigure(f, DEPARTURE_RATE, "0", "0", "2");
        assertPopulation(f, TURNOVER_RATE, 2);
    }

    @Test
    void moveToAnotherAreaIsAnInternalDepartureFromTheAreaButNoDepartureFromTheMunicipality() {
        m.segment("e1", "p1", U1, "2024-01-01", "2025-05-31", "37")
                .segment("e2", "p1", U3, "2025-06-01", null, "37")
                .segment("e3", "p2", U2, "2024-01-01", null, "37");

        var area = m.figures(AREA, YEAR_FROM, YEAR_TO);
        // month-ends: Jan–May 5 × 2, Jun–Dec 7 × 1 → 17 / 12; 1 / (17 / 12) × 100 = 70.588…
        assertFigure(area, TURNOVER_RATE, "70.59", "1", "1.416667");
        // p1 is employed in u3 the next day: internal, not external
        assertFigure(area, EXTERNAL_TURNOVER_RATE, "0", "0", "1.416667");
        // no reason given: not voluntary
        assertFigure(area, VOLUNTARY_TURNOVER_RATE, "0", "0", "1.416667");
        // B = {p1, p2} on 1 Jan, A = {p1} gone on 31 Dec: 1 / 2
        assertFigure(area, DEPARTURE_RATE, "50", "1", "2");

        var municipality = m.figures(ROOT, YEAR_FROM, YEAR_TO);
        // 12 month-ends × 2 → 24 / 12 = 2; no departure
        assertFigure(municipality, TURNOVER_RATE, "0", "0", "2");
        assertFigure(municipality, DEPARTURE_RATE, "0", "0", "2");
    }

    @Test
    void departureIsExternalOnlyWhenThePersonIsEmployedNowhereInTheMunicipalityWithinNinetyDays() {
        // 2025-04-30 + 90 days = 2025-07-29
        m.segment("e1", "p6", U1, "2024-01-01", "2025-04-30", "37", "resigned")
                .segment("e2", "p6", U3, "2025-07-29", null, "37")
                .segment("e3", "p7", U1, "2024-01-01", "2025-04-30", "37", "resigned")
                .segment("e4", "p7", U3, "2025-07-30", null, "37");

        var f = m.figures(AREA, YEAR_FROM, YEAR_TO);

        // month-ends Jan–Apr 4 × 2 → 8 / 12; 2 / (8 / 12) × 100 = 300
        assertFigure(f, TURNOVER_RATE, "300", "2", "0.666667");
        assertFigure(f, VOLUNTARY_TURNOVER_RATE, "300", "2", "0.666667");
        // only p7 (back after 91 days) left the municipality: 1 / (8 / 12) × 100 = 150
        assertFigure(f, EXTERNAL_TURNOVER_RATE, "150", "1", "0.666667");
    }

    @Test
    void segmentsEndingTheSameDayAreOneDepartureWithTheFirstReasonInTheList() {
        m.segment("e1", "p4", U1, "2024-01-01", "2025-08-31", "20", "other")
                .segment("e2", "p4", U2, "2024-01-01", "2025-08-31", "17", "dismissed")
                .segment("e3", "p5", U1, "2024-01-01", "2025-08-31", "20", "end_of_contract")
                .segment("e4", "p5", U2, "2024-06-01", "2025-08-31", "17", "resigned");

        var area = m.figures(AREA, YEAR_FROM, YEAR_TO);
        // month-ends Jan–Aug 8 × 2 → 16 / 12; one departure per person: 2 / (16 / 12) × 100 = 150
        assertFigure(area, TURNOVER_RATE, "150", "2", "1.333333");
        // p4: dismissed before other; p5: resigned before end_of_contract → 1 / (16 / 12) × 100 = 75
        assertFigure(area, VOLUNTARY_TURNOVER_RATE, "75", "1", "1.333333");

        // in u1 alone p5's departure is the end of e3 (end_of_contract): not voluntary
        var unit = m.figures(U1, YEAR_FROM, YEAR_TO);
        assertFigure(unit, TURNOVER_RATE, "150", "2", "1.333333");
        assertFigure(unit, VOLUNTARY_TURNOVER_RATE, "0", "0", "1.333333");
    }

    @Test
    void traineesAndHourlyPaidAreNotCountedAndATraineeHiredAfterTrainingIsAnEntry() {
        m.segment("e1", "p8", U1, "2024-01-01", "2025-06-30", "37", "end_of_contract", "trainee", "sosu_helper")
                .segment("e2", "p9", U1, "2024-01-01", "2025-06-30", "15", "resigned", "hourly", "sosu_helper")
                .segment("e3", "p10", U1, "2023-08-01", "2025-01-31", "37", null, "trainee", "sosu_assistant")
                .segment("e3", "p10", U1, "2025-02-01", null, "37", null, "permanent", "sosu_assistant")
                .segment("e4", "p11", U1, "2024-01-01", null, "37");

        var f = m.figures(U1, YEAR_FROM, YEAR_TO);
        // month-ends: Jan p11, Feb–Dec p10 and p11 → 1 + 11 × 2 = 23; no departure
        assertFigure(f, TURNOVER_RATE, "0", "0", "1.916667");
        assertFigure(f, HEADCOUNT, "2", "2", null);
        assertFigure(f, HOURS_UP, "0", "0", null);
        assertPopulation(f, TURNOVER_RATE, 2);

        // 2026: entries in 2025 = {p10 on 1 Feb} (trainee time does not count), not followed by a departure
        var next = m.figures(U1, "2026-01-01", "2026-12-31");
        assertFigure(next, FIRST_YEAR_DEPARTURE_RATE, "0", "0", "1");
    }

    @Test
    void averageHeadcountIsTheMeanOverMonthEndsInThePeriodElseTheHeadcountOnTo() {
        m.segment("e1", "p1", U1, "2025-01-01", null, "37")
                .segment("e2", "p2", U1, "2025-02-10", "2025-03-10", "37")
                .segment("e3", "p3", U1, "2025-01-01", "2025-01-31", "37");

        // month-ends in the period: 31 Jan {p1, p3}, 28 Feb {p1, p2} → (2 + 2) / 2 = 2; departures p3 and p2: 2 / 2 × 100
        var f = m.figures(U1, "2025-01-15", "2025-03-20");
        assertFigure(f, TURNOVER_RATE, "100", "2", "2");

        // no month-end in 5–20 March: headcount on 20 March = {p1}; departure p2 on 10 March: 1 / 1 × 100
        var march = m.figures(U1, "2025-03-05", "2025-03-20");
        assertFigure(march, TURNOVER_RATE, "100", "1", "1");
        assertPopulation(march, TURNOVER_RATE, 2);
    }

    @Test
    void departureRateIsTheShareOfThoseEmployedOnFromWhoAreNotEmployedOnTo() {
        m.segment("e1", "p1", U1, "2024-01-01", null, "37")
                .segment("e2", "p2", U1, "2024-01-01", "2025-06-30", "37")
                .segment("e3", "p3", U1, "2025-03-01", "2025-09-30", "37")
                .segment("e4", "p4", U1, "2024-01-01", "2025-04-30", "37")
                .segment("e5", "p4", U2, "2025-10-01", null, "37");

        var f = m.figures(AREA, YEAR_FROM, YEAR_TO);
        // B = {p1, p2, p4} on 1 Jan; A = {p2}: p4 is back on 31 Dec, p3 came later → 1 / 3
        assertFigure(f, DEPARTURE_RATE, "33.33", "1", "3");
        // departures: p2 (30 Jun), p3 (30 Sep), p4 (30 Apr; back after more than 90 days)
        // month-ends: p1 12, p2 Jan–Jun 6, p3 Mar–Sep 7, p4 Jan–Apr and Oct–Dec 7 → 32 / 12; 3 / (32 / 12) × 100 = 112.5
        assertFigure(f, TURNOVER_RATE, "112.5", "3", "2.666667");
    }

    @Test
    void firstYearDepartureRateFollowsEntriesOfTheWindowAYearEarlierForThreeHundredSixtyFiveDays() {
        m.segment("a", "pA", U1, "2024-03-01", "2025-02-28", "37") // left after 364 days
                .segment("b", "pB", U1, "2024-03-01", "2025-03-01", "37") // after 365 days: still within
                .segment("c", "pC", U1, "2024-03-01", "2025-03-02", "37") // after 366 days: not within
                .segment("d1", "pD", U1, "2024-06-01", "2024-08-31", "37") // back within 90 days: no departure
                .segment("d2", "pD", U1, "2024-10-01", null, "37") // … and not a new entry
                .segment("e", "pE", U1, "2023-12-31", "2024-02-15", "37") // entered before the window
                .segment("f1", "pF", U1, "2024-01-10", "2024-02-29", "37") // enters twice, leaves twice
                .segment("f2", "pF", U1, "2024-07-01", "2024-09-30", "37");

        var f = m.figures(U1, YEAR_FROM, YEAR_TO);
        // window [2024-01-01, 2024-12-31]: entries pA, pB, pC, pD, pF (10 Jan), pF (1 Jul) = 6; left: pA, pB, pF, pF = 4
        assertFigure(f, FIRST_YEAR_DEPARTURE_RATE, "66.67", "4", "6");
    }

    @Test
    void jobFamilyFilterTreatsAHelperWhoBecomesAnAssistantAsLeavingTheHelpers() {
        m.segment("e1", "pH", U1, "2024-01-01", "2025-06-30", "37", null, "permanent", "sosu_helper")
                .segment("e1", "pH", U1, "2025-07-01", null, "37", null, "permanent", "sosu_assistant")
                .segment("e2", "pK", U1, "2024-01-01", null, "37", null, "permanent", "sosu_helper");

        var helpers = m.figures(new FigureQuery(AREA, period(YEAR_FROM, YEAR_TO), "sosu_helper", null, Set.of()));
        // helpers at month-ends: Jan–Jun 6 × 2, Jul–Dec 6 × 1 → 18 / 12 = 1.5; pH leaves the helpers: 1 / 1.5 × 100
        assertFigure(helpers, TURNOVER_RATE, "66.67", "1", "1.5");
        // still employed in the municipality (as an assistant): not external
        assertFigure(helpers, EXTERNAL_TURNOVER_RATE, "0", "0", "1.5");
        assertFigure(helpers, HEADCOUNT, "1", "1", null);

        var assistants = m.figures(new FigureQuery(AREA, period(YEAR_FROM, YEAR_TO), "sosu_assistant", null, Set.of()));
        assertFigure(assistants, HEADCOUNT, "1", "1", null);
        assertFigure(assistants, TURNOVER_RATE, "0", "0", "0.5");

        var everyone = m.figures(AREA, YEAR_FROM, YEAR_TO);
        assertFigure(everyone, TURNOVER_RATE, "0", "0", "2");
        assertFigure(everyone, HEADCOUNT, "2", "2", null);
    }

    @Test
    void ageBandCountsOnlyPersonsInTheBandByTheYearOfTo() {
        m.person("p1", 1965).person("p2", 1966).person("p3", null)
                .segment("e1", "p1", U1, "2024-01-01", "2025-06-30", "37", "retired")
                .segment("e2", "p2", U1, "2024-01-01", null, "37")
                .segment("e3", "p3", U1, "2024-01-01", null, "37");

        // 2025 − 1965 = 60: p1 only; month-ends Jan–Jun → 6 / 12 = 0.5; 1 / 0.5 × 100 = 200
        Map<FigureCode, FigureValue> seniors = m.figures(
                new FigureQuery(U1, period(YEAR_FROM, YEAR_TO), null, AgeBand.FROM_60, Set.of()));
        assertFigure(seniors, TURNOVER_RATE, "200", "1", "0.5");
        assertFigure(seniors, HEADCOUNT, "0", "0", null);
        assertPopulation(seniors, TURNOVER_RATE, 1);

        // 2025 − 1966 = 59
        var fifties = m.figures(new FigureQuery(U1, period(YEAR_FROM, YEAR_TO), null, AgeBand.FROM_55_TO_59, Set.of()));
        assertFigure(fifties, HEADCOUNT, "1", "1", null);
        assertFigure(fifties, AVG_AGE, "59", "59", "1");

        // p3 has no birth year: in no band, but counted without a band
        var everyone = m.figures(U1, YEAR_FROM, YEAR_TO);
        assertFigure(everyone, HEADCOUNT, "2", "2", null);
    }
}
