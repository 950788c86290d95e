package dk.tilknyt.recruitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * key-figures.md "Recruitment": a first posting (no {@code reposting_of}) and the postings that re-post it,
 * directly or transitively. A posting is re-posted at most once, so a chain is a path. Its outcome is the
 * outcome of its last posting, and it belongs to the unit of its first posting.
 */
public record PostingChain(List<Posting> postings) {

    public PostingChain {
        if (postings.isEmpty()) {
            throw new IllegalArgumentException("A posting chain has at least one posting");
        }
        postings = List.copyOf(postings);
    }

    /** Every chain the postings form, ordered by the first posting's deadline and id. */
    public static List<PostingChain> of(Collection<Posting> all) {
        Map<String, Posting> repostedBy = new HashMap<>();
        for (Posting p : all) {
            if (p.repostingOf() != null) {
                repostedBy.putIfAbsent(p.repostingOf(), p);
            }
        }
        List<PostingChain> chains = new ArrayList<>();
        for (Posting first : all) {
            if (first.repostingOf() != null) {
                continue;
            }
            List<Posting> path = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Posting p = first; p != null && seen.add(p.id()); p = repostedBy.get(p.id())) {
                path.add(p);
            }
            chains.add(new PostingChain(path));
        }
        chains.sort(Comparator.comparing((PostingChain c) -> c.first().deadline()).thenComparing(c -> c.first().id()));
        return chains;
    }

    /** The chain a posting belongs to, or empty when it is not part of one built from these postings. */
    public static Optional<PostingChain> containing(String postingId, Collection<Posting> all) {
        return of(all).stream().filter(c -> c.contains(postingId)).findFirst();
    }

    public Posting first() {
        return postings.getFirst();
    }

    public Posting last() {
        return postings.getLast();
    }

    public PostingOutcome outcome() {
        return last().outcome();
    }

    public String unitId() {
        return first().unitId();
    }

    public boolean contains(String postingId) {
        return postings.stream().anyMatch(p -> p.id().equals(postingId));
    }

    /** How many times the first posting was re-posted: 0 for a chain of one. */
    public int repostCount() {
        return postings.size() - 1;
    }

    public boolean filledFirstTime() {
        return postings.size() == 1 && outcome() == PostingOutcome.FILLED;
    }

    public Optional<LocalDate> filledDate() {
        return outcome() == PostingOutcome.FILLED ? Optional.ofNullable(last().filledDate()) : Optional.empty();
    }

    /** Days from the first posting's deadline to the day the chain was filled. */
    public Optional<Long> daysFromFirstDeadlineToFilled() {
        return filledDate().map(d -> ChronoUnit.DAYS.between(first().deadline(), d));
    }

    /** Days from the last posting's deadline (the round that filled it) to the day it was filled. */
    public Optional<Long> daysFromLastDeadlineToFilled() {
        return filledDate().map(d -> ChronoUnit.DAYS.between(last().deadline(), d));
    }

    /** key-figures.md median_days_to_fill's measure: filled date minus the first posting's published date. */
    public Optional<Long> daysFromFirstPublishedToFilled() {
        return filledDate().map(d -> ChronoUnit.DAYS.between(first().publishedDate(), d));
    }
}
