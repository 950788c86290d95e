package dk.tilknyt.roster.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.CoverageStore;
import dk.tilknyt.roster.store.CoverageStore.ExternalCover;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Assignment;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.shared.CprNumbers;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * An open shift of a published roster covered by an external temp from an agency (vikarbureau), and undone. Only
 * the agency's name is kept, never the temp's; hours only when they differ from the shift.
 */
@Service
public class ExternalTemps {

    public static final int MAX_AGENCY_LENGTH = 120;
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.25");
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    private final RosterPlanning planning;
    private final CoverageStore store;
    private final OpenShiftStore bids;
    private final RosterStore rosters;
    private final RosterNotices notices;

    ExternalTemps(RosterPlanning planning, CoverageStore store, OpenShiftStore bids, RosterStore rosters,
            RosterNotices notices) {
        this.planning = planning;
        this.store = store;
        this.bids = bids;
        this.rosters = rosters;
        this.notices = notices;
    }

    @Transactional
    public void cover(long periodId, long slotId, String agency, String hours) {
        PlannedRoster planned = planning.load(periodId);
        if (planned.period().status() != PeriodStatus.PUBLISHED) {
            throw InvalidInputException.unprocessable("roster.error.notPublished", "Only a published roster has open shifts");
        }
        ShiftSlot slot = planned.slots().get(slotId);
        if (slot == null) {
            throw new NotFoundException("Shift", String.valueOf(slotId));
        }
        if (!slot.isOpen()) {
            throw InvalidInputException.unprocessable("roster.error.notOpen", "The shift is no longer open");
        }
        if (!store.markExternal(periodId, slotId, agency(agency), minutes(hours))) {
            throw InvalidInputException.unprocessable("roster.error.notOpen", "The shift is no longer open");
        }
        // the staff who bid for it learn at once that it is covered, rather than waiting on a pending bid
        Assignment shift = rosters.assignment(periodId, slotId).orElseThrow();
        bids.declineOpenBids(slotId).forEach(b -> notices.aboutShift(b.personId(), periodId, shift, "bid_external"));
    }

    /** The period's shifts covered by external temps. */
    public List<ExternalCover> covers(long periodId) {
        return store.externalCovers(periodId);
    }

    /** The shift is open again, offered as before, and the bids declined when it was covered stand again. */
    @Transactional
    public void undo(long periodId, long slotId) {
        planning.require(periodId);
        boolean covered = covers(periodId).stream().anyMatch(e -> e.slotId() == slotId);
        if (!covered || !store.undoExternal(periodId, slotId)) {
            throw new NotFoundException("External temp", String.valueOf(slotId));
        }
        bids.reopenDeclinedBids(slotId);
    }

    static String agency(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > MAX_AGENCY_LENGTH) {
            throw InvalidInputException.unprocessable("roster.cover.error.agencyLength",
                    "The agency's name is at most 120 characters");
        }
        if (CprNumbers.containsCpr(trimmed)) {
            throw InvalidInputException.unprocessable("roster.cover.error.cpr",
                    "Write only the agency's name; a CPR number is never stored");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Hours such as "7,5" or "7.5" as minutes; blank means the shift's own length. */
    static Integer minutes(String hours) {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(hours.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.unprocessable("roster.cover.error.hours", "Hours are a number from 0.25 to 24");
        }
        if (value.compareTo(MIN_HOURS) < 0 || value.compareTo(MAX_HOURS) > 0) {
            throw InvalidInputException.unprocessable("roster.cover.error.hours", "Hours are a number from 0.25 to 24");
        }
        return value.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
