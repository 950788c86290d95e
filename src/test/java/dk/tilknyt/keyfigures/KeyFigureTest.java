package dk.tilknyt.keyfigures;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import dk.tilknyt.support.DatabaseTest;

/**
 * A database test of the key figures (H2, and PostgreSQL in CI) with the clock fixed at
 * {@link #TODAY}; one shared Spring context for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DatabaseTest
@AutoConfigureMockMvc
@Import(KeyFigureTest.FixedClock.class)
public @interface KeyFigureTest {

    /** Thursday 15 January 2026, noon in Copenhagen. */
    String TODAY = "2026-01-15";

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            ZoneId copenhagen = ZoneId.of("Europe/Copenhagen");
            return Clock.fixed(Instant.parse(TODAY + "T11:00:00Z"), copenhagen);
        }
    }
}
