package dk.tilknyt.keyfigures.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.keyfigures.KeyFigureTest;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;

/** The key-figure pages: who may see which scope, council suppression, and the stored targets, board and references. */
@KeyFigureTest
class KeyFigurePagesTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void area() {
        DatabaseCleaner.clean(dataSource);
        new Area(jdbc, events, users);
    }

    @Test
    void dashboardShowsEveryGroupWithDefinitionsAndDrillDownForHr() throws Exception {
        mvc.perform(as("hr", get("/keyfigures").param("unit", "omr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nøgletal for Område Nord")))
                .andExpect(content().string(containsString("Arbejdstid og sammensætning")))
                .andExpect(content().string(containsString("Definition")))
                .andExpect(content().string(containsString("data-values=")))
                .andExpect(content().string(containsString("/keyfigures?unit=u1")))
                // the default period is the last 12 whole months before 15 January 2026
                .andExpect(content().string(containsString("2025-01-01 til 2025-12-31")));
    }

    @Test
    void dashboardDefaultsToTheLeadersOwnUnitAndHidesOtherAreas() throws Exception {
        mvc.perform(as("leader-omr", get("/keyfigures"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Område Nord")));
        mvc.perform(as("leader-omr", get("/keyfigures").param("unit", "u4"))).andExpect(status().isNotFound());
        mvc.perform(as("leader-u1", get("/keyfigures").param("unit", "omr"))).andExpect(status().isNotFound());
        mvc.perform(as("leader-omr", get("/keyfigures/compare").param("unit", "andet"))).andExpect(status().isNotFound());
        mvc.perform(as("leader-omr", get("/keyfigures/goals").param("unit", "u4"))).andExpect(status().isNotFound());
        mvc.perform(as("leader-omr", get("/keyfigures/board/u4"))).andExpect(status().isNotFound());
        mvc.perform(as("leader-omr", get("/keyfigures/export.xlsx").param("unit", "u4"))).andExpect(status().isNotFound());
    }

    @Test
    void employeesAndPlannersMayNotSeeTheKeyFigurePages() throws Exception {
        for (String who : List.of("employee", "planner-omr")) {
            mvc.perform(as(who, get("/keyfigures"))).andExpect(status().isForbidden());
            mvc.perform(as(who, get("/keyfigures/compare"))).andExpect(status().isForbidden());
            mvc.perform(as(who, get("/keyfigures/goals"))).andExpect(status().isForbidden());
        }
        mvc.perform(as("council-omr", get("/keyfigures/board/omr"))).andExpect(status().isForbidden());
    }

    @Test
    void worksCouncilSeesADashOForASmallUnit() throws Exception {
        mvc.perform(as("council-omr", get("/keyfigures").param("unit", "u2")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skjult: beregnet på færre end 5 personer.")))
                .andExpect(content().string(not(containsString("Tæller</dt>"))));
        mvc.perform(as("hr", get("/keyfigures").param("unit", "u2")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Skjult: beregnet på færre end 5 personer."))));
    }

    @Test
    void badFilterIsABadRequestWithAMessage() throws Exception {
        mvc.perform(as("hr", get("/keyfigures").param("unit", "omr").param("from", "2025-13-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("2025-13-01")));
    }

    @Test
    void comparisonHidesTheSmallUnitAndOneMoreForEveryone() throws Exception {
        String page = mvc.perform(as("hr", get("/keyfigures/compare").param("unit", "omr").param("sort", "headcount")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bakkehuset", "Engen", "Skovly", "Hele enheden");
        // u2 (2 persons) is hidden; u1 (5 on 31 December) is hidden as the smallest remaining part
        int headcount = dk.tilknyt.keyfigures.FigureCode.HEADCOUNT.ordinal();
        assertThat(cells(page, "u2").get(headcount)).isEqualTo("–");
        assertThat(cells(page, "u1").get(headcount)).isEqualTo("–");
        assertThat(cells(page, "u3").get(headcount)).isEqualTo("7");
        // sorted by headcount: the visible unit first, hidden ones last
        assertThat(page.indexOf("data-unit=\"u3\"")).isLessThan(page.indexOf("data-unit=\"u1\""));
    }

    /** The shown value of every figure cell in a unit's row of the comparison table. */
    private static List<String> cells(String page, String unit) {
        String row = page.substring(page.indexOf("data-unit=\"" + unit + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        var matcher = java.util.regex.Pattern.compile("<td class=\"num[^\"]*\">\\s*<span>([^<]*)</span>").matcher(row);
        List<String> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    @Test
    void strategyGoalsAreAddedOnceAndShownWithProgress() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(as("leader-omr", post("/keyfigures/goals/strategy").with(csrf()).param("unit", "omr")
                    .param("baselineYear", "2024").param("deadline", "2027-12-31")))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("select count(*) from keyfigure_target where unit_id = 'omr'").query(Integer.class).single())
                .isEqualTo(3);
        mvc.perform(as("leader-omr", get("/keyfigures/goals").param("unit", "omr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Besat uden genopslag")))
                .andExpect(content().string(containsString("mindst 90")))
                .andExpect(content().string(containsString("−10 % i forhold til 2024")));
    }

    @Test
    void aTargetWithAPastDeadlineIsRefusedWithAMessage() throws Exception {
        mvc.perform(as("hr", post("/keyfigures/goals").with(csrf()).param("unit", "omr").param("figure", "headcount")
                .param("kind", "absolute").param("direction", "at_least").param("amount", "20").param("deadline", "2025-01-01")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from keyfigure_target").query(Integer.class).single()).isZero();
    }

    @Test
    void boardActionsAreAddedAndChangedThroughHtmx() throws Exception {
        mvc.perform(as("leader-u1", post("/keyfigures/board/u1/actions").with(csrf()).header("HX-Request", "true")
                .param("text", "Fast makker ved første vagt").param("owner", "Anne")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fast makker ved første vagt")));
        long id = jdbc.sql("select id from board_action").query(Long.class).single();
        mvc.perform(as("leader-u1", post("/keyfigures/board/u1/actions/" + id).with(csrf()).header("HX-Request", "true")
                .param("text", "Fast makker ved første vagt").param("owner", "Anne").param("status", "in_progress")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select status from board_action").query(String.class).single()).isEqualTo("in_progress");
        // an action of u1 cannot be changed through another unit's board
        mvc.perform(as("leader-omr", post("/keyfigures/board/u2/actions/" + id).with(csrf()).header("HX-Request", "true")
                .param("text", "x").param("status", "done"))).andExpect(status().isNotFound());
        mvc.perform(as("leader-u1", get("/keyfigures/board/u1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tavlemøde: Bakkehuset")));
    }

    @Test
    void boardFiguresAreStoredWhenThreeToSixAreChosen() throws Exception {
        mvc.perform(as("leader-u1", post("/keyfigures/board/u1/figures").with(csrf())
                .param("figure", "headcount", "fte", "avg_age"))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select figure_code from board_figure where unit_id = 'u1' order by position")
                .query(String.class).list()).containsExactly("headcount", "fte", "avg_age");
        mvc.perform(as("leader-u1", post("/keyfigures/board/u1/figures").with(csrf()).param("figure", "headcount")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from board_figure").query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void hrImportsNationalFiguresThatTheDashboardShows() throws Exception {
        String csv = "year;measure;population;job_families;value;source\n"
                + "2025;sickness_absence_pct;Alle kommunalt ansatte;;6,2;Testkilde 2026\n";
        mvc.perform(multipart("/keyfigures/national")
                .file(new MockMultipartFile("file", "ref.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf())
                .with(signedIn("hr")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("hr", get("/keyfigures/national"))).andExpect(content().string(containsString("Testkilde 2026")));
        mvc.perform(as("hr", get("/keyfigures").param("unit", "omr")))
                .andExpect(content().string(containsString("Landstal 2025: 6,2")))
                .andExpect(content().string(containsString("Landstal 2022: 16,1")));
        mvc.perform(multipart("/keyfigures/national")
                .file(new MockMultipartFile("file", "ref.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf())
                .with(signedIn("leader-omr")))
                .andExpect(status().isForbidden());
    }

    @Test
    void dashboardExportIsAWorkbookWithEveryFigure() throws Exception {
        byte[] xlsx = mvc.perform(as("hr", get("/keyfigures/export.xlsx").param("unit", "omr")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Kode");
            assertThat(rows.stream().map(r -> r.getCellText(0)).toList()).contains("turnover_rate", "headcount");
            Row headcount = rows.stream().filter(r -> "headcount".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(headcount.getCellText(2)).isEqualTo("14");
        }
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(signedIn(username));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
