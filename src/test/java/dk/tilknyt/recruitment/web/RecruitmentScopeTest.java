package dk.tilknyt.recruitment.web;

import static dk.tilknyt.recruitment.RecruitmentFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.recruitment.RecruitmentFixture;
import dk.tilknyt.recruitment.RecruitmentTest;

/**
 * Scope and role: a leader of area B asking for anything of area A gets 404, as if it did not exist, and
 * nothing changes; roles other than HR and leader get 403.
 */
@AutoConfigureMockMvc
class RecruitmentScopeTest extends RecruitmentTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                insert into posting (id, unit_id, job_family, employment_type, weekly_hours, published_date, deadline, outcome)
                values ('A1', 'pc-a', 'nurse', 'permanent', 37, ?, ?, 'open'),
                       ('B1', 'pc-b', 'nurse', 'permanent', 37, ?, ?, 'open')""")
                .params(today.minusDays(10), today.plusDays(5), today.minusDays(10), today.plusDays(5)).update();
        jdbc.sql("""
                insert into application (id, posting_id, applied_date, furthest_stage, outcome)
                values ('APP1', 'A1', ?, 'hired', 'hired')""").param(today.minusDays(2)).update();
    }

    static final List<String> AREA_A_PAGES = List.of("/recruitment?unit=omr-a", "/recruitment?unit=pc-a",
            "/recruitment/postings/new?unit=pc-a", "/recruitment/postings/A1", "/recruitment/postings/A1/edit",
            "/recruitment/funnel?unit=omr-a", "/recruitment/chains?unit=omr-a", "/recruitment/hard-to-fill?unit=omr-a",
            "/recruitment/funnel.xlsx?unit=omr-a", "/recruitment/postings.xlsx?unit=omr-a");

    static final List<String> AREA_A_ACTIONS = List.of("/recruitment/postings/A1", "/recruitment/postings/A1/repost",
            "/recruitment/postings/A1/close", "/recruitment/postings/A1/applications",
            "/recruitment/applications/APP1/advance", "/recruitment/applications/APP1/back",
            "/recruitment/applications/APP1/reject", "/recruitment/applications/APP1/withdraw",
            "/recruitment/applications/APP1/called", "/recruitment/applications/APP1/employment");

    @Test
    void aLeaderOfAnotherAreaGetsNotFoundForEveryPageOfArea() throws Exception {
        for (String page : AREA_A_PAGES) {
            mvc.perform(get(page).with(user(userDetails.loadUserByUsername("leader.b"))))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(page).isEqualTo(404));
        }
    }

    @Test
    void aLeaderOfAnotherAreaGetsNotFoundForEveryActionOnAreaAAndNothingChanges() throws Exception {
        for (String action : AREA_A_ACTIONS) {
            mvc.perform(post(action).with(user(userDetails.loadUserByUsername("leader.b"))).with(csrf())
                            .param("deadline", "2099-01-01").param("outcome", "cancelled").param("count", "1")
                            .param("reason", "other_job").param("employmentId", "E1").param("unitId", "pc-b")
                            .param("jobFamily", "nurse").param("employmentType", "permanent").param("weeklyHours", "37")
                            .param("publishedDate", "2099-01-01"))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(action).isEqualTo(404));
        }
        assertAreaAUnchanged();
    }

    @Test
    void aLeaderOfAnotherAreaGetsNotFoundFromTheApiAndNothingChanges() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(get("/api/postings?unit=omr-a"),
                get("/api/postings/A1"), json(put("/api/postings/A1"), postingJson("pc-b")),
                json(post("/api/postings/A1/repost"), "{\"deadline\":\"2099-01-01\"}"),
                json(post("/api/postings/A1/close"), "{\"outcome\":\"cancelled\"}"),
                json(post("/api/postings/A1/applications"), "{\"count\":1}"),
                json(post("/api/applications/APP1/back"), "{}"),
                json(post("/api/applications/APP1/employment"), "{\"employmentId\":\"E1\"}"));
        for (MockHttpServletRequestBuilder request : requests) {
            mvc.perform(request.with(httpBasic("leader.b", PASSWORD)))
                    .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        }
        assertAreaAUnchanged();
    }

    @Test
    void aPostingCannotBeCreatedInAnotherAreasUnit() throws Exception {
        mvc.perform(json(post("/api/postings"), postingJson("pc-a")).with(httpBasic("leader.b", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("unitId"));
        assertThat(jdbc.sql("select count(*) from posting").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aLeaderSeesOnlyTheirOwnAreasPostings() throws Exception {
        mvc.perform(get("/api/postings").with(httpBasic("leader.b", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("omr-b"))
                .andExpect(jsonPath("$.postings.length()").value(1))
                .andExpect(jsonPath("$.postings[0].id").value("B1"));
        mvc.perform(get("/api/postings").with(httpBasic("hr.anne", PASSWORD)))
                .andExpect(jsonPath("$.unit").value("solby"))
                .andExpect(jsonPath("$.postings.length()").value(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"planner.a", "council.a"})
    void rolesOtherThanHrAndLeaderAreForbidden(String username) throws Exception {
        for (String page : List.of("/recruitment", "/recruitment/funnel", "/recruitment/postings/A1")) {
            mvc.perform(get(page).with(user(userDetails.loadUserByUsername(username))))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(page).isEqualTo(403));
        }
        mvc.perform(get("/api/postings").with(httpBasic(username, PASSWORD))).andExpect(status().isForbidden());
    }

    private void assertAreaAUnchanged() {
        assertThat(jdbc.sql("select outcome from posting where id = 'A1'").query(String.class).single()).isEqualTo("open");
        assertThat(jdbc.sql("select count(*) from posting").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from application").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select furthest_stage from application where id = 'APP1'").query(String.class).single())
                .isEqualTo("hired");
        assertThat(jdbc.sql("select count(*) from application where employment_id is not null").query(Long.class)
                .single()).isZero();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String postingJson(String unit) {
        return """
                {"unitId":"%s","jobFamily":"nurse","employmentType":"permanent","weeklyHours":37,
                 "publishedDate":"2099-01-01","deadline":"2099-01-15","channels":["jobnet"]}""".formatted(unit);
    }
}
