package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.conversations.domain.FollowUpSettings;

/**
 * The settings HR changes (the senior age) and the day Tilknyt started following up: items due before
 * it are not created, since earlier follow-up happened outside Tilknyt. That day is fixed on the first
 * refresh (today minus a look-back, default 60 days) unless {@code tilknyt.conversations.follow-up-since}
 * names it.
 */
@Repository
public class SettingsStore {

    static final String SENIOR_AGE = "senior_age";
    static final String SINCE = "follow_up_since";

    private final JdbcClient jdbc;
    private final String configuredSince;
    private final int lookbackDays;

    SettingsStore(JdbcClient jdbc,
                  @Value("${tilknyt.conversations.follow-up-since:}") String configuredSince,
                  @Value("${tilknyt.conversations.follow-up-lookback-days:60}") int lookbackDays) {
        this.jdbc = jdbc;
        this.configuredSince = configuredSince;
        this.lookbackDays = lookbackDays;
    }

    public FollowUpSettings settings() {
        return value(SENIOR_AGE).map(Integer::parseInt)
                .map(FollowUpSettings.defaults()::withSeniorAge)
                .orElse(FollowUpSettings.defaults());
    }

    public void setSeniorAge(int age) {
        put(SENIOR_AGE, Integer.toString(age));
    }

    /** The first day items are followed up from; fixed on first use. */
    public LocalDate since(LocalDate today) {
        if (!configuredSince.isBlank()) {
            return LocalDate.parse(configuredSince.trim());
        }
        Optional<LocalDate> stored = value(SINCE).map(LocalDate::parse);
        if (stored.isPresent()) {
            return stored.get();
        }
        LocalDate since = today.minusDays(lookbackDays);
        try {
            jdbc.sql("insert into conversation_setting (setting_name, setting_value) values (?, ?)").params(SINCE, since.toString()).update();
            return since;
        } catch (DuplicateKeyException concurrentFirstRefresh) {
            return value(SINCE).map(LocalDate::parse).orElse(since);
        }
    }

    public void setSince(LocalDate since) {
        put(SINCE, since.toString());
    }

    private Optional<String> value(String name) {
        return jdbc.sql("select setting_value from conversation_setting where setting_name = ?").param(name).query(String.class).optional();
    }

    private void put(String name, String value) {
        if (jdbc.sql("update conversation_setting set setting_value = ? where setting_name = ?").params(value, name).update() == 0) {
            jdbc.sql("insert into conversation_setting (setting_name, setting_value) values (?, ?)").params(name, value).update();
        }
    }
}
