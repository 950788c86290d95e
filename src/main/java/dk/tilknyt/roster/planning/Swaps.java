package dk.tilknyt.roster.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.roster.planning.RosterPlanning.SwapCheck;
import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Assignment;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.roster.store.SwapStore;
import dk.tilknyt.roster.store.SwapStore.StoredSwap;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Swaps between colleagues in a published period (issue 6): an employee offers one of their future shifts to a
 * colleague in the same period's unit, as a hand-over or in exchange for one of the colleague's; the colleague
 * answers; the unit's planner approves, and only if no hard rule breaks for either of them after the swap.
 * Only the two parties see a swap; anyone else is told it does not exist.
 */
@Service
public class Swaps {

    /** A colleague the shift may go to, and in an exchange the colleague's shift that comes back. */
    public record Choice(String colleagueId, Assignment colleagueShift) {
        public boolean isExchange() {
            return colleagueShift != null;
        }
    }

    /** A swap with its shifts (the colleague's is null in a hand-over). */
    public record SwapView(Swap swap, Assignment proposerShift, Assignment colleagueShift) {
    }

    /** Carrying the swap out would break a hard rule for one of the two; nothing was changed. */
    public static final class SwapBreaksRule extends InvalidInputException {

        private final transient List<RuleViolation> violations;

        SwapBreaksRule(List<RuleViolation> violations) {
            super("roster.swap.error.breaksRule", "The swap breaks a rule: " + violations, true);
            this.violations = List.copyOf(violations);
        }

        public List<RuleViolation> violations() {
            return violations;
        }
    }

    private final RosterPlanning planning;
    private final RosterStore rosters;
    private final SwapStore store;
    private final RosterNotices notices;

    Swaps(RosterPlanning planning, RosterStore rosters, SwapStore store, RosterNotices notices) {
        this.planning = planning;
        this.rosters = rosters;
        this.store = store;
        this.notices = notices;
    }

    /** One's own shift in a published period, after today: the only kind one may offer. Else not found or 422. */
    public Assignment ownFutureShift(String me, long slotId) {
        long periodId = rosters.periodOfSlot(slotId).orElseThrow(() -> new NotFoundException("Shift", String.valueOf(slotId)));
        Assignment shift = rosters.assignment(periodId, slotId).filter(a -> me.equals(a.personId()))
                .orElseThrow(() -> new NotFoundException("Shift", String.valueOf(slotId)));
        requireSwappable(planning.require(periodId), shift);
        return shift;
    }

    private void requireSwappable(Period period, Assignment shift) {
        if (period.status() != PeriodStatus.PUBLISHED) {
            throw InvalidInputException.unprocessable("roster.swap.error.notPublished",
                    "Only shifts of a published roster can be swapped");
        }
        if (!shift.date().isAfter(planning.today())) {
            throw InvalidInputException.unprocessable("roster.swap.error.past", "Only future shifts can be swapped");
        }
    }

    public long periodOf(long slotId) {
        return rosters.periodOfSlot(slotId).orElseThrow(() -> new NotFoundException("Shift", String.valueOf(slotId)));
    }

    /**
     * Everyone in the period's unit the shift may go to without breaking a rule for either side: a hand-over,
     * or an exchange for one of their future shifts in the period not already in a pending swap.
     */
    public List<Choice> choicesFor(String me, long slotId) {
        Assignment mine = ownFutureShift(me, slotId);
        long periodId = periodOf(slotId);
        PlannedRoster planned = planning.load(periodId);
        SwapCheck check = planning.swapCheck(planned);
        LocalDate today = planning.today();
        List<Assignment> all = rosters.assignments(periodId);
        java.util.Set<Long> pending = store.slotsInOpenSwaps(periodId);
        List<Choice> choices = new ArrayList<>();
        for (String colleague : planned.employees().keySet().stream().sorted().toList()) {
            if (colleague.equals(me)) {
                continue;
            }
            if (check.violations(colleague, mine.id(), null).isEmpty()) {
                choices.add(new Choice(colleague, null));
            }
            for (Assignment theirs : all) {
                boolean candidate = colleague.equals(theirs.personId()) && theirs.date().isAfter(today)
                        && !(theirs.date().equals(mine.date()) && theirs.shiftCode().equals(mine.shiftCode()))
                        && !pending.contains(theirs.id());
                if (candidate && check.violations(colleague, mine.id(), theirs.id()).isEmpty()
                        && check.violations(me, theirs.id(), mine.id()).isEmpty()) {
                    choices.add(new Choice(colleague, theirs));
                }
            }
        }
        return choices;
    }

