package dk.tilknyt.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.Pages;
import dk.tilknyt.web.TwoAreas;

/** Who works in a unit's subtree today, sortable, filterable, paged, and every view logged. */
@DatabaseTest
@AutoConfigureMockMvc
class StaffListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    JdbcClient jdbc;

    private MockHttpSession leader;

    @BeforeEach
    void twoAreas() throws Exception {
        twoAreas.load();
        leader = TwoAreas.session(mvc, TwoAreas.LEADER_A);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(leader)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> persons(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("data-person=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void theListShowsEveryoneEmployedTodayInTheSubtreeWithTheirCurrentSegment() throws Exception {
        String html = html(get("/staff"));
        assertThat(persons(html)).containsExactly("pa1", "pa2", "pa3", "pa4", "pa5", "pa6", "pa7");
        assertThat(Pages.textOf(html, "data-person=\"pa6\""))
                .startsWith("pa6 Social- og sundhedshjælper 30,00 Fastansat Nat Hjemmeplejen Nord ");
        assertThat(Pages.textOf(html, "data-person=\"pa7\"")).contains("Elev").contains(" – ");
        assertThat(html).contains("href=\"/people/pa6\"");
    }

    @Test
    void tenureCountsTheWholeChainAcrossUnits() throws Exception {
        String html = html(get("/staff"));
        // pa6 moved from area B to A without a break: tenure runs from 2015, like pa1's
        String pa1 = Pages.textOf(html, "data-person=\"pa1\"");
        String pa6 = Pages.textOf(html, "data-person=\"pa6\"");
        assertThat(pa6.substring(pa6.lastIndexOf(' '))).isEqualTo(pa1.substring(pa1.lastIndexOf(' ')));
    }

    @Test
    void theListFiltersByJobFamily() throws Exception {
        assertThat(persons(html(get("/staff").param("jobFamily", "nurse")))).containsExactly("pa5");
        mvc.perform(get("/staff").param("jobFamily", "astronaut").session(leader)).andExpect(status().isBadRequest());
    }

    @Test
    void theListSortsByAColumnEitherWay() throws Exception {
        assertThat(persons(html(get("/staff").param("sort", "hours").param("dir", "asc"))))
                .startsWith("pa6", "pa5");
        assertThat(persons(html(get("/staff").param("sort", "hours").param("dir", "desc"))))
                .endsWith("pa5", "pa6");
        String sorted = html(get("/staff").param("sort", "hours").param("dir", "asc"));
        assertThat(Pages.element(sorted, "aria-sort=\"ascending\"")).contains("Timer pr. uge");
    }

    @Test
    void aBigUnitIsPaged() throws Exception {
        for (int i = 1; i <= 60; i++) {
            String id = String.format("px%02d", i);
            jdbc.sql("insert into person (id) values (?)").param(id).update();
            TwoAreas.segment(jdbc, "e-" + id, id, "pc-a2", "sosu_helper", "permanent", 25, TwoAreas.LONG_AGO, null, "day");
        }
        String first = html(get("/staff"));
        assertThat(persons(first)).hasSize(StaffListController.PAGE_SIZE);
        assertThat(first).contains("Side 1 af 2");
        assertThat(persons(html(get("/staff").param("page", "2")))).hasSize(67 - StaffListController.PAGE_SIZE);
    }

    @Test
    void everyViewIsWrittenToTheAuditLog() throws Exception {
        html(get("/staff").param("unit", "pc-a1"));
        assertThat(jdbc.sql("select username || ' ' || action || ' ' || subject_type || ' ' || subject_id from audit_event")
                .query(String.class).list()).containsExactly("leder.a view staff-list pc-a1");
    }
}
