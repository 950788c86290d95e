package dk.tilknyt.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import dk.tilknyt.roster.planning.OpenShifts;
import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.planning.RosterSolving;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.Terms;

/**
 * Setting up rosters from outside the module (the demo municipality): the same steps a planner and the staff
 * take on the pages, with the same checks, as plain calls. Solving here waits for the solver, so it belongs
 * in background work, never in a request.
 */
@Service
public class RosterSetup {

    /** One line of a unit's weekly demand: ISO weekday (1 = Monday), shift code, skill, how many people. */
    public record Need(int weekday, String shift, String skill, int staff) {
    }

    /** A shift slot of a period and who is on it ({@code null}: open). */
    public record Slot(long id, LocalDate date, String shift, String skill, String personId) {
    }

    private final RosterPlanning planning;
    private final RosterSolving solving;
    private final OpenShifts openShifts;
    private final RosterStore store;
    private final OpenShiftStore pool;

    RosterSetup(RosterPlanning planning, RosterSolving solving, OpenShifts openShifts, RosterStore store,
            OpenShiftStore pool) {
        this.planning = planning;
        this.solving = solving;
        this.openShifts = openShifts;
        this.store = store;
        this.pool = pool;
    }

    /** Today by the application's clock. */
    public LocalDate today() {
        return planning.today();
    }

    /** Whether the unit has any roster period (set-up already done). */
    public boolean hasPeriods(String unitId) {
        return !store.periods(unitId).isEmpty();
    }

    /** The unit's weekly demand, with the default shift times (day 07–15, evening 15–23, night 23–07). */
    public void saveDemand(String unitId, List<Need> needs) {
        planning.saveDemand(unitId, RosterStore.DEFAULT_SHIFTS,
                needs.stream().map(n -> new DemandLine(n.weekday(), n.shift(), n.skill(), n.staff())).toList());
    }

    /** A person's roster terms: weekend every 2nd/3rd/4th, extra skills such as {@code medicine}, no nights. */
    public void saveTerms(String personId, int weekendEvery, Set<String> extraSkills, boolean noNights) {
        store.saveTerms(personId, new Terms(weekendEvery, extraSkills, noNights));
    }

    /** Makes the person a member of the substitute pool that covers every unit under {@code poolUnitId}. */
    public void savePoolMember(String personId, String homeUnitId, String poolUnitId) {
        pool.savePoolMember(new OpenShiftStore.PoolMember(personId, homeUnitId, poolUnitId));
    }

    /** A new period (starting on a Monday, 4–12 weeks) opened for wishes; returns its id. */
    public long openPeriodForWishes(String unitId, LocalDate firstDay, int weeks) {
        long id = planning.createPeriod(unitId, firstDay, weeks);
        planning.openForWishes(id);
        return id;
    }

    /** A wish: kind {@code off}, {@code want} or {@code avoid}, layer or null, priority 1 (most) to 3. */
    public void addWish(long periodId, String personId, LocalDate date, String kind, String layer, int priority) {
        planning.addWish(periodId, personId, date, kind, layer, priority);
    }

    /** Solves the period for at most {@code seconds} and waits for the result; returns the score. */
    public String solve(long periodId, int seconds) {
        solving.start(periodId, seconds);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds + 60L).toNanos();
        RosterSolving.Run run = solving.run(periodId);
        while (!run.finished()) {
            if (System.nanoTime() > deadline) {
                solving.stop(periodId);
                throw new IllegalStateException("Solving roster period " + periodId + " did not finish");
            }
            sleep();
            run = solving.run(periodId);
        }
        if (run.error() != null) {
            throw new IllegalStateException("Solving roster period " + periodId + " failed: " + run.error());
        }
        return planning.require(periodId).score();
    }

    /** Publishes a solved period; a reason is needed when it is late (less than 4 weeks before the start). */
    public void publish(long periodId, String lateReason) {
        planning.publish(periodId, lateReason);
    }

    public List<Slot> slots(long periodId) {
        return store.assignments(periodId).stream()
                .map(a -> new Slot(a.id(), a.date(), a.shiftCode(), a.skill(), a.personId())).toList();
    }

    /** Takes the person off the slot by hand, as a planner does when someone calls in sick: the shift is open. */
    public void open(long periodId, long slotId) {
        planning.assign(periodId, slotId, null);
    }

    /** The open shifts the person may bid for (ids of their slots). */
    public List<Long> offeredTo(String personId) {
        return openShifts.offersFor(personId).stream().map(OpenShifts.Offer::slotId).toList();
    }

    /** A bid for an open shift offered to the person. */
    public void bid(String personId, long slotId) {
        openShifts.bid(personId, slotId);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving", e);
        }
    }
}
