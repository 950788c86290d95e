package dk.tilknyt.recruitment.domain;

import static dk.tilknyt.recruitment.RecruitmentFixture.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.Posting.Reposting;
import dk.tilknyt.recruitment.PostingChain;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.Recruitment;
import dk.tilknyt.recruitment.RecruitmentChanged;
import dk.tilknyt.recruitment.RecruitmentFixture;
import dk.tilknyt.recruitment.RecruitmentTest;
import dk.tilknyt.recruitment.RecruitmentRejected;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.WithdrawalReason;
import dk.tilknyt.recruitment.domain.HireFollowUp.Retention;
import dk.tilknyt.shared.NotFoundException;

@RecordApplicationEvents
class PostingManagementTest extends RecruitmentTest {

    @Autowired
    PostingManagement management;
    @Autowired
    Recruitment recruitment;
    @Autowired
    HireFollowUps hires;
    @Autowired
    ApplicationEvents published;

    LocalDate today;
    int year;

    @BeforeEach
    void setUp() {
        signIn(userDetails, "leader.a");
        today = LocalDate.now(clock);
        year = today.getYear();
    }

    @AfterEach
    void tearDown() {
        RecruitmentFixture.signOut();
    }

    @Test
    void aNewPostingGetsTheNextReadableIdOfTheYearAndIsStoredOpen() {
        Posting first = management.create(terms("pc-a"));
        Posting second = management.create(terms("pc-a"));

        assertThat(first.id()).isEqualTo("P-%d-0001".formatted(year));
        assertThat(second.id()).isEqualTo("P-%d-0002".formatted(year));
        Posting stored = recruitment.posting(first.id()).orElseThrow();
        assertThat(stored.outcome()).isEqualTo(PostingOutcome.OPEN);
        assertThat(stored.channels()).containsExactly("jobnet", "video");
        assertThat(stored.fullTime()).isTrue();
        assertThat(stored.weeklyHours()).isEqualByComparingTo("32");
        assertThat(published.stream(RecruitmentChanged.class)).isNotEmpty();
    }

    @Test
    void readableIdsSkipIdsAnImportAlreadyUsed() {
        insertPosting("P-%d-0001".formatted(year), "pc-a", null, "open");

        assertThat(management.create(terms("pc-a")).id()).isEqualTo("P-%d-0002".formatted(year));
    }

