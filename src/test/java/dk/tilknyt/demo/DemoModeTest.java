package dk.tilknyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** api.md "Running": TILKNYT_DEMO defaults to true on the embedded H2 database and false otherwise. */
class DemoModeTest {

    static final String H2 = "jdbc:h2:file:./data/tilknyt;MODE=PostgreSQL";
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/tilknyt";

    @Test
    void unsetIsOnForTheEmbeddedDatabaseAndOffForPostgres() {
        assertThat(mode(null, H2).enabled()).isTrue();
        assertThat(mode(null, POSTGRES).enabled()).isFalse();
        assertThat(mode("", H2).enabled()).isTrue();
    }

    @Test
    void anExplicitSettingWinsOverTheDatabase() {
        assertThat(mode("false", H2).enabled()).isFalse();
        assertThat(mode("true", POSTGRES).enabled()).isTrue();
        assertThat(mode(" TRUE ", POSTGRES).enabled()).isTrue();
    }

    static DemoMode mode(String setting, String url) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        if (setting != null) {
            environment.setProperty("tilknyt.demo", setting);
        }
        return new DemoMode(environment);
    }
}
