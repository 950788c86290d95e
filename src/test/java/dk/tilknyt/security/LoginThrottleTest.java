package dk.tilknyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Copenhagen");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    @Test
    void fourWrongPasswordsDoNotLock() {
        fail("anne", LoginThrottle.MAX_FAILURES - 1);
        assertThat(throttle.isLocked("anne")).isFalse();
    }

    @Test
    void fiveWrongPasswordsLockForFiveMinutesWhateverTheCase() {
        fail("Anne", LoginThrottle.MAX_FAILURES);
        assertThat(throttle.isLocked("anne")).isTrue();
        clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.isLocked("anne")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("anne")).isFalse();
    }

    @Test
    void aCorrectPasswordResetsTheCount() {
        fail("anne", LoginThrottle.MAX_FAILURES - 1);
        throttle.succeeded("anne");
        fail("anne", 1);
        assertThat(throttle.isLocked("anne")).isFalse();
    }

    @Test
    void failuresLongAgoAreForgotten() {
        fail("anne", LoginThrottle.MAX_FAILURES - 1);
        clock.advance(LoginThrottle.LOCK.plusSeconds(1));
        fail("anne", 1);
        assertThat(throttle.isLocked("anne")).isFalse();
    }

    @Test
    void oneUsernameDoesNotLockAnother() {
        fail("anne", LoginThrottle.MAX_FAILURES);
        assertThat(throttle.isLocked("bo")).isFalse();
    }
}
