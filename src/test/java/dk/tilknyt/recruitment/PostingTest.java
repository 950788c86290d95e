package dk.tilknyt.recruitment;

import static dk.tilknyt.recruitment.Postings.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.tilknyt.recruitment.Posting.Reposting;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;

class PostingTest {

    @Test
    void aNewPostingIsOpenWithTheTermsGiven() {
        Posting posting = Postings.open("P-2026-0001");

        assertThat(posting.outcome()).isEqualTo(PostingOutcome.OPEN);
        assertThat(posting.repostingOf()).isNull();
        assertThat(posting.terms()).isEqualTo(Postings.terms());
    }

    @Test
    void repostingClosesTheOldPostingAsRepostedAndOpensANewOneThatPointsBackToIt() {
        Reposting reposting = Postings.open("P1").repost("P2", TODAY, TODAY.plusDays(14));

        assertThat(reposting.previous().outcome()).isEqualTo(PostingOutcome.REPOSTED);
        assertThat(reposting.next().repostingOf()).isEqualTo("P1");
        assertThat(reposting.next().outcome()).isEqualTo(PostingOutcome.OPEN);
        assertThat(reposting.next().publishedDate()).isEqualTo(TODAY);
        assertThat(reposting.next().deadline()).isEqualTo(TODAY.plusDays(14));
        assertThat(reposting.next().jobFamily()).isEqualTo("sosu_assistant");
        assertThat(reposting.next().channels()).containsExactly("jobnet", "video");
    }

    @Test
    void aPostingCanBeRepostedOnlyOnce() {
        Posting reposted = Postings.open("P1").repost("P2", TODAY, TODAY.plusDays(14)).previous();

        assertThatThrownBy(() -> reposted.repost("P3", TODAY, TODAY.plusDays(14)))
                .isInstanceOf(RecruitmentRejected.class).hasMessage("posting.alreadyReposted");
    }

    @Test
    void aClosedPostingCannotBeReposted() {
        Posting filled = Postings.open("P1").closeAsFilled(TODAY, TODAY);
        Posting cancelled = Postings.open("P1").cancel();

        assertThatThrownBy(() -> filled.repost("P2", TODAY, TODAY.plusDays(14))).hasMessage("posting.notOpen.repost");
        assertThatThrownBy(() -> cancelled.repost("P2", TODAY, TODAY.plusDays(14))).hasMessage("posting.notOpen.repost");
    }

    @Test
    void aRepostNeedsADeadlineFromTodayOn() {
        Posting posting = Postings.open("P1");

        assertThatThrownBy(() -> posting.repost("P2", TODAY, null)).hasMessage("posting.repost.deadlineRequired");
        assertThatThrownBy(() -> posting.repost("P2", TODAY, TODAY.minusDays(1)))
                .hasMessage("posting.repost.deadlineBeforeToday");
        assertThat(posting.repost("P2", TODAY, TODAY).next().deadline()).isEqualTo(TODAY);
    }

    @Test
    void closingAsFilledNeedsADayBetweenPublicationAndToday() {
        Posting posting = Postings.open("P1");

        assertThatThrownBy(() -> posting.closeAsFilled(null, TODAY)).hasMessage("posting.filledDate.required");
        assertThatThrownBy(() -> posting.closeAsFilled(LocalDate.of(2026, 2, 28), TODAY))
                .hasMessage("posting.filledDate.beforePublished");
        assertThatThrownBy(() -> posting.closeAsFilled(TODAY.plusDays(1), TODAY)).hasMessage("posting.filledDate.inFuture");

        Posting filled = posting.closeAsFilled(LocalDate.of(2026, 3, 1), TODAY);
        assertThat(filled.outcome()).isEqualTo(PostingOutcome.FILLED);
        assertThat(filled.filledDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPostingIsClosedOnlyOnce() {
        Posting unfilled = Postings.open("P1").closeAsUnfilled();

        assertThat(unfilled.outcome()).isEqualTo(PostingOutcome.UNFILLED);
        assertThatThrownBy(unfilled::cancel).isInstanceOf(RecruitmentRejected.class).hasMessage("posting.notOpen.close");
        assertThatThrownBy(() -> unfilled.closeAsFilled(TODAY, TODAY)).hasMessage("posting.notOpen.close");
    }

    @Test
    void aClosedPostingCannotBeEdited() {
        Posting cancelled = Postings.open("P1").cancel();

        assertThatThrownBy(() -> cancelled.revise(Postings.terms())).hasMessage("posting.notOpen.edit");
    }

    @Test
    void aRepostingKeepsTheUnitOfItsChain() {
        Posting next = Postings.open("P1").repost("P2", TODAY, TODAY.plusDays(14)).next();
        PostingTerms moved = new PostingTerms("pc-egebo", "sosu_assistant", null, "permanent", new BigDecimal("37"),
                null, TODAY, TODAY.plusDays(14), java.util.List.of());

        assertThatThrownBy(() -> next.revise(moved)).isInstanceOfSatisfying(RecruitmentRejected.class,
                e -> assertThat(e.problems()).extracting(Problem::field, Problem::key)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("unitId", "posting.unit.keptByReposting")));
    }

    @Test
    void revisingKeepsTheChainAndChangesTheTerms() {
        Posting next = Postings.open("P1").repost("P2", TODAY, TODAY.plusDays(14)).next();
        PostingTerms more = next.terms().withPeriod(TODAY, TODAY.plusDays(21));

        Posting revised = next.revise(more);

        assertThat(revised.repostingOf()).isEqualTo("P1");
        assertThat(revised.deadline()).isEqualTo(TODAY.plusDays(21));
    }

    @Test
    void fullTimeFollowsTheHoursUnlessStated() {
        Posting thirtyTwo = Postings.open("P1");
        Posting thirtySeven = new Posting("P2", "u", "nurse", null, "permanent", new BigDecimal("37.00"), TODAY, TODAY,
                null, PostingOutcome.OPEN, null, java.util.List.of());
        Posting statedFullTime = Posting.open("P3", new PostingTerms("u", "nurse", null, "permanent",
                new BigDecimal("32"), true, TODAY, TODAY, java.util.List.of()));

        assertThat(thirtyTwo.isFullTime()).isFalse();
        assertThat(thirtySeven.isFullTime()).isTrue();
        assertThat(statedFullTime.isFullTime()).isTrue();
    }

    @Test
    void theImportsTwelveColumnConstructorLeavesTheFullTimeFlagUnstated() {
        Posting posting = new Posting("P1", "u", "nurse", null, "permanent", BigDecimal.TEN, TODAY, TODAY, null,
                PostingOutcome.OPEN, null, java.util.List.of());

        assertThat(posting.fullTime()).isNull();
    }
}