    /** Proposes the swap to the colleague; refused (422) when it would break a rule for either of them. */
    @Transactional
    public long propose(String me, long slotId, String colleagueId, Long colleagueSlotId) {
        Assignment mine = ownFutureShift(me, slotId);
        long periodId = periodOf(slotId);
        PlannedRoster planned = planning.load(periodId);
        if (colleagueId == null || colleagueId.equals(me) || !planned.employees().containsKey(colleagueId)) {
            throw new NotFoundException("Person", colleagueId);
        }
        if (colleagueSlotId != null) {
            Assignment theirs = rosters.assignment(periodId, colleagueSlotId).filter(a -> colleagueId.equals(a.personId()))
                    .orElseThrow(() -> new NotFoundException("Shift", String.valueOf(colleagueSlotId)));
            requireSwappable(planned.period(), theirs);
        }
        if (store.openSwapOn(slotId) || (colleagueSlotId != null && store.openSwapOn(colleagueSlotId))) {
            throw InvalidInputException.unprocessable("roster.swap.error.pending",
                    "One of the shifts is already in a swap waiting for an answer");
        }
        requireNoBrokenRule(planned, me, slotId, colleagueId, colleagueSlotId);
        long id = store.insert(periodId, me, slotId, colleagueId, colleagueSlotId);
        notices.aboutShift(colleagueId, periodId, mine, "swap_requested");
        return id;
    }

    private void requireNoBrokenRule(PlannedRoster planned, String proposer, long proposerSlot, String colleague,
            Long colleagueSlot) {
        SwapCheck check = planning.swapCheck(planned);
        List<RuleViolation> broken = new ArrayList<>(check.violations(colleague, proposerSlot, colleagueSlot));
        if (colleagueSlot != null) {
            broken.addAll(check.violations(proposer, colleagueSlot, proposerSlot));
        }
        if (!broken.isEmpty()) {
            throw new SwapBreaksRule(broken);
        }
    }

    /** The swaps the person proposed or was asked, newest first. */
    public List<SwapView> of(String me) {
        return views(store.swapsOf(me));
    }

    public List<SwapView> inPeriod(long periodId) {
        return views(store.swapsIn(periodId));
    }

    @Transactional
    public void accept(String me, long swapId) {
        Swap swap = partyTo(me, swapId);
        save(swap, swap.acceptBy(me));
        notices.aboutShift(swap.proposerId(), swap.periodId(), shift(swap.periodId(), swap.proposerSlotId()), "swap_accepted");
    }

    @Transactional
    public void decline(String me, long swapId) {
        Swap swap = partyTo(me, swapId);
        save(swap, swap.declineBy(me));
        notices.aboutShift(swap.proposerId(), swap.periodId(), shift(swap.periodId(), swap.proposerSlotId()), "swap_declined");
    }

    @Transactional
    public void withdraw(String me, long swapId) {
        Swap swap = partyTo(me, swapId);
        save(swap, swap.withdrawBy(me));
        notices.aboutShift(swap.colleagueId(), swap.periodId(), shift(swap.periodId(), swap.proposerSlotId()), "swap_withdrawn");
    }

