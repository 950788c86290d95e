package dk.tilknyt.keyfigures;

import static dk.tilknyt.keyfigures.FigureAssertions.assertFigure;
import static dk.tilknyt.keyfigures.FigureAssertions.assertPopulation;
import static dk.tilknyt.keyfigures.FigureCode.APPLICANTS_PER_POSTING;
import static dk.tilknyt.keyfigures.FigureCode.FILL_RATE;
import static dk.tilknyt.keyfigures.FigureCode.FILL_RATE_FIRST_POSTING;
import static dk.tilknyt.keyfigures.FigureCode.INTERVIEW_DROPOUT_RATE;
import static dk.tilknyt.keyfigures.FigureCode.MEDIAN_DAYS_TO_FILL;
import static dk.tilknyt.keyfigures.Municipality.AREA;
import static dk.tilknyt.keyfigures.Municipality.ROOT;
import static dk.tilknyt.keyfigures.Municipality.U1;
import static dk.tilknyt.keyfigures.Municipality.U3;
import static dk.tilknyt.keyfigures.Municipality.period;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * key-figures.md "Recruitment": chains of re-postings with the last posting's outcome, owned by the
 * first posting's unit; applications and withdrawals by stage.
 */
class RecruitmentFiguresTest extends MunicipalityFiguresTest {

    private static final String FROM = "2025-01-01";
    private static final String TO = "2025-12-31";

    @BeforeEach
    void postingsAndApplications() {
        // chain P of three postings, filled by the third: 1 Feb → 10 May = 98 days
        m.posting("P1", U1, "2025-02-01", "2025-02-15", null, "reposted", null)
                .posting("P2", U1, "2025-03-01", "2025-03-15", "P1", "reposted", null)
                .posting("P3", U1, "2025-04-01", "2025-04-15", "P2", "filled", "2025-05-10");
        // filled by its first posting: 1 Mar → 1 Apr = 31 days
        m.posting("Q1", U1, "2025-03-01", "2025-03-15", null, "filled", "2025-04-01");
        // re-posted, then cancelled: not decided
        m.posting("R1", U1, "2025-05-01", "2025-05-15", null, "reposted", null)
                .posting("R2", U1, "2025-06-01", "2025-06-15", "R1", "cancelled", null);
        // still open: not decided
        m.posting("S1", U1, "2025-11-01", "2025-11-30", null, "open", null);
        // unfilled
        m.posting("T1", U1, "2025-08-01", "2025-08-15", null, "unfilled", null);
        // deadline in 2024, filled in 2025: 1 Dec → 20 Jan = 50 days (median only)
        m.posting("U1", U1, "2024-12-01", "2024-12-20", null, "filled", "2025-01-20");
        // 1 Jun → 10 Aug = 70 days
        m.posting("V1", U1, "2025-06-01", "2025-06-15", null, "filled", "2025-08-10");
        // deadline in 2025, filled in 2026 (fill rates only)
        m.posting("X1", U1, "2025-12-01", "2025-12-20", null, "filled", "2026-01-10");
        // a chain that starts in u3 (another area) and is filled by a re-posting in u1: 1 Apr → 1 Jun = 61 days
        m.posting("W1", U3, "2025-04-01", "2025-04-15", null, "reposted", null)
                .posting("W2", U1, "2025-05-01", "2025-05-15", "W1", "filled", "2025-06-01");
        // another job family: 1 Feb → 1 Mar = 28 days
        m.posting("Y1", U1, "nurse", "2025-02-01", "2025-02-20", null, "filled", "2025-03-01");

        m.application("a1", "P1", "applied", "withdrawn")
                .application("a2", "P1", "invited", "withdrawn") // invited, withdrew before the interview
                .application("a3", "P1", "interviewed", "withdrawn")
                .application("a4", "P1", "offered", "withdrawn")
                .application("a5", "P1", "hired", "hired")
                .application("a6", "P1", "invited", "rejected")
                .application("a7", "P1", "applied", "rejected")
                .application("a8", "Q1", "invited", "withdrawn")
                .application("a9", "Q1", "applied", "pending")
                .application("a10", "U1", "invited", "withdrawn") // deadline in 2024
                .application("a11", "W1", "invited", "withdrawn"); // posting in u3
    }

    @Test
    void chainsBelongToTheirFirstPostingsUnitAndTakeTheLastPostingsOutcome() {
        var f = m.figures(AREA, FROM, TO);
        // decided chains with the first deadline in 2025: P, Q, T, V, X, Y (R cancelled, S open, U 2024, W u3)
        // filled by the first posting: Q, V, X, Y = 4 of 6; filled at all: P, Q, V, X, Y = 5 of 6
        assertFigure(f, FILL_RATE_FIRST_POSTING, "66.67", "4", "6");
        assertFigure(f, FILL_RATE, "83.33", "5", "6");
        assertPopulation(f, FILL_RATE, 6);
    }

    @Test
    void applicantsAndDropOutAreCountedOverPostingsWithTheirDeadlineInThePeriod() {
        var f = m.figures(AREA, FROM, TO);
        // postings in u1 with deadline in 2025: P1 P2 P3 Q1 R1 R2 S1 T1 V1 X1 W2 Y1 = 12; applications a1–a9 = 9
        assertFigure(f, APPLICANTS_PER_POSTING, "0.75", "9", "12");
        // invited or later: a2 a3 a4 a5 a6 a8 = 6; invited then withdrawn: a2 a8 = 2
        assertFigure(f, INTERVIEW_DROPOUT_RATE, "33.33", "2", "6");
        assertPopulation(f, INTERVIEW_DROPOUT_RATE, 6);
    }

    @Test
    void medianDaysToFillRunsFromTheFirstPostingsPublicationToTheFilledDateInThePeriod() {
        // filled in 2025, owned by the area: Y 28, Q 31, U 50, V 70, P 98 → 50
        assertFigure(m.figures(AREA, FROM, TO), MEDIAN_DAYS_TO_FILL, "50", null, "5");
        // the whole municipality adds W (61): 28 31 50 61 70 98 → (50 + 61) / 2
        assertFigure(m.figures(ROOT, FROM, TO), MEDIAN_DAYS_TO_FILL, "55.5", null, "6");
    }

    @Test
    void jobFamilyFilterAppliesToPostingsAndAgeBandDoesNot() {
        var helpers = m.figures(new FigureQuery(AREA, period(FROM, TO), "sosu_helper", null, Set.of()));
        // without Y: first-time Q V X = 3 of 5; filled P Q V X = 4 of 5; median of 31 50 70 98 = (50 + 70) / 2
        assertFigure(helpers, FILL_RATE_FIRST_POSTING, "60", "3", "5");
        assertFigure(helpers, FILL_RATE, "80", "4", "5");
        assertFigure(helpers, MEDIAN_DAYS_TO_FILL, "60", null, "4");
        assertFigure(helpers, APPLICANTS_PER_POSTING, "0.82", "9", "11");

        var seniors = m.figures(new FigureQuery(AREA, period(FROM, TO), null, AgeBand.FROM_60, Set.of()));
        assertFigure(seniors, FILL_RATE, "83.33", "5", "6");
    }

    @Test
    void aFigureWithoutAnythingToCountHasNoValue() {
        var f = m.figures(AREA, "2030-01-01", "2030-12-31");
        assertFigure(f, FILL_RATE, null, "0", "0");
        assertFigure(f, MEDIAN_DAYS_TO_FILL, null, null, "0");
        assertFigure(f, APPLICANTS_PER_POSTING, null, "0", "0");
    }
}
