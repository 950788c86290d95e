package dk.tilknyt.recruitment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import dk.tilknyt.shared.AfterCommit;
import dk.tilknyt.shared.bulk.BulkWriter;

/**
 * Writes postings and applications in the caller's transaction. A posting's {@code reposting_of} is
 * unique and refers to another posting, so changed and removed postings first let go of what they
 * re-post, and new postings come after the postings they re-post. Callers check references beforehand.
 * Publishes {@link RecruitmentChanged} after commit.
 */
@Service
public class RecruitmentWriter {

    private static final List<String> KEY = List.of("id");
    private static final List<String> POSTING_VALUES = List.of("unit_id", "job_family", "title", "employment_type",
            "weekly_hours", "published_date", "deadline", "reposting_of", "outcome", "filled_date", "channels");
    private static final List<String> APPLICATION_VALUES = List.of("posting_id", "applied_date", "furthest_stage",
            "outcome", "withdrawn_reason", "employment_id");

    private final BulkWriter bulk;
    private final ApplicationEventPublisher events;

    RecruitmentWriter(BulkWriter bulk, ApplicationEventPublisher events) {
        this.bulk = bulk;
        this.events = events;
    }

    public void writePostings(Collection<Posting> inserted, Collection<Posting> updated, Collection<String> deleted) {
        List<Object[]> letGo = new ArrayList<>();
        updated.forEach(p -> letGo.add(new Object[] {p.id(), null}));
        deleted.forEach(id -> letGo.add(new Object[] {id, null}));
        bulk.update("posting", KEY, List.of("reposting_of"), letGo);
        bulk.delete("posting", KEY, deleted.stream().map(id -> new Object[] {id}).toList());
        bulk.insert("posting", columns(POSTING_VALUES),
                repostedFirst(inserted).stream().map(RecruitmentWriter::row).toList());
        bulk.update("posting", KEY, POSTING_VALUES, updated.stream().map(RecruitmentWriter::row).toList());
        changed(inserted.size() + updated.size() + deleted.size());
    }

    public void writeApplications(Collection<Application> inserted, Collection<Application> updated,
                                  Collection<String> deleted) {
        bulk.delete("application", KEY, deleted.stream().map(id -> new Object[] {id}).toList());
        bulk.insert("application", columns(APPLICATION_VALUES), inserted.stream().map(RecruitmentWriter::row).toList());
        bulk.update("application", KEY, APPLICATION_VALUES, updated.stream().map(RecruitmentWriter::row).toList());
        changed(inserted.size() + updated.size() + deleted.size());
    }

    private void changed(int rows) {
        if (rows > 0) {
            AfterCommit.publish(events, new RecruitmentChanged());
        }
    }

    /** A new posting that re-posts another new posting comes after it. */
    private static List<Posting> repostedFirst(Collection<Posting> postings) {
        Set<String> ids = new HashSet<>();
        postings.forEach(p -> ids.add(p.id()));
        Map<String, List<Posting>> repostsOf = new HashMap<>();
        var ready = new ArrayDeque<Posting>();
        for (Posting p : postings) {
            if (p.repostingOf() != null && ids.contains(p.repostingOf())) {
                repostsOf.computeIfAbsent(p.repostingOf(), k -> new ArrayList<>()).add(p);
            } else {
                ready.add(p);
            }
        }
        List<Posting> ordered = new ArrayList<>(postings.size());
        while (!ready.isEmpty()) {
            Posting next = ready.poll();
            ordered.add(next);
            ready.addAll(repostsOf.getOrDefault(next.id(), List.of()));
        }
        return ordered;
    }

    private static List<String> columns(List<String> values) {
        var all = new ArrayList<>(KEY);
        all.addAll(values);
        return all;
    }

    private static Object[] row(Posting p) {
        return new Object[] {p.id(), p.unitId(), p.jobFamily(), p.title(), p.employmentType(), p.weeklyHours(),
                p.publishedDate(), p.deadline(), p.repostingOf(), p.outcome().code(), p.filledDate(),
                p.channels() == null || p.channels().isEmpty() ? null : String.join("|", p.channels())};
    }

    private static Object[] row(Application a) {
        return new Object[] {a.id(), a.postingId(), a.appliedDate(), a.furthestStage(), a.outcome(),
                a.withdrawnReason(), a.employmentId()};
    }
}
