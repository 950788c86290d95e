package dk.tilknyt.roster.planning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;

/**
 * Solves run in memory, so a restart cuts them off and leaves their periods "solving" for good. At start-up
 * every such period goes back to "solved" when it has assigned slots (the last result still stands), else to
 * "wishes_open", and is flagged so its page says once that the calculation was interrupted.
 */
@Component
class InterruptedSolves {

    private static final Logger log = LoggerFactory.getLogger(InterruptedSolves.class);

    private final RosterStore store;

    InterruptedSolves(RosterStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        for (long periodId : store.periodsSolving()) {
            PeriodStatus back = store.hasAssignedSlot(periodId) ? PeriodStatus.SOLVED : PeriodStatus.WISHES_OPEN;
            store.solveInterrupted(periodId, back);
            log.warn("Roster period {} was being solved when Tilknyt stopped; it is {} again", periodId, back.code());
        }
    }
}