    @Test
    void aLeaderCannotCreateAPostingInAUnitOutsideTheirArea() {
        assertThatThrownBy(() -> management.create(terms("pc-b")))
                .isInstanceOfSatisfying(RecruitmentRejected.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("unitId", "posting.unit.unknown")));
        assertThat(recruitment.postings()).isEmpty();
    }

    @Test
    void aPostingOutsideTheLeadersAreaIsNotFoundAndStaysUnchanged() {
        insertPosting("B1", "pc-b", null, "open");

        assertThatThrownBy(() -> management.require("B1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> management.repost("B1", today.plusDays(14))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> management.close("B1", PostingOutcome.CANCELLED, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> management.addApplicants("B1", 1, today)).isInstanceOf(NotFoundException.class);
        assertThat(recruitment.posting("B1").orElseThrow().outcome()).isEqualTo(PostingOutcome.OPEN);
        assertThat(recruitment.applicationsTo("B1")).isEmpty();
    }

    @Test
    void repostingTwiceBuildsAChainOfThreeThatIsKept() {
        Posting first = management.create(terms("pc-a"));

        Reposting once = management.repost(first.id(), today.plusDays(14));
        Reposting twice = management.repost(once.next().id(), today.plusDays(28));

        assertThat(recruitment.posting(first.id()).orElseThrow().outcome()).isEqualTo(PostingOutcome.REPOSTED);
        assertThat(recruitment.posting(once.next().id()).orElseThrow().repostingOf()).isEqualTo(first.id());
        List<PostingChain> chains = recruitment.chains();
        assertThat(chains).hasSize(1);
        assertThat(chains.getFirst().postings()).extracting(Posting::id)
                .containsExactly(first.id(), once.next().id(), twice.next().id());
        assertThat(chains.getFirst().outcome()).isEqualTo(PostingOutcome.OPEN);
    }

    @Test
    void aRepostedPostingCannotBeRepostedAgain() {
        Posting first = management.create(terms("pc-a"));
        management.repost(first.id(), today.plusDays(14));

        assertThatThrownBy(() -> management.repost(first.id(), today.plusDays(14)))
                .isInstanceOf(RecruitmentRejected.class).hasMessage("posting.alreadyReposted");
        assertThat(recruitment.postings()).hasSize(2);
    }

    @Test
    void anOpenPostingThatAnImportedPostingAlreadyRepostsCannotBeRepostedAgain() {
        insertPosting("A1", "pc-a", null, "open");
        insertPosting("A2", "pc-a", "A1", "open");

        assertThatThrownBy(() -> management.repost("A1", today.plusDays(14))).hasMessage("posting.alreadyReposted");
        assertThat(recruitment.posting("A1").orElseThrow().outcome()).isEqualTo(PostingOutcome.OPEN);
    }

    @Test
    void closingAsFilledStoresTheDayAndAClosedPostingStaysClosed() {
        Posting posting = management.create(terms("pc-a"));

        management.close(posting.id(), PostingOutcome.FILLED, today);

        Posting stored = recruitment.posting(posting.id()).orElseThrow();
        assertThat(stored.outcome()).isEqualTo(PostingOutcome.FILLED);
        assertThat(stored.filledDate()).isEqualTo(today);
        assertThatThrownBy(() -> management.close(posting.id(), PostingOutcome.CANCELLED, null))
                .hasMessage("posting.notOpen.close");
        assertThatThrownBy(() -> management.repost(posting.id(), today.plusDays(3)))
                .hasMessage("posting.notOpen.repost");
        assertThat(recruitment.posting(posting.id()).orElseThrow()).isEqualTo(stored);
    }

    @Test
    void revisingChangesTheTermsOfAnOpenPosting() {
        Posting posting = management.create(terms("pc-a"));
        PostingTerms changed = new PostingTerms("omr-a", "nurse", "Sygeplejerske", "temporary", new BigDecimal("37"),
                null, today, today.plusDays(30), List.of("website"));

        management.revise(posting.id(), changed);

        Posting stored = recruitment.posting(posting.id()).orElseThrow();
        assertThat(stored.terms()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(changed);
        assertThat(stored.fullTime()).isNull();
        assertThat(stored.isFullTime()).isTrue();
    }

    @Test
    void applicantsGetPseudonymousIdsAndMoveThroughTheStages() {
        Posting posting = management.create(terms("pc-a"));

        List<Application> added = management.addApplicants(posting.id(), 3, today);
        assertThat(added).extracting(Application::id).containsExactly("A-%d-00001".formatted(year),
                "A-%d-00002".formatted(year), "A-%d-00003".formatted(year));

        String hire = added.get(0).id();
        management.advance(hire);
        management.markCalledBeforeInterview(hire, true);
        management.advance(hire);
        management.advance(hire);
        management.advance(hire);
        management.advance(added.get(1).id());
        management.withdraw(added.get(1).id(), WithdrawalReason.NO_SHOW);
        management.reject(added.get(2).id());

        List<Application> stored = recruitment.applicationsTo(posting.id());
        assertThat(stored).extracting(Application::furthestStage, Application::outcome, Application::withdrawnReason,
                        Application::calledBeforeInterview)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hired", "hired", null, true),
                        org.assertj.core.groups.Tuple.tuple("invited", "withdrawn", "no_show", false),
                        org.assertj.core.groups.Tuple.tuple("applied", "rejected", null, false));
    }

    @Test
    void aClosedPostingTakesNoApplicantsAndACancelledOnesPipelineIsFrozen() {
        Posting posting = management.create(terms("pc-a"));
        String applicant = management.addApplicants(posting.id(), 1, today).getFirst().id();
        management.close(posting.id(), PostingOutcome.CANCELLED, null);

        assertThatThrownBy(() -> management.addApplicants(posting.id(), 1, today)).hasMessage("posting.notOpen.applicants");
        assertThatThrownBy(() -> management.advance(applicant)).hasMessage("posting.notOpen.pipeline");
        assertThat(recruitment.applicationsTo(posting.id())).extracting(Application::furthestStage).containsExactly("applied");
    }

    @Test
    void badApplicantInputIsRefusedWithEveryProblem() {
        Posting posting = management.create(terms("pc-a"));

        assertThatThrownBy(() -> management.addApplicants(posting.id(), 0, today.plusDays(1)))
                .isInstanceOfSatisfying(RecruitmentRejected.class, e -> assertThat(e.problems())
                        .extracting(Problem::key)
                        .containsExactly("application.count.range", "application.appliedDate.inFuture"));
        assertThat(recruitment.applicationsTo(posting.id())).isEmpty();
    }

    @Test
    void aHireIsLinkedToAnEmploymentThatMayArriveLaterButNeverToOneAlreadyLinked() {
        Posting posting = management.create(terms("pc-a"));
        List<Application> two = management.addApplicants(posting.id(), 2, today);
        for (Application a : two) {
            for (int i = 0; i < 4; i++) {
                management.advance(a.id());
            }
        }

        management.linkEmployment(two.get(0).id(), "E-FUTURE-1");

        assertThat(recruitment.applicationsTo(posting.id()).getFirst().employmentId()).isEqualTo("E-FUTURE-1");
        assertThatThrownBy(() -> management.linkEmployment(two.get(1).id(), "E-FUTURE-1"))
                .hasMessage("application.employment.taken");
        assertThatThrownBy(() -> management.linkEmployment(two.get(1).id(), "0102851234"))
                .hasMessage("application.employment.cpr");
        assertThat(recruitment.applicationsTo(posting.id()).get(1).employmentId()).isNull();
    }

    @Test
    void aHiresEmploymentIsFoundInThePostingsUnitAndFollowedForTwelveMonths() {
        insertPosting("OLD", "pc-a", null, "filled", today.minusMonths(15), today.minusMonths(14));
        jdbc.sql("insert into application (id, posting_id, applied_date, furthest_stage, outcome) values "
                + "('H1', 'OLD', ?, 'hired', 'hired')").param(today.minusMonths(15)).update();
        LocalDate start = today.minusMonths(13);
        RecruitmentFixture.employment(jdbc, events, "E-NEW", "p-new", "pc-a", start, null);
        RecruitmentFixture.employment(jdbc, events, "E-OTHER", "p-other", "pc-b", start, null);
        Posting old = recruitment.posting("OLD").orElseThrow();

        assertThat(hires.candidates(old)).extracting(HireFollowUps.EmploymentCandidate::employmentId)
                .containsExactly("E-NEW");

        management.linkEmployment("H1", "E-NEW");
        HireFollowUp followUp = hires.of(old, recruitment.applicationsTo("OLD")).get("H1");

        assertThat(followUp.employmentFound()).isTrue();
        assertThat(followUp.start()).isEqualTo(start);
        assertThat(followUp.retention()).isEqualTo(Retention.YES);
        assertThat(followUp.conversation()).isEqualTo(HireFollowUp.Conversation.NOT_HELD);
        assertThat(hires.candidates(old)).isEmpty();
    }

    private PostingTerms terms(String unit) {
        return new PostingTerms(unit, "sosu_assistant", "Social- og sundhedsassistent", "permanent",
                new BigDecimal("32"), true, today, today.plusDays(14), List.of("jobnet", "video"));
    }

    private void insertPosting(String id, String unit, String repostingOf, String outcome) {
        insertPosting(id, unit, repostingOf, outcome, today.minusDays(20), today.minusDays(5));
    }

    private void insertPosting(String id, String unit, String repostingOf, String outcome, LocalDate published,
            LocalDate deadline) {
        jdbc.sql("""
                insert into posting (id, unit_id, job_family, employment_type, weekly_hours, published_date, deadline,
                                     reposting_of, outcome, filled_date)
                values (?, ?, 'nurse', 'permanent', 37, ?, ?, ?, ?, ?)""")
                .params(id, unit, published, deadline, repostingOf, outcome,
                        "filled".equals(outcome) ? deadline.plusDays(5) : null)
                .update();
    }
}
