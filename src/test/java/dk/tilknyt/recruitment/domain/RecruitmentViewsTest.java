package dk.tilknyt.recruitment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.RecruitmentFixture;
import dk.tilknyt.recruitment.Stage;
import dk.tilknyt.recruitment.domain.RecruitmentViews.ChainLine;
import dk.tilknyt.recruitment.domain.RecruitmentViews.ChainSummary;
import dk.tilknyt.recruitment.domain.RecruitmentViews.FunnelView;
import dk.tilknyt.recruitment.domain.RecruitmentViews.HardToFillReason;
import dk.tilknyt.recruitment.domain.RecruitmentViews.ViewQuery;
import dk.tilknyt.shared.DateRange;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/**
 * Area A has: a chain of three (assistants, filled by the third posting), a helper posting filled first time,
 * a cancelled nurse posting and an open dental posting with one applicant. Area B has one posting that must
 * never show up in area A's views.
 */
@DatabaseTest
class RecruitmentViewsTest {

    @Autowired
    RecruitmentViews views;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    OrgDirectory org;
    @Autowired
    Clock clock;

    LocalDate today;
    ViewQuery areaA;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(dataSource);
        RecruitmentFixture.organisation(jdbc, events);
        today = LocalDate.now(clock);
        LocalDate d = today.minusDays(100);
        posting("C1", "pc-a", "sosu_assistant", d, null, "reposted", null, "jobnet");
        posting("C2", "pc-a", "sosu_assistant", d.plusDays(20), "C1", "reposted", null, "jobnet|video");
        posting("C3", "pc-a", "sosu_assistant", d.plusDays(40), "C2", "filled", d.plusDays(50), "jobnet|video");
        posting("H1", "pc-a", "sosu_helper", d, null, "filled", d.plusDays(7), "website");
        posting("N1", "pc-a", "nurse", d.plusDays(10), null, "cancelled", null, "jobnet");
        posting("D1", "omr-a", "dental", today.minusDays(3), null, "open", null, "jobnet");
        posting("B1", "pc-b", "sosu_assistant", d, null, "open", null, "jobnet");
        // withdrawals at each stage, one hire, one rejection; C1 and C2 had no applicants at all
        application("X1", "C3", "applied", "withdrawn", "other_job", false);
        application("X2", "C3", "invited", "withdrawn", "no_show", false);
        application("X3", "C3", "interviewed", "withdrawn", "salary", true);
        application("X4", "C3", "offered", "withdrawn", "hours", true);
        application("X5", "C3", "hired", "hired", null, true);
        application("X6", "H1", "invited", "withdrawn", "commute", true);
        application("X7", "H1", "hired", "hired", null, false);
        application("X8", "H1", "applied", "rejected", null, false);
        application("X9", "D1", "applied", "pending", null, false);
        application("XB", "B1", "hired", "hired", null, false);
        areaA = new ViewQuery(org.subtree("omr-a"), DateRange.of(today.minusYears(1), today), null, null);
    }

    @Test
    void theFunnelCountsApplicationsToTheScopesPostingsAtEveryStageTheyReached() {
        FunnelView view = views.funnel(areaA);

        // postings with deadline in the period in area A: C1 C2 C3 H1 N1 D1; applications X1..X9
        assertThat(view.total().postings()).isEqualTo(6);
        assertThat(view.total().applications()).isEqualTo(9);
        assertThat(view.total().stages()).extracting(Funnel.StageCount::reached).containsExactly(9L, 6L, 4L, 3L, 2L);
        assertThat(view.total().stages()).extracting(Funnel.StageCount::withdrawn).containsExactly(1L, 2L, 1L, 1L, 0L);
        assertThat(view.total().at(Stage.APPLIED).rejected()).isEqualTo(1);
        // invited or later: X2..X7 (6); called X3 X4 X5 X6 (X6 withdrew at invited); not called X2 X7 (X2 did)
        assertThat(view.total().calls()).isEqualTo(new Funnel.CallEffect(4, 1, 2, 1));
    }

    @Test
    void theFunnelIsBrokenDownByJobFamilyAndByChannel() {
        FunnelView view = views.funnel(areaA);

        assertThat(view.byJobFamily().keySet()).containsExactly("dental", "nurse", "sosu_assistant", "sosu_helper");
        assertThat(view.byJobFamily().get("sosu_helper").applications()).isEqualTo(3);
        assertThat(view.byChannel().get("video").postings()).isEqualTo(2);
        assertThat(view.byChannel().get("video").applications()).isEqualTo(5);
        assertThat(view.byChannel().get("website").hired()).isEqualTo(1);
    }

    @Test
    void filtersNarrowTheFunnelToAJobFamilyAndAChannel() {
        FunnelView helpers = views.funnel(new ViewQuery(areaA.units(), areaA.period(), "sosu_helper", null));
        FunnelView video = views.funnel(new ViewQuery(areaA.units(), areaA.period(), null, "video"));

        assertThat(helpers.total().applications()).isEqualTo(3);
        assertThat(video.total().postings()).isEqualTo(2);
        assertThat(video.total().hired()).isEqualTo(1);
    }

    @Test
    void chainsBelongToTheirFirstPostingsUnitAndCarryTheirDaysToFill() {
        var lines = views.chains(areaA);

        assertThat(lines).extracting(l -> l.chain().first().id()).containsExactlyInAnyOrder("C1", "H1", "N1", "D1");
        ChainLine three = lines.stream().filter(l -> l.chain().first().id().equals("C1")).findFirst().orElseThrow();
        assertThat(three.chain().postings()).extracting(Posting::id).containsExactly("C1", "C2", "C3");
        assertThat(three.applications()).containsExactly(0, 0, 5);
        assertThat(three.chain().daysFromFirstDeadlineToFilled()).contains(50L);
        assertThat(three.chain().daysFromLastDeadlineToFilled()).contains(10L);
    }

    @Test
    void theChainSummaryCountsOutcomesAndTheMedianDaysToFill() {
        ChainSummary summary = views.summary(views.chains(areaA));

        // filled: H1 (7 days after its deadline) and the C-chain (50): median (7 + 50) / 2
        assertThat(summary).isEqualTo(new ChainSummary(4, 1, 1, 1, 1, 0, 28.5));
    }

    @Test
    void hardToFillAreChainsWithFewApplicantsOrRepostedTwice() {
        var lines = views.hardToFill(areaA);

        // C-chain: re-posted twice and C1/C2 had 0 applicants; N1 was cancelled (not hard, just cancelled);
        // D1 has 1 applicant and its deadline has passed; H1 had 3.
        assertThat(lines).extracting(l -> l.line().chain().first().id()).containsExactlyInAnyOrder("C1", "D1");
        assertThat(lines.stream().filter(l -> l.line().chain().first().id().equals("C1")).findFirst().orElseThrow()
                .reasons()).containsExactlyInAnyOrder(HardToFillReason.FEW_APPLICANTS, HardToFillReason.REPOSTED_TWICE);
        assertThat(lines.stream().filter(l -> l.line().chain().first().id().equals("D1")).findFirst().orElseThrow()
                .reasons()).containsExactly(HardToFillReason.FEW_APPLICANTS);
    }

    @Test
    void anotherAreasPostingsNeverShowUp() {
        ViewQuery areaB = new ViewQuery(Set.copyOf(org.subtree("omr-b")), areaA.period(), null, null);

        assertThat(views.funnel(areaB).total().applications()).isEqualTo(1);
        assertThat(views.chains(areaB)).extracting(l -> l.chain().first().id()).containsExactly("B1");
    }

    private void posting(String id, String unit, String family, LocalDate deadline, String repostingOf, String outcome,
            LocalDate filled, String channels) {
        jdbc.sql("""
                insert into posting (id, unit_id, job_family, employment_type, weekly_hours, published_date, deadline,
                                     reposting_of, outcome, filled_date, channels)
                values (?, ?, ?, 'permanent', 32, ?, ?, ?, ?, ?, ?)""")
                .params(id, unit, family, deadline.minusDays(14), deadline, repostingOf, outcome, filled, channels)
                .update();
    }

    private void application(String id, String posting, String stage, String outcome, String reason, boolean called) {
        jdbc.sql("""
                insert into application (id, posting_id, applied_date, furthest_stage, outcome, withdrawn_reason,
                                         called_before_interview)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, posting, today.minusDays(110), stage, outcome, reason, called).update();
    }
}
