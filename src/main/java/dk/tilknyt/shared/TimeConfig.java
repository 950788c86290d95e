package dk.tilknyt.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock all logic reads time from, so deadlines and figures are testable. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(COPENHAGEN);
    }
}
