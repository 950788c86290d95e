package dk.tilknyt.roster.optimiser;

import java.time.Duration;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.RosterConstraints;
import dk.tilknyt.roster.solver.ShiftSlot;

/**
 * The solver wired by hand (no Timefold starter for Boot 4): own-layer construction, a construction
 * heuristic for what is left open, late acceptance until no shift is open and no hard rule broken, then
 * tabu search until the time limit. Late acceptance is better at closing the last open shifts (it takes the
 * detours that needs); tabu search then improves the soft score about a fifth more than late acceptance in
 * the same number of moves on the generated 60-person unit. One move thread: the machines have two cores
 * shared with the web application.
 */
public final class RosterSolverSettings {

    /** Any score at least this good has no hard rule broken and no shift open. */
    private static final HardMediumSoftScore NOTHING_OPEN_OR_BROKEN = HardMediumSoftScore.of(0, 0, Long.MIN_VALUE);
    private static final Duration CLOSING_PATIENCE = Duration.ofSeconds(20);

    private RosterSolverSettings() {
    }

    public static SolverConfig solverConfig(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftSlot.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommands(new OwnLayerConstruction()),
                        new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig()
                                .withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                                .withTerminationConfig(new TerminationConfig()
                                        .withBestScoreLimit(NOTHING_OPEN_OR_BROKEN.toString())
                                        .withUnimprovedSpentLimit(CLOSING_PATIENCE)),
                        new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.TABU_SEARCH))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    public static SolverFactory<Roster> solverFactory(Duration limit) {
        return SolverFactory.create(solverConfig(limit));
    }
}
