package dk.tilknyt.recruitment;

import static dk.tilknyt.recruitment.Postings.posting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PostingChainTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 15);

    @Test
    void aChainOfThreeIsBuiltFromTheFirstPostingThroughItsRepostings() {
        List<Posting> postings = List.of(
                posting("P3", "P2", PostingOutcome.FILLED, D.plusDays(60), D.plusDays(70)),
                posting("P1", null, PostingOutcome.REPOSTED, D, null),
                posting("P2", "P1", PostingOutcome.REPOSTED, D.plusDays(30), null),
                posting("Q1", null, PostingOutcome.OPEN, D.plusDays(5), null));

        List<PostingChain> chains = PostingChain.of(postings);

        assertThat(chains).hasSize(2);
        PostingChain first = chains.getFirst();
        assertThat(first.postings()).extracting(Posting::id).containsExactly("P1", "P2", "P3");
        assertThat(first.outcome()).isEqualTo(PostingOutcome.FILLED);
        assertThat(first.repostCount()).isEqualTo(2);
        assertThat(first.filledFirstTime()).isFalse();
        assertThat(chains.get(1).postings()).extracting(Posting::id).containsExactly("Q1");
    }

    @Test
    void theChainsOutcomeIsItsLastPostingsAndItBelongsToTheFirstPostingsUnit() {
        Posting first = posting("P1", null, PostingOutcome.REPOSTED, D, null);
        Posting moved = new Posting("P2", "elsewhere", "nurse", null, "permanent", first.weeklyHours(), D, D.plusDays(20),
                "P1", PostingOutcome.CANCELLED, null, List.of());

        PostingChain chain = PostingChain.of(List.of(first, moved)).getFirst();

        assertThat(chain.outcome()).isEqualTo(PostingOutcome.CANCELLED);
        assertThat(chain.unitId()).isEqualTo("pc-sol");
    }

    @Test
    void daysToFillAreCountedFromTheFirstDeadlineTheLastDeadlineAndTheFirstPublication() {
        // first published D-14, first deadline D, last deadline D+30, filled D+40
        PostingChain chain = PostingChain.of(List.of(
                posting("P1", null, PostingOutcome.REPOSTED, D, null),
                posting("P2", "P1", PostingOutcome.FILLED, D.plusDays(30), D.plusDays(40)))).getFirst();

        assertThat(chain.daysFromFirstDeadlineToFilled()).contains(40L);
        assertThat(chain.daysFromLastDeadlineToFilled()).contains(10L);
        assertThat(chain.daysFromFirstPublishedToFilled()).contains(54L);
    }

    @Test
    void anUnfilledChainHasNoDaysToFill() {
        PostingChain chain = PostingChain.of(List.of(posting("P1", null, PostingOutcome.UNFILLED, D, null))).getFirst();

        assertThat(chain.filledDate()).isEmpty();
        assertThat(chain.daysFromFirstDeadlineToFilled()).isEmpty();
    }

    @Test
    void aPostingFilledFirstTimeIsAChainOfOne() {
        PostingChain chain = PostingChain.of(List.of(posting("P1", null, PostingOutcome.FILLED, D, D.plusDays(3))))
                .getFirst();

        assertThat(chain.filledFirstTime()).isTrue();
        assertThat(chain.repostCount()).isZero();
    }

    @Test
    void aPostingsChainIsFoundFromAnyPostingInIt() {
        List<Posting> chain = List.of(posting("P1", null, PostingOutcome.REPOSTED, D, null),
                posting("P2", "P1", PostingOutcome.REPOSTED, D.plusDays(10), null),
                posting("P3", "P2", PostingOutcome.OPEN, D.plusDays(20), null));

        assertThat(PostingChain.containing("P3", chain)).get().extracting(c -> c.postings().size()).isEqualTo(3);
        assertThat(PostingChain.containing("missing", chain)).isEmpty();
    }
}
