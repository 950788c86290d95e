package dk.tilknyt.conversations.web;

import static dk.tilknyt.conversations.Fixtures.as;
import static dk.tilknyt.conversations.Fixtures.hr;
import static dk.tilknyt.conversations.Fixtures.leader;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isA;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.conversations.Fixtures;
import dk.tilknyt.conversations.followup.FollowUpDerivation;
import dk.tilknyt.conversations.followup.RefreshJob;
import dk.tilknyt.conversations.followup.SettingsStore;
import dk.tilknyt.security.Role;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** api.md, "Inbox": the shape, the filters, and the scope answers (404 outside it, 403 for other roles). */
@DatabaseTest
@AutoConfigureMockMvc
class InboxApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpDerivation derivation;
    @Autowired
    SettingsStore settings;
    @Autowired
    RefreshJob refreshJob;

    @BeforeEach
    void twoSpellsInTwoAreas() {
        refreshJob.awaitIdle(30);
        DatabaseCleaner.clean(dataSource);
        settings.setSince(LocalDate.of(2025, 1, 1));
        new Fixtures(jdbc).organisation()
                .person("p1", 1980).segment("e1", "p1", LocalDate.of(2018, 1, 1), null, "pc-sol", "nurse", 37, null)
                .person("p2", 1985).segment("e2", "p2", LocalDate.of(2019, 1, 1), null, "hp-syd", "sosu_helper", 30, null)
                // 14 days each (3-16 March), back before either was held: no care conversation (15 days)
                .sick("a1", "p1", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 16))
                .sick("a2", "p2", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 16));
        derivation.refreshAll(LocalDate.of(2025, 3, 20));
    }

    @Test
    void aLeaderGetsTheItemsOfTheScopeAsApiMdShowsThem() throws Exception {
        mvc.perform(get("/api/inbox").param("unit", "nord").with(leader("nord")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[*].id", everyItem(isA(String.class))))
                .andExpect(jsonPath("$.items[*].kind", contains("sickness_conversation", "sickness_notification")))
                .andExpect(jsonPath("$.items[*].personId", everyItem(is("p1"))))
                .andExpect(jsonPath("$.items[*].unit", everyItem(is("pc-sol"))))
                .andExpect(jsonPath("$.items[0].dueDate", is("2025-03-31")))
                .andExpect(jsonPath("$.items[*].status", contains("closed", "closed")))
                .andExpect(jsonPath("$.items[0].length()", is(6)));
    }

    @Test
    void itemsAreFilteredByDueDateAndStatus() throws Exception {
        mvc.perform(get("/api/inbox").param("unit", "kommune").param("from", "2025-04-01").param("to", "2025-04-30").with(hr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].dueDate", contains("2025-04-07", "2025-04-07")));
        mvc.perform(get("/api/inbox").param("unit", "kommune").param("status", "open").with(hr()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        mvc.perform(get("/api/inbox").param("unit", "kommune").param("status", "closed").with(hr()))
                .andExpect(jsonPath("$.items", hasSize(4)));
    }

    @Test
    void aUnitOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/api/inbox").param("unit", "syd").with(leader("nord"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/inbox").param("unit", "kommune").with(leader("nord"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/inbox").param("unit", "no-such-unit").with(hr())).andExpect(status().isNotFound());
    }

    @Test
    void malformedDatesAStatusOutsideTheListAndAMissingUnitAreBadRequests() throws Exception {
        mvc.perform(get("/api/inbox").param("unit", "nord").param("from", "2025-13-01").with(leader("nord")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(get("/api/inbox").param("unit", "nord").param("from", "2025-05-01").param("to", "2025-04-01").with(leader("nord")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/inbox").param("unit", "nord").param("status", "pending").with(leader("nord")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/inbox").with(leader("nord"))).andExpect(status().isBadRequest());
    }

    @Test
    void worksCouncilPlannersAndEmployeesMayNotSeePersonLevelItems() throws Exception {
        mvc.perform(get("/api/inbox").param("unit", "nord").with(as("council.nord", Role.COUNCIL, "nord", null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/inbox").param("unit", "nord").with(as("planner.nord", Role.PLANNER, "nord", null)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/inbox").param("unit", "nord").with(as("p1", Role.EMPLOYEE, null, "p1")))
                .andExpect(status().isForbidden());
    }

    @Test
    void withoutCredentialsTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/inbox").param("unit", "nord")).andExpect(status().isUnauthorized());
    }
}
