package dk.tilknyt.roster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandException;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.StaffMember;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** The roster admin pages: terms per person, substitute-pool membership, demand exceptions of a period. */
@DatabaseTest
@AutoConfigureMockMvc
class RosterAdminPagesTest {

    /** A Monday; the period runs over Christmas and New Year. */
    private static final LocalDate CHRISTMAS_MONDAY = LocalDate.of(2026, 12, 21);

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RosterStore store;
    @Autowired
    OpenShiftStore pools;

    MockHttpSession planner;
    MockHttpSession hr;
    MockHttpSession leader;

    @BeforeEach
    void twoAreas() throws Exception {
        twoAreas.load();
        planner = TwoAreas.session(mvc, TwoAreas.PLANNER_A);
        hr = TwoAreas.session(mvc, TwoAreas.HR);
        leader = TwoAreas.session(mvc, TwoAreas.LEADER_A);
    }

    private MockHttpServletResponse call(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private StaffMember termsOf(String personId) {
        return store.staffMember(personId, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).orElseThrow();
    }

    // ---- terms

    @Test
    void theTermsPageListsTheUnitsStaffWithTheTraineeMarked() throws Exception {
        String page = body(call(planner, get("/rosters/terms").param("unit", "pc-a1")));
        assertThat(page).contains("terms-pa1").contains("terms-pa7").doesNotContain("terms-pa5")
                .contains("Elever arbejder højst hver 3. weekend");
    }

    @Test
    void aRowSavedWithHtmxStoresTheTermsAndAnswersTheRow() throws Exception {
        MockHttpServletResponse saved = call(planner, post("/rosters/terms/pa2").with(csrf()).header("HX-Request", "true")
                .param("unit", "pc-a1").param("weekendEvery", "3").param("competence", "medicine", "wound_care")
                .param("noNights", "true"));

        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(body(saved)).startsWith("<tr").contains("Vilkårene er gemt.");
        StaffMember pa2 = termsOf("pa2");
        assertThat(pa2.weekendEvery()).isEqualTo(3);
        assertThat(pa2.extraSkills()).containsExactlyInAnyOrder("medicine", "wound_care");
        assertThat(pa2.noNights()).isTrue();
    }

    @Test
    void aWeekendFrequencyOutsideTwoToFourIsRefusedWith422AndNothingChanges() throws Exception {
        store.saveTerms("pa2", new RosterStore.Terms(4, java.util.Set.of("diabetes"), false));

        MockHttpServletResponse refused = call(planner, post("/rosters/terms/pa2").with(csrf()).header("HX-Request", "true")
                .param("unit", "pc-a1").param("weekendEvery", "5").param("competence", "medicine"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("Weekendfrekvensen er hver 2., 3. eller 4. weekend.");
        assertThat(termsOf("pa2").weekendEvery()).isEqualTo(4);
        assertThat(termsOf("pa2").extraSkills()).containsExactly("diabetes");
    }

    @Test
    void anUnknownCompetenceIsRefusedWith422() throws Exception {
        MockHttpServletResponse refused = call(planner, post("/rosters/terms/pa2").with(csrf())
                .param("unit", "pc-a1").param("weekendEvery", "2").param("competence", "surgery"));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("Ukendt kompetence");
        assertThat(jdbc.sql("select count(*) from roster_terms").query(Integer.class).single()).isZero();
    }

    @Test
    void termsOfAPersonOutsideTheUnitOrTheScopeAreNotFound() throws Exception {
        assertThat(call(planner, post("/rosters/terms/pb1").with(csrf()).param("unit", "pc-a1")
                .param("weekendEvery", "3")).getStatus()).isEqualTo(404);
        assertThat(call(planner, post("/rosters/terms/pb1").with(csrf()).param("unit", "pc-b1")
                .param("weekendEvery", "3")).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from roster_terms").query(Integer.class).single()).isZero();
    }

    // ---- pool

    @Test
    void hrAddsAPoolMemberAndSeesTheUnitsThePoolCovers() throws Exception {
        assertThat(call(hr, post("/rosters/pool").with(csrf()).param("person", "pa5").param("poolUnit", "omr-a"))
                .getStatus()).isEqualTo(302);

        assertThat(pools.poolMember("pa5").orElseThrow()).isEqualTo(new OpenShiftStore.PoolMember("pa5", "pc-a2", "omr-a"));
        String page = body(call(hr, get("/rosters/pool")));
        assertThat(page).contains("Flyverkorps for Område A").contains("Plejecenter Solgården")
                .contains("Hjemmeplejen Nord").contains("pa5");
    }

    @Test
    void anUnknownPersonIsNotFoundLikeOneElsewhereAndAnUnknownUnitIs422AndNothingIsStored() throws Exception {
        MockHttpServletResponse noPerson = call(hr, post("/rosters/pool").with(csrf())
                .param("person", "nobody").param("poolUnit", "omr-a"));
        MockHttpServletResponse noUnit = call(hr, post("/rosters/pool").with(csrf())
                .param("person", "pa5").param("poolUnit", "omr-x"));

        // the same answer as for a person of another area, so ids elsewhere cannot be probed
        assertThat(noPerson.getStatus()).isEqualTo(404);
        assertThat(noUnit.getStatus()).isEqualTo(422);
        assertThat(pools.poolMembers()).isEmpty();
    }

    @Test
    void aLeaderCannotReachPeopleOrPoolsOfAnotherAreaAndAPlannerMayNotManagePools() throws Exception {
        assertThat(call(leader, post("/rosters/pool").with(csrf()).param("person", "pb1").param("poolUnit", "omr-a"))
                .getStatus()).isEqualTo(404);
        assertThat(call(leader, post("/rosters/pool").with(csrf()).param("person", "pa1").param("poolUnit", "omr-b"))
                .getStatus()).isEqualTo(404);
        pools.savePoolMember(new OpenShiftStore.PoolMember("pb2", "pc-b1", "omr-b"));
        assertThat(body(call(leader, get("/rosters/pool")))).doesNotContain("pb2");
        assertThat(call(leader, post("/rosters/pool/pb2/delete").with(csrf())).getStatus()).isEqualTo(404);
        assertThat(call(planner, get("/rosters/pool")).getStatus()).isEqualTo(403);
        assertThat(pools.poolMembers()).extracting(OpenShiftStore.PoolMember::personId).containsExactly("pb2");
    }

    @Test
    void aLeaderRemovesAMemberOfTheirAreasPool() throws Exception {
        pools.savePoolMember(new OpenShiftStore.PoolMember("pa1", "pc-a1", "omr-a"));

        assertThat(call(leader, post("/rosters/pool/pa1/delete").with(csrf())).getStatus()).isEqualTo(302);
        assertThat(pools.poolMember("pa1")).isEmpty();
    }

    // ---- demand exceptions

    @Test
    void anExceptionWithinThePeriodIsSavedAndDeleted() throws Exception {
        long period = store.createPeriod("pc-a1", CHRISTMAS_MONDAY, 4);

        assertThat(call(planner, post("/rosters/" + period + "/exceptions").with(csrf()).param("date", "2026-12-23")
                .param("shift", "evening").param("skill", "medicine").param("staff", "1")).getStatus()).isEqualTo(302);
        assertThat(store.exceptions("pc-a1", CHRISTMAS_MONDAY, CHRISTMAS_MONDAY.plusWeeks(4)))
                .containsExactly(new DemandException(LocalDate.of(2026, 12, 23), "evening", "medicine", 1));
        assertThat(body(call(planner, get("/rosters/" + period + "/exceptions")))).contains("medicingivning");

        assertThat(call(planner, post("/rosters/" + period + "/exceptions/delete").with(csrf()).param("date", "2026-12-23")
                .param("shift", "evening").param("skill", "medicine")).getStatus()).isEqualTo(302);
        assertThat(store.exceptions("pc-a1", CHRISTMAS_MONDAY, CHRISTMAS_MONDAY.plusWeeks(4))).isEmpty();
    }

    @Test
    void anExceptionOutsideThePeriodWithNegativeStaffOrInAPublishedPeriodIsRefusedWith422() throws Exception {
        long period = store.createPeriod("pc-a1", CHRISTMAS_MONDAY, 4);
        MockHttpServletResponse outside = call(planner, post("/rosters/" + period + "/exceptions").with(csrf())
                .param("date", "2027-02-01").param("shift", "day").param("skill", "care").param("staff", "1"));
        MockHttpServletResponse negative = call(planner, post("/rosters/" + period + "/exceptions").with(csrf())
                .param("date", "2026-12-23").param("shift", "day").param("skill", "care").param("staff", "-1"));
        store.setStatus(period, PeriodStatus.PUBLISHED);
        MockHttpServletResponse published = call(planner, post("/rosters/" + period + "/exceptions").with(csrf())
                .param("date", "2026-12-23").param("shift", "day").param("skill", "care").param("staff", "1"));

        assertThat(outside.getStatus()).isEqualTo(422);
        assertThat(body(outside)).contains("Datoen ligger uden for perioden.");
        assertThat(negative.getStatus()).isEqualTo(422);
        assertThat(published.getStatus()).isEqualTo(422);
        assertThat(body(published)).contains("Vagtplanen er offentliggjort");
        assertThat(store.exceptions("pc-a1", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))).isEmpty();
    }

    @Test
    void theHolidaySuggestionUsesTheSundayPatternAndIsSavedWhenThePlannerConfirms() throws Exception {
        long period = store.createPeriod("pc-a1", CHRISTMAS_MONDAY, 4);
        List<DemandLine> pattern = new java.util.ArrayList<>();
        for (int weekday = 1; weekday <= 6; weekday++) {
            pattern.add(new DemandLine(weekday, "day", "care", 3));
            pattern.add(new DemandLine(weekday, "day", "nurse", 1));
        }
        pattern.add(new DemandLine(7, "day", "care", 2));
        store.saveDemand("pc-a1", pattern);
        store.saveException("pc-a1", new DemandException(LocalDate.of(2027, 1, 1), "day", "care", 1));

        String proposal = body(call(planner, get("/rosters/" + period + "/exceptions").param("suggest", "holidays")));
        String proposed = proposal.substring(proposal.indexOf("id=\"proposal\""));
        assertThat(proposed).contains("2026-12-24").contains("2026-12-26").doesNotContain("2027-01-01");
        assertThat(store.exceptions("pc-a1", CHRISTMAS_MONDAY, CHRISTMAS_MONDAY.plusWeeks(4))).hasSize(1);

        assertThat(call(planner, post("/rosters/" + period + "/exceptions/holidays").with(csrf())).getStatus())
                .isEqualTo(302);
        // 24, 25 and 26 December: Sunday's two on the day shift, no nurse; New Year's Day was decided already
        assertThat(store.exceptions("pc-a1", CHRISTMAS_MONDAY, CHRISTMAS_MONDAY.plusWeeks(4))).containsExactlyInAnyOrder(
                new DemandException(LocalDate.of(2026, 12, 24), "day", "care", 2),
                new DemandException(LocalDate.of(2026, 12, 24), "day", "nurse", 0),
                new DemandException(LocalDate.of(2026, 12, 25), "day", "care", 2),
                new DemandException(LocalDate.of(2026, 12, 25), "day", "nurse", 0),
                new DemandException(LocalDate.of(2026, 12, 26), "day", "care", 2),
                new DemandException(LocalDate.of(2026, 12, 26), "day", "nurse", 0),
                new DemandException(LocalDate.of(2027, 1, 1), "day", "care", 1));
    }
}
