package dk.tilknyt.conversations;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The life-phase arrangements agreed in senior conversations that limit a person's roster. "No nights" holds
 * from the day it was agreed; its review date is when to talk again, not an end, so it holds until changed.
 */
@Service
public class LifePhaseLimits {

    private final JdbcClient jdbc;

    LifePhaseLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone who had agreed, on or before the day, not to work nights. */
    public Set<String> noNightsAgreedBy(LocalDate day) {
        return Set.copyOf(jdbc.sql(
                "select distinct person_id from life_phase_arrangement where kind = 'no_nights' and agreed_on <= ?")
                .param(day).query(String.class).list());
    }
}
