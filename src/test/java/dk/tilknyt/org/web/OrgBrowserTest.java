package dk.tilknyt.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.Pages;
import dk.tilknyt.web.TwoAreas;

/** The organisation browser starts at the top of the caller's scope and counts who is employed today. */
@DatabaseTest
@AutoConfigureMockMvc
class OrgBrowserTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).session(TwoAreas.session(mvc, username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String row(String html, String unitId) {
        return Pages.textOf(html, "data-unit=\"" + unitId + "\"");
    }

    @Test
    void hrStartsAtTheMunicipalityAndLeadersAtTheirArea() throws Exception {
        mvc.perform(get("/org").session(TwoAreas.session(mvc, TwoAreas.HR))).andExpect(redirectedUrl("/org/kommune"));
        mvc.perform(get("/org").session(TwoAreas.session(mvc, TwoAreas.LEADER_A))).andExpect(redirectedUrl("/org/omr-a"));
    }

    @Test
    void theHeadcountIsDistinctPersonsWithAnIncludedSegmentTodayInTheSubtree() throws Exception {
        String html = page(TwoAreas.HR, "/org/kommune");
        assertThat(Pages.textOf(html, "id=\"unit-facts\"")).startsWith("Kommune").endsWith(": 9");
        assertThat(row(html, "omr-a")).isEqualTo("Område A Område 6"); // the trainee pa7 is not counted
        assertThat(row(html, "omr-b")).isEqualTo("Område B Område 3");
    }

    @Test
    void theBreadcrumbsOfALeaderStartAtTheirScope() throws Exception {
        String html = page(TwoAreas.LEADER_A, "/org/pc-a1");
        String crumbs = Pages.element(html, "class=\"breadcrumbs\"");
        assertThat(Pages.text(crumbs)).isEqualTo("Område A Plejecenter Solgården");
        assertThat(crumbs).contains("href=\"/org/omr-a\"").contains("aria-current=\"page\"");
        assertThat(html).doesNotContain("Tilknyt Kommune");
    }

    @Test
    void aLeaderSeesSmallCountsButTheWorksCouncilSeesADashWithTheReason() throws Exception {
        String leader = page(TwoAreas.LEADER_A, "/org/omr-a");
        assertThat(row(leader, "pc-a1")).endsWith(" 4");
        assertThat(row(leader, "pc-a2")).endsWith(" 2");

        String council = page(TwoAreas.COUNCIL_A, "/org/omr-a");
        assertThat(Pages.textOf(council, "id=\"unit-facts\"")).endsWith(": 6");
        assertThat(row(council, "pc-a1")).contains("–").contains("Færre end 5").doesNotContain(" 4");
        assertThat(row(council, "pc-a2")).contains("–").doesNotContain(" 2");
        assertThat(council).doesNotContain("/staff?unit=");
    }

    @Test
    void theWayUpIsOfferedOnlyInsideTheScope() throws Exception {
        assertThat(page(TwoAreas.LEADER_A, "/org/pc-a1")).contains("Op til Område A");
        assertThat(page(TwoAreas.LEADER_A, "/org/omr-a")).doesNotContain("Op til");
        assertThat(page(TwoAreas.HR, "/org/omr-a")).contains("Op til Tilknyt Kommune");
    }
}
