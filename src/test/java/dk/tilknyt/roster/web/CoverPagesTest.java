package dk.tilknyt.roster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** The planner covers an open shift with an external temp and undoes it; bad input is refused with nothing changed. */
@DatabaseTest
@AutoConfigureMockMvc
class CoverPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterStore store;
    @Autowired
    RosterPlanning planning;

    MockHttpSession planner;
    MockHttpSession council;
    long period;
    long slot;
    LocalDate monday;

    @BeforeEach
    void aPublishedPeriodWithOneOpenShift() throws Exception {
        twoAreas.load();
        planner = TwoAreas.session(mvc, TwoAreas.PLANNER_A);
        council = TwoAreas.session(mvc, TwoAreas.COUNCIL_A);
        monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        period = store.createPeriod("pc-a1", monday, 4);
        store.addSlot(period, monday.plusDays(1), "day", "care");
        slot = store.assignments(period).getFirst().id();
        store.setStatus(period, PeriodStatus.SOLVED);
        store.published(period, planning.today(), null);
    }

    private MockHttpServletResponse call(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String external(String suffix) {
        return "/rosters/" + period + "/open-shifts/" + slot + "/external" + suffix;
    }

    @Test
    void anOpenShiftCoveredByAnExternalTempLeavesTheOpenListAndCanBeUndone() throws Exception {
        assertThat(call(planner, post(external("")).with(csrf()).param("agency", "Vikarbureau Nord").param("hours", "6"))
                .getStatus()).isEqualTo(302);

        String board = call(planner, get("/rosters/" + period + "/open-shifts")).getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("Vikarbureau Nord").contains("Ingen ledige vagter");
        String grid = call(planner, get("/rosters/" + period)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(grid).contains("Ekstern vikar");

        assertThat(call(planner, post(external("/undo")).with(csrf())).getStatus()).isEqualTo(302);
        assertThat(call(planner, get("/rosters/" + period + "/open-shifts")).getContentAsString(StandardCharsets.UTF_8))
                .contains("Ingen vagter er dækket af eksterne vikarer");
        assertThat(call(planner, post(external("/undo")).with(csrf())).getStatus()).isEqualTo(404);
    }

    @Test
    void hoursThatAreNotAFewHoursAreRefusedAndNothingChanges() throws Exception {
        MockHttpServletResponse refused = call(planner, post(external("")).with(csrf()).param("hours", "100"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("0,25 til 24");
        assertThat(planning.load(period).external()).isEmpty();
    }

    @Test
    void theFiguresPageCountsTheExternalTempAndRefusesABackwardsRange() throws Exception {
        call(planner, post(external("")).with(csrf()));
        String range = "&from=" + monday + "&to=" + monday.plusWeeks(4).minusDays(1);

        String page = call(planner, get("/rosters/figures?unit=pc-a1" + range)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Dækning og anslået udgift").contains("data-category=\"external\"");
        // the council sees aggregates: the page says so
        assertThat(call(council, get("/rosters/figures?unit=omr-a" + range)).getContentAsString(StandardCharsets.UTF_8))
                .contains("færre end 5 personer er skjult");
        assertThat(call(planner, get("/rosters/figures?unit=pc-a1&from=" + monday + "&to=" + monday.minusDays(1)))
                .getStatus()).isEqualTo(422);
    }

    @Test
    void theFiguresDownloadAsASheetWithTheSameCoverageAndTheSameHiddenCells() throws Exception {
        call(planner, post(external("")).with(csrf()));
        String range = "&from=" + monday + "&to=" + monday.plusWeeks(4).minusDays(1);

        var response = call(planner, get("/rosters/figures.xlsx?unit=pc-a1" + range));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(dk.tilknyt.shared.Spreadsheets.CONTENT_TYPE);
        List<String> planners = rows(response.getContentAsByteArray());
        assertThat(planners).anySatisfy(r -> assertThat(r).startsWith("Ekstern vikar|1|"));
        assertThat(planners).noneSatisfy(r -> assertThat(r).contains("Skjult"));
        // the council's sheet hides what the council's page hides: figures from fewer than 5 persons
        List<String> councils = rows(call(council, get("/rosters/figures.xlsx?unit=omr-a" + range)).getContentAsByteArray());
        assertThat(councils).contains("Vagter i eget lag (%)|Skjult (færre end 5 personer)");
    }

    private static List<String> rows(byte[] xlsx) throws Exception {
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).collect(java.util.stream.Collectors.joining("|")))
                    .toList();
        }
    }
}
