package dk.tilknyt.roster.planning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.ShiftSlot;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.shared.InvalidInputException;

/**
 * Solves a period in the background with the lazy {@link SolverManager}: keeps the best score over time for
 * the progress view, can be stopped, and writes the final best roster back to the store. Progress lives in
 * memory; a period a restart left "solving" is put back at start-up by {@link InterruptedSolves}.
 */
@Service
public class RosterSolving {

    private static final Logger log = LoggerFactory.getLogger(RosterSolving.class);
    public static final int MAX_SECONDS = 600;

    /** One improvement of the best roster: seconds since the start and the score. */
    public record Progress(double seconds, String score, long openSlots) {
    }

    public record Run(Instant started, List<Progress> steps, boolean finished, String error) {
        /** The last few improvements, for the progress view. */
        public List<Progress> recent() {
            List<Progress> all = List.copyOf(steps);
            return all.subList(Math.max(0, all.size() - 8), all.size());
        }
    }

    private final ObjectProvider<SolverManager<Roster>> solverManager;
    private final RosterPlanning planning;
    private final RosterStore store;
    private final Clock clock;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    RosterSolving(ObjectProvider<SolverManager<Roster>> solverManager, RosterPlanning planning, RosterStore store,
            Clock clock) {
        this.solverManager = solverManager;
        this.planning = planning;
        this.store = store;
        this.clock = clock;
    }

    public void start(long periodId, int seconds) {
        Period period = planning.require(periodId);
        if (period.status() == PeriodStatus.SOLVING || period.status() == PeriodStatus.PUBLISHED) {
            throw InvalidInputException.unprocessable("roster.error.status", "The period cannot be solved now");
        }
        int limit = Math.clamp(seconds, 1, MAX_SECONDS);
        planning.prepareSlots(periodId);
        Roster problem = planning.load(periodId).roster();
        PeriodStatus before = period.status();
        Instant started = Instant.now(clock);
        List<Progress> steps = new CopyOnWriteArrayList<>();
        runs.put(periodId, new Run(started, steps, false, null));
        store.setStatus(periodId, PeriodStatus.SOLVING);
        solverManager.getObject().solveBuilder()
                .withProblemId(periodId)
                .withProblem(problem)
                .withConfigOverride(new SolverConfigOverride().withTerminationSpentLimit(Duration.ofSeconds(limit)))
                .withBestSolutionEventConsumer(event -> steps.add(progress(started, event.solution())))
                .withFinalBestSolutionEventConsumer(event -> finish(periodId, started, steps, event.solution()))
                .withExceptionHandler((id, error) -> {
                    log.warn("Solving roster period {} failed", id, error);
                    store.setStatus(periodId, before);
                    runs.put(periodId, new Run(started, steps, true, error.getClass().getSimpleName()));
                })
                .run();
    }

    private Progress progress(Instant started, Roster roster) {
        double seconds = Duration.between(started, Instant.now(clock)).toMillis() / 1000.0;
        return new Progress(seconds, String.valueOf(roster.getScore()), roster.openSlotCount());
    }

    private void finish(long periodId, Instant started, List<Progress> steps, Roster best) {
        for (ShiftSlot slot : best.getSlots()) {
            if (!slot.isPinned()) {
                store.assignSolved(periodId, slot.getId(), slot.isOpen() ? null : slot.getEmployee().id());
            }
        }
        store.solved(periodId, String.valueOf(best.getScore()));
        steps.add(progress(started, best));
        runs.put(periodId, new Run(started, steps, true, null));
    }

    public void stop(long periodId) {
        if (runs.containsKey(periodId)) {
            solverManager.getObject().terminateEarly(periodId);
        }
    }

    /** The current or last run of this period, if one ran since start-up. */
    public Run run(long periodId) {
        return runs.get(periodId);
    }
}
