package dk.tilknyt.roster.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import dk.tilknyt.roster.store.NoticeStore;
import dk.tilknyt.roster.store.NoticeStore.Notice;
import dk.tilknyt.roster.store.RosterStore.Assignment;

/**
 * Tells people what changed in a published roster (issue 6: "later changes are flagged and notified"): one notice
 * per affected person and change, flagged when it comes less than {@value RosterPlanning#SHORT_NOTICE_DAYS}
 * days before the shift (rules.md: paid extra).
 */
@Service
public class RosterNotices {

    /** Kinds that move someone on or off a shift: the planner's list of changes after publishing. */
    public static final Set<String> CHANGES = Set.of("added", "removed", "allocated", "swap_in", "swap_out", "sickness");
    public static final int SHOWN = 30;

    private final NoticeStore store;
    private final Clock clock;

    RosterNotices(NoticeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** "Your roster for weeks X–Y is published", once per staff member. */
    public void published(long periodId, LocalDate firstDay, Collection<String> staff) {
        staff.forEach(personId -> store.add(personId, periodId, null, "published", firstDay, null, false));
    }

    /** A notice about one shift; short notice when a move on or off it comes less than 4 days ahead. */
    public void aboutShift(String personId, long periodId, Assignment shift, String kind) {
        boolean shortNotice = CHANGES.contains(kind) && !"sickness".equals(kind) && isShortNotice(shift.date());
        store.add(personId, periodId, shift.id(), kind, shift.date(), shift.shiftCode(), shortNotice);
    }

    public boolean isShortNotice(LocalDate shiftDate) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), shiftDate) < RosterPlanning.SHORT_NOTICE_DAYS;
    }

    public List<Notice> of(String personId) {
        return store.of(personId, SHOWN);
    }

    public int unread(String personId) {
        return store.unreadCount(personId);
    }

    public void markRead(String personId) {
        store.markRead(personId);
    }

    /** Who was moved on or off which shift after publishing, newest first. */
    public List<Notice> changesIn(long periodId) {
        return store.inPeriod(periodId, CHANGES);
    }
}
