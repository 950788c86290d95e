package dk.tilknyt.roster.optimiser;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dk.tilknyt.roster.solver.Roster;
import dk.tilknyt.roster.solver.RosterConstraints;
import dk.tilknyt.roster.solver.ShiftSlot;

/**
 * The solver wired by hand (no Timefold starter for Boot 4): own-layer construction, a construction
 * heuristic for what is left open, then local search until the time limit. One move thread: the machines
 * have two cores shared with the web application.
 */
public final class RosterSolverSettings {

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
                        new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    public static SolverFactory<Roster> solverFactory(Duration limit) {
        return SolverFactory.create(solverConfig(limit));
    }
}
