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
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** An employee bids for an open shift on the phone page; the planner sees the suggestion and allocates it. */
@DatabaseTest
@AutoConfigureMockMvc
class OpenShiftPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterStore store;
    @Autowired
    OpenShiftStore bids;
    @Autowired
    RosterPlanning planning;

    MockHttpSession planner;
    MockHttpSession employee;
    long period;
    long slot;

    @BeforeEach
    void aPublishedPeriodWithOneOpenShift() throws Exception {
        twoAreas.load();
        planner = TwoAreas.session(mvc, TwoAreas.PLANNER_A);
        employee = TwoAreas.session(mvc, TwoAreas.EMPLOYEE_PA1);
        LocalDate monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        period = store.createPeriod("pc-a1", monday, 4);
        store.setStatus(period, PeriodStatus.SOLVED);
        store.published(period, planning.today(), null);
        store.addSlot(period, monday.plusDays(1), "day", "care");
        slot = store.assignments(period).getFirst().id();
    }

    private MockHttpServletResponse call(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    @Test
    void theEmployeeBidsOnTheirPageAndThePlannerAllocatesTheSuggestedBid() throws Exception {
        String mine = call(employee, get("/my/roster")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).contains("Ledige vagter").contains("name=\"slot\" value=\"" + slot + "\"");

        assertThat(call(employee, post("/my/roster/bids").with(csrf()).param("slot", String.valueOf(slot))).getStatus())
                .isEqualTo(302);
        long bid = bids.bidsOf("pa1").getFirst().id();
        assertThat(call(employee, get("/my/roster")).getContentAsString(StandardCharsets.UTF_8)).contains("bud afgivet");

        String board = call(planner, get("/rosters/" + period + "/open-shifts")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("færrest ekstravagter de seneste 8 uger").contains("pa1").contains("Foreslået");

        assertThat(call(planner, post("/rosters/" + period + "/open-shifts/" + slot + "/allocate").with(csrf())
                .param("bid", String.valueOf(bid))).getStatus()).isEqualTo(302);
        assertThat(store.assignment(period, slot).orElseThrow().personId()).isEqualTo("pa1");
        assertThat(call(employee, get("/my/roster")).getContentAsString(StandardCharsets.UTF_8)).contains("vagten er din");
    }

    @Test
    void aBidOnAShiftNotOfferedIsNotFound() throws Exception {
        store.assignByHand(period, slot, "pa2", false);

        assertThat(call(employee, post("/my/roster/bids").with(csrf()).param("slot", String.valueOf(slot))).getStatus())
                .isEqualTo(404);
    }
}
