package dk.tilknyt.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;

import org.slf4j.LoggerFactory;

import dk.tilknyt.roster.generator.RosterCsv;
import dk.tilknyt.roster.generator.UnitRosterGenerator;
import dk.tilknyt.roster.optimiser.RosterSolverSettings;
import dk.tilknyt.roster.rules.RosterRuleChecker;
import dk.tilknyt.roster.rules.RuleReport;
import dk.tilknyt.roster.solver.Roster;

/**
 * {@code roster --staff N --weeks W --seconds S [--out DIR] [--seed S]} (bench.md): solves a generated unit
 * for S seconds and prints one JSON line. {@code feasible_after_s} is the first moment the best roster has
 * no hard rule broken and no shift open, as the rule checker (not the score) sees it; -1 if never.
 * {@code cpu_per_wall} (up to 2 on two cores) shows how loaded the machine was, and
 * {@code move_eval_per_cpu_s} the speed per CPU second of this JVM (solver plus JIT and GC).
 */
public final class RosterBench {

    private RosterBench() {
    }

    /** CPU time of the whole JVM: on a shared machine, speed per CPU second says more than per wall second. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        int staff = 60;
        int weeks = 6;
        int seconds = 60;
        long seed = 1;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--staff" -> staff = Integer.parseInt(args[++i]);
                case "--weeks" -> weeks = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --staff N --weeks W --seconds S [--out DIR] [--seed S]");
            }
        }
        // bench.md: stdout carries only JSON lines, so the solver's progress log stays quiet.
        if (LoggerFactory.getLogger("ai.timefold") instanceof ch.qos.logback.classic.Logger timefoldLog) {
            timefoldLog.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Roster problem = UnitRosterGenerator.generate(staff, weeks, seed);
        RosterRuleChecker checker = new RosterRuleChecker();
        AtomicLong feasibleAfterMillis = new AtomicLong(-1);
        AtomicLong startedNanos = new AtomicLong(System.nanoTime());

        SolverFactory<Roster> factory = RosterSolverSettings.solverFactory(Duration.ofSeconds(seconds));
        try (SolverManager<Roster> manager = SolverManager.create(factory)) {
            long cpuBefore = processCpuNanos();
            long wallBefore = System.nanoTime();
            SolverJob<Roster> job = manager.solveBuilder()
                    .withProblemId(1L)
                    .withProblem(problem)
                    .withSolverJobStartedEventConsumer(event -> startedNanos.set(System.nanoTime()))
                    .withBestSolutionEventConsumer(event -> {
                        HardMediumSoftScore score = (HardMediumSoftScore) event.solution().getScore();
                        if (feasibleAfterMillis.get() < 0 && score.hardScore() == 0 && score.mediumScore() == 0
                                && checker.check(event.solution()).isFeasible()) {
                            feasibleAfterMillis.set((System.nanoTime() - startedNanos.get()) / 1_000_000);
                        }
                    })
                    .run();
            Roster best = job.getFinalBestSolution();
            double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
            RuleReport report = checker.check(best);
            HardMediumSoftScore score = best.getScore();
            System.out.println(String.format(Locale.ROOT,
                    "{\"bench\":\"roster\",\"staff\":%d,\"weeks\":%d,\"slots\":%d,\"seconds\":%d,\"feasible_after_s\":%s,"
                            + "\"hard\":%d,\"open_shifts\":%d,\"soft\":%d,\"wish_fulfilment_pct\":%.1f,"
                            + "\"score_calc_per_s\":%d,\"move_eval_per_s\":%d,\"checker_hard_violations\":%d,"
                            + "\"cpu_per_wall\":%.2f,\"move_eval_per_cpu_s\":%d}",
                    staff, weeks, best.getSlots().size(), seconds,
                    feasibleAfterMillis.get() < 0 ? "-1" : String.format(Locale.ROOT, "%.2f", feasibleAfterMillis.get() / 1000.0),
                    score.hardScore(), report.openSlots().size(), score.softScore(), report.wishFulfilmentPercent(),
                    job.getScoreCalculationSpeed(), job.getMoveEvaluationSpeed(), report.violations().size(),
                    cpuSeconds / wallSeconds, (long) (job.getMoveEvaluationCount() / Math.max(cpuSeconds, 0.001))));
            if (out != null) {
                RosterCsv.write(best, out);
            }
        }
    }
}