    /**
     * The planner approves an accepted swap: both shifts still held as agreed, still ahead, and no hard rule
     * broken for either person after the swap; then the shifts change hands (pinned, stamped, short notice
     * flagged) and both are told. Otherwise 422 and nothing changes.
     */
    @Transactional
    public void approve(long periodId, long swapId) {
        Swap swap = inPeriod(periodId, swapId);
        Swap approved = swap.approve();
        Period period = planning.require(periodId);
        Assignment mine = shift(periodId, swap.proposerSlotId());
        Assignment theirs = swap.isExchange() ? shift(periodId, swap.colleagueSlotId()) : null;
        if (!swap.proposerId().equals(mine.personId()) || (theirs != null && !swap.colleagueId().equals(theirs.personId()))) {
            throw InvalidInputException.unprocessable("roster.swap.error.stale",
                    "One of the shifts has changed since the swap was proposed");
        }
        requireSwappable(period, mine);
        if (theirs != null) {
            requireSwappable(period, theirs);
        }
        requireNoBrokenRule(planning.load(periodId), swap.proposerId(), mine.id(), swap.colleagueId(), swap.colleagueSlotId());
        // approved before the shifts move, so moving them does not mark this very swap stale
        save(swap, approved);
        rosters.assignByHand(periodId, mine.id(), swap.colleagueId(), notices.isShortNotice(mine.date()));
        notices.aboutShift(swap.colleagueId(), periodId, mine, "swap_in");
        notices.aboutShift(swap.proposerId(), periodId, mine, "swap_out");
        if (theirs != null) {
            rosters.assignByHand(periodId, theirs.id(), swap.proposerId(), notices.isShortNotice(theirs.date()));
            notices.aboutShift(swap.proposerId(), periodId, theirs, "swap_in");
            notices.aboutShift(swap.colleagueId(), periodId, theirs, "swap_out");
        }
    }

    @Transactional
    public void reject(long periodId, long swapId) {
        Swap swap = inPeriod(periodId, swapId);
        save(swap, swap.reject());
        Assignment mine = shift(periodId, swap.proposerSlotId());
        notices.aboutShift(swap.proposerId(), periodId, mine, "swap_rejected");
        notices.aboutShift(swap.colleagueId(), periodId, mine, "swap_rejected");
    }

    private Swap partyTo(String me, long swapId) {
        return store.swap(swapId).map(Swaps::swap).filter(s -> s.involves(me))
                .orElseThrow(() -> new NotFoundException("Swap", String.valueOf(swapId)));
    }

    private Swap inPeriod(long periodId, long swapId) {
        return store.swap(swapId).map(Swaps::swap).filter(s -> s.periodId() == periodId)
                .orElseThrow(() -> new NotFoundException("Swap", String.valueOf(swapId)));
    }

    private void save(Swap before, Swap after) {
        if (!store.move(before.id(), before.status().code(), after.status().code())) {
            throw InvalidInputException.unprocessable("roster.swap.error.changed",
                    "The swap was changed meanwhile; reload the page");
        }
    }

    private Assignment shift(long periodId, long slotId) {
        return rosters.assignment(periodId, slotId)
                .orElseThrow(() -> new NotFoundException("Shift", String.valueOf(slotId)));
    }

    /** The swaps with their shifts, each period's shifts read once. */
    private List<SwapView> views(List<StoredSwap> stored) {
        Map<Long, Map<Long, Assignment>> shiftsByPeriod = new java.util.HashMap<>();
        return stored.stream().map(Swaps::swap).map(swap -> {
            Map<Long, Assignment> shifts = shiftsByPeriod.computeIfAbsent(swap.periodId(), p -> rosters.assignments(p)
                    .stream().collect(Collectors.toMap(Assignment::id, Function.identity())));
            return new SwapView(swap, shifts.get(swap.proposerSlotId()),
                    swap.isExchange() ? shifts.get(swap.colleagueSlotId()) : null);
        }).toList();
    }

    private static Swap swap(StoredSwap s) {
        return new Swap(s.id(), s.periodId(), s.proposerId(), s.proposerSlotId(), s.colleagueId(), s.colleagueSlotId(),
                SwapStatus.fromCode(s.status()), s.createdAt());
    }
}
