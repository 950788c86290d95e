package dk.tilknyt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import dk.tilknyt.demo.DemoLoader.Loaded;
import dk.tilknyt.demo.DemoUsers.DemoUser;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;

/**
 * Demo mode at start-up. An empty database is loaded in the background once the application is up
 * (health answers OUT_OF_SERVICE until it is done), then a block with the URL and every demo user is
 * printed; with data present nothing is generated and the block is printed again. With demo mode off,
 * demo users left from an earlier demo run are removed.
 */
@Component("demoLoading")
class DemoStartup implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoMode mode;
    private final DemoLoader loader;
    private final DemoUsers users;
    private final OrgDirectory org;
    private final Clock clock;
    private final Environment environment;
    private final int employees;
    private final long seed;
    private volatile boolean loading;

    DemoStartup(DemoMode mode, DemoLoader loader, DemoUsers users, OrgDirectory org, Clock clock,
                Environment environment,
                @Value("${tilknyt.demo-employees:1500}") int employees,
                @Value("${tilknyt.demo-seed:" + GeneratorSettings.DEFAULT_SEED + "}") long seed) {
        this.mode = mode;
        this.loader = loader;
        this.users = users;
        this.org = org;
        this.clock = clock;
        this.environment = environment;
        this.employees = employees;
        this.seed = seed;
        this.loading = mode.enabled() && loader.databaseIsEmpty();
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        if (!loading) {
            loadIfNeeded();
            return;
        }
        log.info("Demo: loading the demo municipality Solby Kommune into the empty database; "
                + "/actuator/health answers UP when it is done");
        Thread.ofPlatform().name("demo-loader").daemon(true).start(() -> {
            try {
                loadIfNeeded();
            } catch (RuntimeException e) {
                log.error("Demo: loading the demo municipality failed; the database may be partly loaded. "
                        + "Remove ./data and start again, or set TILKNYT_DEMO=false.", e);
            }
        });
    }

    /** What start-up does, synchronously: load when in demo mode and the database is empty. */
    Optional<Loaded> loadIfNeeded() {
        try {
            return load();
        } finally {
            loading = false;
        }
    }

    private Optional<Loaded> load() {
        if (!mode.enabled()) {
            int removed = users.removeAll();
            if (removed > 0) {
                log.warn("Demo mode is off: removed {} demo user(s) left from a demo run", removed);
            }
            return Optional.empty();
        }
        if (!loader.databaseIsEmpty()) {
            List<DemoUser> existing = users.existing();
            if (!existing.isEmpty()) {
                log.info(banner(existing, "Demo users (passwords as created, unless changed)"));
            }
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Loaded loaded = loader.load(new GeneratorSettings(employees, 5, today, seed));
        log.info(banner(loaded.users(), String.format(Locale.ROOT,
                "Demo municipality Solby Kommune loaded in %.0f s: %d employed today, %d absence rows, %d postings",
                loaded.seconds(), loaded.employedToday(), loaded.files().absences(), loaded.files().postings())));
        return Optional.of(loaded);
    }

    @Override
    public Health health() {
        return loading ? Health.outOfService().build() : Health.up().build();
    }

    private String banner(List<DemoUser> demoUsers, String headline) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        String rule = "=".repeat(100);
        StringBuilder b = new StringBuilder("\n").append(rule).append('\n')
                .append("  Tilknyt demo - ").append(headline).append('\n')
                .append("  Open http://localhost:").append(port).append(path).append("/ and sign in as:\n\n")
                .append(String.format(Locale.ROOT, "  %-22s %-28s %-9s %s%n", "username", "password", "role", "scope"));
        for (DemoUser user : demoUsers) {
            b.append(String.format(Locale.ROOT, "  %-22s %-28s %-9s %s%n", user.username(), user.password(), user.role(),
                    scope(user)));
        }
        return b.append("\n  Demo users exist only in demo mode (TILKNYT_DEMO=false removes them).\n").append(rule).toString();
    }

    private String scope(DemoUser user) {
        if (user.personId() != null) {
            return "own data (person " + user.personId() + ")";
        }
        if (user.scope() == null) {
            return "the whole municipality";
        }
        return org.find(user.scope()).map(OrgUnit::name).orElse(user.scope()) + " (" + user.scope() + ")";
    }
}
