package dk.tilknyt.recruitment.web;

import static dk.tilknyt.recruitment.RecruitmentFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;


import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.recruitment.RecruitmentFixture;
import dk.tilknyt.recruitment.RecruitmentTest;

/** The pages, the board's htmx answers, the exports and the API as a leader of area A uses them. */
@AutoConfigureMockMvc
class RecruitmentPagesTest extends RecruitmentTest {

    @Autowired
    MockMvc mvc;

    UserDetails leader;
    LocalDate today;
    String year;

    @BeforeEach
    void setUp() {
        leader = userDetails.loadUserByUsername("leader.a");
        today = LocalDate.now(clock);
        year = String.valueOf(today.getYear());
    }

    @Test
    void aPostingIsCreatedFromTheFormAndShownOnItsPage() throws Exception {
        mvc.perform(post("/recruitment/postings").with(user(leader)).with(csrf())
                        .param("unitId", "pc-a").param("jobFamily", "nurse").param("title", "Sygeplejerske, aften")
                        .param("employmentType", "permanent").param("weeklyHours", "32,5").param("fullTime", "")
                        .param("publishedDate", today.toString()).param("deadline", today.plusDays(14).toString())
                        .param("channels", "jobnet", "video"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recruitment/postings/P-" + year + "-0001"));

        mvc.perform(get("/recruitment/postings/P-" + year + "-0001").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sygeplejerske, aften")))
                .andExpect(content().string(containsString("32,5 – Deltid")))
                .andExpect(content().string(containsString("Video")))
                .andExpect(content().string(containsString("Ansøgerne er anonyme")));
    }

    @Test
    void badFormInputIsAnsweredWithMessagesNextToTheFieldsAndNothingIsStored() throws Exception {
        mvc.perform(post("/recruitment/postings").with(user(leader)).with(csrf())
                        .param("unitId", "pc-a").param("jobFamily", "").param("employmentType", "permanent")
                        .param("weeklyHours", "mange").param("publishedDate", today.toString())
                        .param("deadline", today.minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"weeklyHours-error\"")))
                .andExpect(content().string(containsString("Timetallet skal være et tal")))
                .andExpect(content().string(containsString("Ansøgningsfristen kan ikke ligge før")))
                .andExpect(content().string(containsString("Vælg en faggruppe.")))
                .andExpect(content().string(containsString("value=\"mange\"")));
        assertThat(jdbc.sql("select count(*) from posting").query(Long.class).single()).isZero();
    }

    @Test
    void theListFiltersByStatusAndTheExportHasTheImportsColumns() throws Exception {
        insertPosting("A1", "pc-a", "open");
        insertPosting("A2", "pc-a", "cancelled");

        mvc.perform(get("/recruitment").param("outcome", "open").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">A1<")))
                .andExpect(content().string(not(containsString(">A2<"))));
        mvc.perform(get("/recruitment").param("outcome", "sold").with(user(leader))).andExpect(status().isBadRequest());

        byte[] xlsx = mvc.perform(get("/recruitment/postings.xlsx").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", RecruitmentViewsController.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("posting_id");
            assertThat(rows.getFirst().getCellText(12)).isEqualTo("outcome");
            assertThat(rows).hasSize(3);
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(0))).containsExactlyInAnyOrder("A1", "A2");
        }
    }

    @Test
    void theBoardAnswersHtmxWithItsFragmentAndShowsARefusalInsideIt() throws Exception {
        insertPosting("A1", "pc-a", "open");

        mvc.perform(post("/recruitment/postings/A1/applications").with(user(leader)).with(csrf())
                        .header("HX-Request", "true").param("count", "2").param("appliedDate", today.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"board\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("A-" + year + "-00002")));

        String applicant = "A-" + year + "-00001";
        mvc.perform(post("/recruitment/applications/" + applicant + "/withdraw").with(user(leader)).with(csrf())
                        .header("HX-Request", "true").param("reason", "no_show"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trak sig: Mødte ikke op")));
        mvc.perform(post("/recruitment/applications/" + applicant + "/advance").with(user(leader)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("Ansøgningen er afsluttet (trukket tilbage)")));
        assertThat(jdbc.sql("select furthest_stage from application where id = ?").param(applicant)
                .query(String.class).single()).isEqualTo("applied");
    }

    @Test
    void withoutJavaScriptABoardMoveRedirectsBackToThePosting() throws Exception {
        insertPosting("A1", "pc-a", "open");
        jdbc.sql("insert into application (id, posting_id, applied_date, furthest_stage, outcome) values "
                + "('X1', 'A1', ?, 'applied', 'pending')").param(today).update();

        mvc.perform(post("/recruitment/applications/X1/advance").with(user(leader)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recruitment/postings/A1#board"));
        assertThat(jdbc.sql("select furthest_stage from application where id = 'X1'").query(String.class).single())
                .isEqualTo("invited");
    }

    @Test
    void repostingTwiceFromThePageIsRefusedWithAMessage() throws Exception {
        insertPosting("A1", "pc-a", "open");
        mvc.perform(post("/recruitment/postings/A1/repost").with(user(leader)).with(csrf())
                        .param("deadline", today.plusDays(10).toString()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/recruitment/postings/P-" + year + "-0001"));

        mvc.perform(post("/recruitment/postings/A1/repost").with(user(leader)).with(csrf())
                        .param("deadline", today.plusDays(10).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Et opslag kan kun genopslås én gang")));
        mvc.perform(get("/recruitment/postings/P-" + year + "-0001").with(user(leader)))
                .andExpect(content().string(containsString("A1")))
                .andExpect(content().string(containsString("Forløbet har 2 opslag")));
    }

    @Test
    void closingAsFilledWithoutADateShowsTheMessageNextToTheField() throws Exception {
        insertPosting("A1", "pc-a", "open");

        mvc.perform(post("/recruitment/postings/A1/close").with(user(leader)).with(csrf())
                        .param("outcome", "filled").param("filledDate", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"filledDate-error\"")))
                .andExpect(content().string(containsString("Skriv den dag, kandidaten sagde ja.")));
        assertThat(jdbc.sql("select outcome from posting where id = 'A1'").query(String.class).single()).isEqualTo("open");
    }

    @Test
    void theFunnelPageCarriesTheChartsNumbersInDataAttributesAndTheExportHasThem() throws Exception {
        insertPosting("A1", "pc-a", "open");
        jdbc.sql("""
                insert into application (id, posting_id, applied_date, furthest_stage, outcome, withdrawn_reason)
                values ('X1', 'A1', ?, 'invited', 'withdrawn', 'no_show'), ('X2', 'A1', ?, 'hired', 'hired', null)""")
                .params(today, today).update();

        mvc.perform(get("/recruitment/funnel").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-reached=\"2,2,1,1,1\"")))
                .andExpect(content().string(containsString("data-withdrawn=\"0,1,0,0,0\"")))
                .andExpect(content().string(containsString("chart.js/4.5.1/dist/chart.umd.min.js")));
        mvc.perform(get("/recruitment/funnel").param("from", "31.02.2026").with(user(leader)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"f-from-error\"")));
        mvc.perform(get("/recruitment/funnel.xlsx").param("to", "i går").with(user(leader)))
                .andExpect(status().isBadRequest());

        byte[] xlsx = mvc.perform(get("/recruitment/funnel.xlsx").with(user(leader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            Row invited = rows.stream().filter(r -> "Indkaldt".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(invited.getCellText(1)).isEqualTo("2");
            assertThat(invited.getCellText(3)).isEqualTo("1");
            assertThat(workbook.getSheets().count()).isEqualTo(3);
        }
    }

    @Test
    void thePostingPageSpeaksEnglishWhenAskedTo() throws Exception {
        insertPosting("A1", "pc-a", "open");

        mvc.perform(get("/recruitment/postings/A1").param("lang", "en").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Applicants are anonymous")))
                .andExpect(content().string(containsString("Re-post the posting")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theChainAndHardToFillPagesRender() throws Exception {
        insertPosting("A1", "pc-a", "open");

        mvc.perform(get("/recruitment/chains").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sum-open\">1<")));
        mvc.perform(get("/recruitment/hard-to-fill").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0–2 ansøgere")));
    }

    @Test
    void viewingAPostingWithALinkedHireIsAuditLogged() throws Exception {
        insertPosting("A1", "pc-a", "filled");
        RecruitmentFixture.employment(jdbc, events, "E1", "p1", "pc-a", today.minusDays(3), null);
        jdbc.sql("insert into application (id, posting_id, applied_date, furthest_stage, outcome, employment_id) "
                + "values ('X1', 'A1', ?, 'hired', 'hired', 'E1')").param(today.minusDays(20)).update();

        mvc.perform(get("/recruitment/postings/A1").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E1, fundet i enheden")))
                .andExpect(content().string(containsString("Endnu ikke afgjort")));
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'leader.a' and subject_id = 'A1'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiGivesAPostingWithItsApplicationsAndChainAndRefusesBadInputWith422() throws Exception {
        String created = mvc.perform(post("/api/postings").with(httpBasic("leader.a", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"unitId":"pc-a","jobFamily":"dental","employmentType":"temporary","weeklyHours":30,
                                 "deadline":"%s","channels":["jobnet"]}""".formatted(today.plusDays(7))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/postings/P-" + year + "-0001"))
                .andExpect(jsonPath("$.posting.fullTime").value(false))
                .andReturn().getResponse().getContentAsString();
        assertThat(created).contains("\"publishedDate\":\"" + today + "\"");

        mvc.perform(post("/api/postings/P-" + year + "-0001/applications").with(httpBasic("leader.a", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"count\":2}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/applications/A-" + year + "-00001/advance").with(httpBasic("leader.a", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.furthestStage").value("invited"));
        mvc.perform(post("/api/postings/P-" + year + "-0001/repost").with(httpBasic("leader.a", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"%s\"}".formatted(today.plusDays(20))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.posting.repostingOf").value("P-" + year + "-0001"))
                .andExpect(jsonPath("$.chain.length()").value(2));

        mvc.perform(get("/api/postings/P-" + year + "-0001").with(httpBasic("leader.a", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.posting.outcome").value("reposted"))
                .andExpect(jsonPath("$.posting.repostedBy").value("P-" + year + "-0002"))
                .andExpect(jsonPath("$.applications.length()").value(2))
                .andExpect(jsonPath("$.applications[0].furthestStage").value("invited"))
                .andExpect(jsonPath("$.applications[0].calledBeforeInterview").value(false));

        mvc.perform(post("/api/postings").with(httpBasic("leader.a", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"unitId":"pc-a","jobFamily":"nurse","employmentType":"permanent","weeklyHours":60,
                                 "publishedDate":"%s","deadline":"%s"}""".formatted(today, today.minusDays(1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("weeklyHours"))
                .andExpect(jsonPath("$.errors[1].field").value("deadline"))
                .andExpect(jsonPath("$.message").value(containsString("48")));
        mvc.perform(post("/api/postings/P-" + year + "-0001/repost").with(httpBasic("leader.a", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"%s\"}".formatted(today.plusDays(20))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("kun genopslås én gang")));
        mvc.perform(post("/api/postings/P-" + year + "-0001/repost").with(httpBasic("leader.a", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"not-a-date\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from posting").query(Long.class).single()).isEqualTo(2);
    }

    private void insertPosting(String id, String unit, String outcome) {
        jdbc.sql("""
                insert into posting (id, unit_id, job_family, employment_type, weekly_hours, published_date, deadline,
                                     outcome, filled_date, channels)
                values (?, ?, 'nurse', 'permanent', 37, ?, ?, ?, ?, 'jobnet')""")
                .params(id, unit, today.minusDays(30), today.minusDays(10), outcome,
                        "filled".equals(outcome) ? today.minusDays(5) : null)
                .update();
    }
}
