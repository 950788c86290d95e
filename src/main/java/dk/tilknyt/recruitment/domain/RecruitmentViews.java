package dk.tilknyt.recruitment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingChain;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.shared.DateRange;

/**
 * The funnel, chain and hard-to-fill views over a scope. These are per-posting and per-chain facts; the
 * official recruitment figures (fill rates, median days to fill) are the keyfigures module's.
 */
@Service
public class RecruitmentViews {

    /** "Hard to fill": at most this many applications when the deadline has passed … */
    static final int FEW_APPLICANTS = 2;
    /** … or re-posted this many times. */
    static final int MANY_REPOSTINGS = 2;

    private final PostingStore store;
    private final Clock clock;

    RecruitmentViews(PostingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What to look at: the units of a scope (already checked), deadlines in a period, optional filters. */
    public record ViewQuery(Set<String> units, DateRange period, String jobFamily, String channel) {

        boolean matches(Posting p) {
            return units.contains(p.unitId()) && (jobFamily == null || jobFamily.equals(p.jobFamily()))
                    && (channel == null || p.channels().contains(channel));
        }
    }

    /** The funnel of the query, and the same broken down by job family and by channel. */
    public record FunnelView(Funnel total, Map<String, Funnel> byJobFamily, Map<String, Funnel> byChannel) {
    }

    /** A chain and the number of applications to each of its postings. */
    public record ChainLine(PostingChain chain, List<Integer> applications) {

        public int totalApplications() {
            return applications.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Counts over the listed chains. */
    public record ChainSummary(int chains, int open, int cancelled, int filledFirstTime, int filledAfterReposting,
            int unfilled, Double medianDaysFromFirstDeadlineToFilled) {
    }

    public enum HardToFillReason { FEW_APPLICANTS, REPOSTED_TWICE }

    public record HardToFillLine(ChainLine line, Set<HardToFillReason> reasons) {
    }

    /** Applications to postings whose deadline lies in the period (as key-figures.md counts applicants). */
    public FunnelView funnel(ViewQuery query) {
        Map<String, Posting> postings = store.all().stream()
                .filter(p -> query.units().contains(p.unitId()) && query.period().contains(p.deadline()))
                .collect(Collectors.toMap(Posting::id, Function.identity()));
        List<Application> applications = store.applicationsToPostings(query.units(), query.period().from(),
                query.period().to());
        Predicate<Posting> family = p -> query.jobFamily() == null || query.jobFamily().equals(p.jobFamily());
        Predicate<Posting> channel = p -> query.channel() == null || p.channels().contains(query.channel());
        Funnel total = funnelOf(postings.values(), applications, family.and(channel));
        Map<String, Funnel> byFamily = new TreeMap<>();
        postings.values().stream().filter(channel).map(Posting::jobFamily).distinct().forEach(code ->
                byFamily.put(code, funnelOf(postings.values(), applications, channel.and(p -> p.jobFamily().equals(code)))));
        Map<String, Funnel> byChannel = new TreeMap<>();
        postings.values().stream().filter(family).flatMap(p -> p.channels().stream()).distinct().forEach(code ->
                byChannel.put(code, funnelOf(postings.values(), applications, family.and(p -> p.channels().contains(code)))));
        return new FunnelView(total, byFamily, byChannel);
    }

    /** Chains whose first posting lies in the scope with its deadline in the period (as the fill rates count). */
    public List<ChainLine> chains(ViewQuery query) {
        Map<String, Integer> counts = store.applicationCounts();
        return PostingChain.of(store.all()).stream()
                .filter(c -> query.matches(c.first()) && query.period().contains(c.first().deadline()))
                .map(c -> line(c, counts))
                .toList();
    }

    public ChainSummary summary(List<ChainLine> lines) {
        List<PostingChain> chains = lines.stream().map(ChainLine::chain).toList();
        List<Long> days = chains.stream().flatMap(c -> c.daysFromFirstDeadlineToFilled().stream()).sorted().toList();
        Double median = days.isEmpty() ? null : days.size() % 2 == 1 ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        return new ChainSummary(chains.size(),
                count(chains, c -> c.outcome() == PostingOutcome.OPEN),
                count(chains, c -> c.outcome() == PostingOutcome.CANCELLED),
                count(chains, PostingChain::filledFirstTime),
                count(chains, c -> c.outcome() == PostingOutcome.FILLED && !c.filledFirstTime()),
                count(chains, c -> c.outcome() == PostingOutcome.UNFILLED),
                median);
    }

    /**
     * Chains in the scope with a deadline in the period that had a posting with 0–2 applications after its
     * deadline passed, or that were re-posted twice or more.
     */
    public List<HardToFillLine> hardToFill(ViewQuery query) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> counts = store.applicationCounts();
        List<HardToFillLine> lines = new ArrayList<>();
        for (PostingChain chain : PostingChain.of(store.all())) {
            if (!query.matches(chain.first())
                    || chain.postings().stream().noneMatch(p -> query.period().contains(p.deadline()))) {
                continue;
            }
            Set<HardToFillReason> reasons = EnumSet.noneOf(HardToFillReason.class);
            boolean few = chain.postings().stream().anyMatch(p -> p.deadline().isBefore(today)
                    && p.outcome() != PostingOutcome.CANCELLED && counts.getOrDefault(p.id(), 0) <= FEW_APPLICANTS);
            if (few) {
                reasons.add(HardToFillReason.FEW_APPLICANTS);
            }
            if (chain.repostCount() >= MANY_REPOSTINGS) {
                reasons.add(HardToFillReason.REPOSTED_TWICE);
            }
            if (!reasons.isEmpty()) {
                lines.add(new HardToFillLine(line(chain, counts), reasons));
            }
        }
        return lines;
    }

    private static ChainLine line(PostingChain chain, Map<String, Integer> counts) {
        return new ChainLine(chain, chain.postings().stream().map(p -> counts.getOrDefault(p.id(), 0)).toList());
    }

    private static Funnel funnelOf(Collection<Posting> postings, List<Application> applications, Predicate<Posting> which) {
        Map<String, Posting> chosen = new LinkedHashMap<>();
        postings.stream().filter(which).forEach(p -> chosen.put(p.id(), p));
        return Funnel.of(chosen.size(), applications.stream().filter(a -> chosen.containsKey(a.postingId())).toList());
    }

    private static int count(List<PostingChain> chains, Predicate<PostingChain> test) {
        return (int) chains.stream().filter(test).count();
    }
}
