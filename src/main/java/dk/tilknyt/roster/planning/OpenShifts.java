package dk.tilknyt.roster.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.NoticeStore;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.OpenShiftStore.Bid;
import dk.tilknyt.roster.store.OpenShiftStore.PoolMember;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Assignment;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Open shifts (slots of a published period with nobody on them) offered to the unit's staff and to pool members
 * whose pool covers the unit, but only to those for whom taking the shift breaks no rule. They bid; the leader
 * allocates, helped by a suggestion by a fair, visible rule: the bidder with the fewest extra shifts taken in the
 * last {@value #FAIRNESS_WEEKS} weeks, and among equals the earliest bid.
 */
@Service
public class OpenShifts {

    public static final int FAIRNESS_WEEKS = 8;

    /** An open shift someone may take; opened by sickness when its holder was reported sick. */
    public record Offer(long periodId, String unitId, long slotId, LocalDate date, String shiftCode, String skill,
                        boolean openedBySickness) {
    }

    /** A bid with the bidder's extra shifts in the last weeks, the suggestion rule's measure. */
    public record RankedBid(Bid bid, int extraShiftsLately) {
    }

    /** An open shift with its bids, best first by the rule, and the suggested bid (none without bids). */
    public record OpenShift(long slotId, LocalDate date, String shiftCode, String skill, List<RankedBid> bids,
                            Optional<RankedBid> suggested, boolean openedBySickness) {
    }

    private final RosterPlanning planning;
    private final RosterStore rosters;
    private final OpenShiftStore store;
    private final OrgDirectory org;
    private final RosterNotices notices;
    private final NoticeStore noticeStore;

    OpenShifts(RosterPlanning planning, RosterStore rosters, OpenShiftStore store, OrgDirectory org,
            RosterNotices notices, NoticeStore noticeStore) {
        this.planning = planning;
        this.rosters = rosters;
        this.store = store;
        this.org = org;
        this.notices = notices;
        this.noticeStore = noticeStore;
    }

    /** Open shifts from today on the person may take without breaking a rule, in their units and their pool's. */
    public List<Offer> offersFor(String personId) {
        LocalDate today = planning.today();
        Set<String> units = unitsOf(personId, today);
        List<Offer> offers = new ArrayList<>();
        for (long periodId : store.publishedPeriodsFrom(today)) {
            Period period = planning.require(periodId);
            if (period.lastDay().isBefore(today) || !units.contains(period.unitId())) {
                continue;
            }
            PlannedRoster planned = planning.load(periodId);
            Set<Long> bySickness = rosters.openedBySickness(periodId);
            for (ShiftSlot slot : planned.slots().values()) {
                // the person reported sick is not offered their own shift back
                boolean ownSickShift = bySickness.contains(slot.getId())
                        && noticeStore.sickFrom(slot.getId()).filter(personId::equals).isPresent();
                if (slot.isOpen() && !slot.date().isBefore(today) && !ownSickShift
                        && planning.violationsIfTaken(planned, slot.getId(), personId).isEmpty()) {
                    offers.add(new Offer(periodId, period.unitId(), slot.getId(), slot.date(), slot.shift().id(),
                            slot.requiredSkill().code(), bySickness.contains(slot.getId())));
                }
            }
        }
        return offers;
    }

    /** The units whose open shifts the person may see: where they work now, and every unit under their pool. */
    private Set<String> unitsOf(String personId, LocalDate today) {
        Set<String> units = new LinkedHashSet<>();
        rosters.periodsOf(personId).stream().map(Period::unitId).forEach(units::add);
        Optional<PoolMember> pool = store.poolMember(personId);
        pool.ifPresent(p -> {
            units.add(p.homeUnitId());
            units.addAll(org.subtree(p.poolUnitId()));
        });
        return units;
    }

    public List<Bid> bidsOf(String personId) {
        return store.bidsOf(personId);
    }

    /** A bid on an offered shift; a shift not offered to the person is not found for them. */
    @Transactional
    public long bid(String personId, long slotId) {
        Offer offer = offersFor(personId).stream().filter(o -> o.slotId() == slotId).findFirst()
                .orElseThrow(() -> new NotFoundException("Open shift", String.valueOf(slotId)));
        if (store.bidsOf(personId).stream().anyMatch(b -> b.slotId() == slotId)) {
            throw InvalidInputException.unprocessable("roster.error.alreadyBid", "You have already bid for this shift");
        }
        return store.bid(offer.periodId(), slotId, offer.date(), offer.shiftCode(), offer.skill(), personId);
    }

    /** Withdraws one's own open bid; another person's bid is not found. */
    public void withdraw(String personId, long bidId) {
        Bid bid = store.bid(bidId).filter(b -> b.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Bid", String.valueOf(bidId)));
        if (!"bid".equals(bid.status())) {
            throw InvalidInputException.unprocessable("roster.error.bidDecided", "The bid has already been decided");
        }
        store.withdraw(bidId);
    }

    /** The period's open shifts with their bids, ranked and with the suggestion. */
    public List<OpenShift> board(long periodId) {
        PlannedRoster planned = planning.load(periodId);
        Map<Long, List<Bid>> bids = store.bidsOn(periodId).stream().filter(b -> "bid".equals(b.status()))
                .collect(Collectors.groupingBy(Bid::slotId));
        LocalDate today = planning.today();
        Set<Long> bySickness = rosters.openedBySickness(periodId);
        List<OpenShift> open = new ArrayList<>();
        for (ShiftSlot slot : planned.slots().values()) {
            if (!slot.isOpen()) {
                continue;
            }
            List<RankedBid> ranked = rank(bids.getOrDefault(slot.getId(), List.of()), today);
            open.add(new OpenShift(slot.getId(), slot.date(), slot.shift().id(), slot.requiredSkill().code(), ranked,
                    ranked.stream().findFirst(), bySickness.contains(slot.getId())));
        }
        return open;
    }

    /** Fewest extra shifts taken in the last 8 weeks (allocated bids up to today) first; ties by the earliest bid. */
    List<RankedBid> rank(List<Bid> bids, LocalDate today) {
        return bids.stream()
                .map(b -> new RankedBid(b, store.allocatedBetween(b.personId(), today.minusWeeks(FAIRNESS_WEEKS), today)))
                .sorted(Comparator.comparingInt(RankedBid::extraShiftsLately)
                        .thenComparing(r -> r.bid().createdAt())
                        .thenComparingLong(r -> r.bid().id()))
                .toList();
    }

    /** Gives the open shift to the bidder (pinned); the other bids on it are declined. Returns short notice. */
    @Transactional
    public boolean allocate(long periodId, long slotId, long bidId) {
        Period period = planning.require(periodId);
        if (period.status() != PeriodStatus.PUBLISHED) {
            throw InvalidInputException.unprocessable("roster.error.notPublished", "Only a published roster has open shifts");
        }
        Bid bid = store.bid(bidId).filter(b -> b.periodId() == periodId && b.slotId() == slotId && "bid".equals(b.status()))
                .orElseThrow(() -> new NotFoundException("Bid", String.valueOf(bidId)));
        boolean shortNotice = planning.take(periodId, slotId, bid.personId());
        List<Bid> others = store.bidsOn(periodId).stream()
                .filter(b -> b.slotId() == slotId && b.id() != bidId && "bid".equals(b.status())).toList();
        store.allocated(slotId, bidId);
        Assignment shift = rosters.assignment(periodId, slotId).orElseThrow();
        notices.aboutShift(bid.personId(), periodId, shift, "allocated");
        others.forEach(b -> notices.aboutShift(b.personId(), periodId, shift, "bid_declined"));
        return shortNotice;
    }
}
