package dk.tilknyt.demo;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * api.md "Running": {@code TILKNYT_DEMO} ({@code tilknyt.demo}) loads the demo municipality into an empty
 * database; unset, it is on for the embedded H2 database and off for any other.
 */
@Component
class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        this.enabled = resolve(environment.getProperty("tilknyt.demo"), environment.getProperty("spring.datasource.url"));
    }

    static boolean resolve(String setting, String datasourceUrl) {
        if (setting != null && !setting.isBlank()) {
            return Boolean.parseBoolean(setting.trim());
        }
        return datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:");
    }

    boolean enabled() {
        return enabled;
    }
}
