package dk.tilknyt.roster.optimiser;

import java.time.Duration;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dk.tilknyt.roster.solver.Roster;

/** The solver manager that runs roster solves in the background, keyed by roster id. */
@Configuration(proxyBeanMethods = false)
class RosterSolverConfiguration {

    @Bean
    @Lazy
    SolverFactory<Roster> rosterSolverFactory(@Value("${tilknyt.roster.solve-seconds:60}") long seconds) {
        return RosterSolverSettings.solverFactory(Duration.ofSeconds(seconds));
    }

    @Bean(destroyMethod = "close")
    @Lazy
    SolverManager<Roster> rosterSolverManager(SolverFactory<Roster> rosterSolverFactory) {
        return SolverManager.create(rosterSolverFactory);
    }
}
