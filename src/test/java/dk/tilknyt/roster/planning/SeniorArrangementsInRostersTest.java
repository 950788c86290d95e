package dk.tilknyt.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/**
 * Issue 6: "life-phase arrangements that constrain the roster". A senior conversation's "no nights" holds in
 * every roster period that starts after it was agreed; one agreed during a period waits for the next.
 */
@DatabaseTest
class SeniorArrangementsInRostersTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RosterStore store;
    @Autowired
    RosterPlanning planning;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private void agreedNoNights(String personId, LocalDate on) {
        jdbc.sql("""
                insert into life_phase_arrangement (person_id, kind, agreed_on, review_on, recorded_by)
                values (?, 'no_nights', ?, ?, 'leder.a')""").params(personId, on, on.plusYears(1)).update();
    }

    @Test
    void noNightsAgreedBeforeThePeriodKeepsThePersonOffNights() {
        agreedNoNights("pa1", MONDAY.minusMonths(2));
        long period = store.createPeriod("pc-a1", MONDAY, 4);

        var employees = planning.load(period).employees();

        assertThat(employees.get("pa1").excludedLayers()).containsExactly(ShiftLayer.NIGHT);
        assertThat(employees.get("pa2").excludedLayers()).isEmpty();
    }

    @Test
    void noNightsAgreedDuringThePeriodAppliesFromTheNextPeriod() {
        agreedNoNights("pa1", MONDAY.plusWeeks(1));
        long current = store.createPeriod("pc-a1", MONDAY, 4);
        long next = store.createPeriod("pc-a1", MONDAY.plusWeeks(4), 4);

        assertThat(planning.load(current).employees().get("pa1").excludedLayers()).isEmpty();
        assertThat(planning.load(next).employees().get("pa1").excludedLayers()).containsExactly(ShiftLayer.NIGHT);
    }
}
