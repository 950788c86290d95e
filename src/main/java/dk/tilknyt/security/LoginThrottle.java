package dk.tilknyt.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} wrong passwords in a row a username is
 * locked for {@link #LOCK} (form login and HTTP Basic alike); a correct password resets the count.
 * Kept in memory: a restart forgets it, which is acceptable for a brake (not an audit record).
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.count() >= MAX_FAILURES && clock.instant().isBefore(f.last().plus(LOCK));
    }

    void failed(String username) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> now.isAfter(f.last().plus(LOCK)));
        }
        failures.merge(key(username), new Failures(1, now), (old, one) ->
                now.isAfter(old.last().plus(LOCK)) ? one : new Failures(old.count() + 1, now));
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
