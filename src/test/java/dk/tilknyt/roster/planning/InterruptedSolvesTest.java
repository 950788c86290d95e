package dk.tilknyt.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** A restart cuts off a solve: at start-up the period is put back and its page says so once. */
@DatabaseTest
@AutoConfigureMockMvc
class InterruptedSolvesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterStore store;
    @Autowired
    InterruptedSolves interruptedSolves;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    @Test
    void aSolvingPeriodWithAssignedSlotsIsSolvedAgainAndOneWithoutIsOpenForWishes() {
        long withResult = store.createPeriod("pc-a1", MONDAY, 4);
        store.addSlot(withResult, MONDAY, "day", "care");
        store.assignSolved(withResult, store.assignments(withResult).getFirst().id(), "pa1");
        store.setStatus(withResult, PeriodStatus.SOLVING);
        long withoutResult = store.createPeriod("pc-a1", MONDAY.plusWeeks(4), 4);
        store.addSlot(withoutResult, MONDAY.plusWeeks(4), "day", "care");
        store.setStatus(withoutResult, PeriodStatus.SOLVING);
        long published = store.createPeriod("pc-a1", MONDAY.plusWeeks(8), 4);
        store.setStatus(published, PeriodStatus.PUBLISHED);

        interruptedSolves.recover();

        assertThat(store.period(withResult).orElseThrow().status()).isEqualTo(PeriodStatus.SOLVED);
        assertThat(store.period(withoutResult).orElseThrow().status()).isEqualTo(PeriodStatus.WISHES_OPEN);
        assertThat(store.period(published).orElseThrow().status()).isEqualTo(PeriodStatus.PUBLISHED);
        assertThat(store.takeSolveInterrupted(published)).isFalse();
    }

    @Test
    void thePeriodPageSaysOnceThatTheCalculationWasInterrupted() throws Exception {
        long period = store.createPeriod("pc-a1", MONDAY, 4);
        store.setStatus(period, PeriodStatus.SOLVING);
        interruptedSolves.recover();
        MockHttpSession planner = TwoAreas.session(mvc, TwoAreas.PLANNER_A);

        String first = mvc.perform(get("/rosters/" + period).session(planner)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String second = mvc.perform(get("/rosters/" + period).session(planner)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(first).contains("Beregningen blev afbrudt – start den igen.");
        assertThat(second).doesNotContain("Beregningen blev afbrudt");
    }
}
