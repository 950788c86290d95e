package dk.tilknyt.recruitment.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.ApplicationOutcome;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.ThreeMonthConversations;
import dk.tilknyt.recruitment.domain.HireFollowUp.Conversation;

/** Follows hires into the employments they became, through {@link Staff}. */
@Service
public class HireFollowUps {

    /** How far before a posting's publication an employment may have started and still be its hire. */
    static final int LOOK_BACK_DAYS = 365;
    /** Employments offered for linking start after the deadline and at most this long after it. */
    static final int CANDIDATE_WINDOW_DAYS = 365;
    private static final LocalDate END_OF_TIME = LocalDate.of(9999, 12, 31);

    private final Staff staff;
    private final OrgDirectory org;
    private final ObjectProvider<ThreeMonthConversations> conversations;
    private final PostingStore store;
    private final Clock clock;

    HireFollowUps(Staff staff, OrgDirectory org, ObjectProvider<ThreeMonthConversations> conversations,
            PostingStore store, Clock clock) {
        this.staff = staff;
        this.org = org;
        this.conversations = conversations;
        this.store = store;
        this.clock = clock;
    }

    /** An employment in the posting's unit that a hire may have become. */
    public record EmploymentCandidate(String employmentId, LocalDate start, String jobFamily, String weeklyHours) {
    }

    /** Follow-ups of the posting's hires, by application id; an employment is found only in the posting's unit. */
    public Map<String, HireFollowUp> of(Posting posting, List<Application> applications) {
        List<Application> hires = applications.stream()
                .filter(a -> a.result() == ApplicationOutcome.HIRED).toList();
        if (hires.isEmpty()) {
            return Map.of();
        }
        Map<String, List<EmploymentSegment>> inUnit = segmentsInUnit(posting,
                posting.publishedDate().minusDays(LOOK_BACK_DAYS));
        LocalDate today = LocalDate.now(clock);
        return hires.stream().collect(Collectors.toMap(Application::id,
                a -> followUp(a, inUnit.get(a.employmentId()), today), (x, y) -> x, LinkedHashMap::new));
    }

    /**
     * Employments in the posting's unit (and below) that start after its deadline, within a year, and are not
     * linked to another application yet: the choices for linking a hire by hand.
     */
    public List<EmploymentCandidate> candidates(Posting posting) {
        Map<String, List<EmploymentSegment>> byEmployment = segmentsInUnit(posting, posting.deadline());
        LocalDate latest = posting.deadline().plusDays(CANDIDATE_WINDOW_DAYS);
        Set<String> linked = store.linkedEmployments();
        return byEmployment.values().stream()
                .map(segments -> segments.stream().min(Comparator.comparing(EmploymentSegment::start)).orElseThrow())
                .filter(first -> first.start().isAfter(posting.deadline()) && !first.start().isAfter(latest))
                .filter(first -> !linked.contains(first.employmentId()))
                .sorted(Comparator.comparing(EmploymentSegment::start).thenComparing(EmploymentSegment::employmentId))
                .map(first -> new EmploymentCandidate(first.employmentId(), first.start(), first.jobFamily(),
                        first.weeklyHours().stripTrailingZeros().toPlainString()))
                .toList();
    }

    private HireFollowUp followUp(Application hire, List<EmploymentSegment> segmentsInUnit, LocalDate today) {
        if (hire.employmentId() == null || segmentsInUnit == null) {
            return HireFollowUp.notFound(hire.id(), hire.employmentId());
        }
        String personId = segmentsInUnit.getFirst().personId();
        List<EmploymentSegment> history = staff.history(personId);
        LocalDate start = history.stream().filter(s -> s.employmentId().equals(hire.employmentId()))
                .map(EmploymentSegment::start).min(Comparator.naturalOrder()).orElseThrow();
        ThreeMonthConversations provider = conversations.getIfAvailable();
        Optional<LocalDate> heldOn = provider == null ? Optional.empty() : provider.heldOn(hire.employmentId());
        Conversation conversation = provider == null ? Conversation.UNKNOWN
                : heldOn.isPresent() ? Conversation.HELD : Conversation.NOT_HELD;
        return new HireFollowUp(hire.id(), hire.employmentId(), start, conversation, heldOn.orElse(null),
                HireFollowUp.retention(history, start, today), HireFollowUp.retentionDay(start));
    }

    private Map<String, List<EmploymentSegment>> segmentsInUnit(Posting posting, LocalDate from) {
        return staff.segmentsIn(org.subtree(posting.unitId()), from, END_OF_TIME).stream()
                .collect(Collectors.groupingBy(EmploymentSegment::employmentId));
    }
}
