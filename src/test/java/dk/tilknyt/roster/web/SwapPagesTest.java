package dk.tilknyt.roster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.planning.Swaps;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** A refused swap approval answers 422 naming the rule; reporting sick opens the shifts and lists the change. */
@DatabaseTest
@AutoConfigureMockMvc
class SwapPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterStore store;
    @Autowired
    RosterPlanning planning;
    @Autowired
    Swaps swaps;

    MockHttpSession planner;
    LocalDate monday;
    long period;

    @BeforeEach
    void aPublishedPeriod() throws Exception {
        twoAreas.load();
        planner = TwoAreas.session(mvc, TwoAreas.PLANNER_A);
        monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        period = store.createPeriod("pc-a1", monday, 4);
        store.setStatus(period, PeriodStatus.SOLVED);
        store.published(period, planning.today(), null);
    }

    private long shift(String personId, LocalDate date, String code) {
        store.addSlot(period, date, code, "care");
        long id = store.assignments(period).stream().filter(a -> a.date().equals(date) && a.shiftCode().equals(code))
                .mapToLong(a -> a.id()).max().orElseThrow();
        store.assignByHand(period, id, personId, false);
        return id;
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(planner)).andReturn().getResponse();
    }

    @Test
    void anApprovalThatBreaksTheRestRuleAnswers422NamingTheRuleAndMovesNothing() throws Exception {
        long day = shift("pa1", monday.plusDays(1), "day");
        long swap = swaps.propose("pa1", day, "pa2", null);
        swaps.accept("pa2", swap);
        shift("pa2", monday, "evening");

        MockHttpServletResponse response = call(post("/rosters/" + period + "/swaps/" + swap + "/approve").with(csrf()));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("under 11 timers hvile").contains("pa2");
        assertThat(store.assignment(period, day).orElseThrow().personId()).isEqualTo("pa1");
    }

    @Test
    void reportingSickOpensTheShiftsAndThePeriodPageListsTheChange() throws Exception {
        long day = shift("pa1", monday.plusDays(1), "day");

        MockHttpServletResponse response = call(post("/rosters/" + period + "/sickness").with(csrf()).param("person", "pa1")
                .param("from", monday.toString()).param("to", monday.plusDays(2).toString()));

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(store.assignment(period, day).orElseThrow().personId()).isNull();
        String page = call(get("/rosters/" + period)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("meldt syg, vagten åbnet").contains("aldrig en diagnose");
        assertThat(call(get("/rosters/" + period + "/open-shifts")).getContentAsString(StandardCharsets.UTF_8))
                .contains("åbnet ved sygdom");
    }

    @Test
    void aSickReportWithTheDaysReversedIs422() throws Exception {
        shift("pa1", monday.plusDays(1), "day");

        assertThat(call(post("/rosters/" + period + "/sickness").with(csrf()).param("person", "pa1")
                .param("from", monday.plusDays(2).toString()).param("to", monday.toString())).getStatus()).isEqualTo(422);
    }
}
