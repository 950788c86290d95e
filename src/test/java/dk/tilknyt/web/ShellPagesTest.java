package dk.tilknyt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.support.DatabaseTest;

/** The shell around every page: navigation by role, the language switch, home per role, error pages. */
@DatabaseTest
@AutoConfigureMockMvc
class ShellPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private String html(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(TwoAreas.session(mvc, username))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String nav(String html) {
        return Pages.element(html, "class=\"nav\"");
    }

    @Test
    void theNavigationOffersEachRoleItsOwnPages() throws Exception {
        assertThat(Pages.text(nav(html(TwoAreas.HR, get("/")))))
                .isEqualTo("Forside Organisation Medarbejdere Nøgletal Indbakke Rekruttering Vagtplaner Import Brugere Logning");
        assertThat(Pages.text(nav(html(TwoAreas.LEADER_A, get("/"))))).isEqualTo("Forside Organisation Medarbejdere Nøgletal Indbakke Rekruttering Vagtplaner");
        assertThat(Pages.text(nav(html(TwoAreas.PLANNER_A, get("/"))))).isEqualTo("Forside Organisation Medarbejdere Vagtplaner");
        assertThat(Pages.text(nav(html(TwoAreas.COUNCIL_A, get("/"))))).isEqualTo("Forside Organisation Nøgletal");
        assertThat(Pages.text(nav(html(TwoAreas.EMPLOYEE_PA1, get("/"))))).isEqualTo("Forside Mine oplysninger Min vagtplan");
    }

    @Test
    void theActiveSectionIsMarkedForScreenReaders() throws Exception {
        String nav = nav(html(TwoAreas.LEADER_A, get("/org/pc-a1")));
        assertThat(Pages.element(nav, "href=\"/org\"")).contains("aria-current=\"page\"");
        assertThat(Pages.element(nav, "href=\"/staff\"")).doesNotContain("aria-current");
        assertThat(Pages.element(nav(html(TwoAreas.LEADER_A, get("/people/pa1"))), "href=\"/staff\""))
                .contains("aria-current=\"page\"");
    }

    @Test
    void switchingLanguageKeepsThePageAndItsFilters() throws Exception {
        String html = html(TwoAreas.LEADER_A, get("/staff").param("unit", "pc-a1").param("jobFamily", "nurse"));
        assertThat(Pages.element(html, "hreflang=\"en\"")).contains("href=\"/staff?unit=pc-a1&amp;jobFamily=nurse&amp;lang=en\"");
        assertThat(Pages.element(html, "hreflang=\"da\"")).contains("aria-current=\"true\"");
    }

    @Test
    void aFormWithErrorsSwitchesLanguageBackToTheFormsPage() throws Exception {
        String html = html(TwoAreas.HR, post("/admin/users").with(csrf())
                .header("Referer", "http://localhost/admin/users/new?lang=da")
                .param("username", "x").param("password", "kort").param("role", "hr"));
        assertThat(Pages.element(html, "hreflang=\"en\"")).contains("href=\"/admin/users/new?lang=en\"");
    }

    @Test
    void englishIsChosenWithLangAndKept() throws Exception {
        var session = TwoAreas.session(mvc, TwoAreas.LEADER_A);
        var first = mvc.perform(get("/").param("lang", "en").session(session)).andReturn().getResponse();
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"en\"").contains("Welcome, leder.a");
        var cookie = first.getCookie("tilknyt-lang");
        assertThat(cookie).isNotNull();
        assertThat(mvc.perform(get("/org/omr-a").session(session).cookie(cookie)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Units below");
    }

    @Test
    void hrsHomeCountsTheMunicipality() throws Exception {
        String text = Pages.text(html(TwoAreas.HR, get("/")));
        assertThat(text).contains("Ansatte i dag 9").contains("Enheder 6").contains("Brugere 5");
    }

    @Test
    void aLeadersHomeShowsTheirAreaWithItsHeadcountAndLinks() throws Exception {
        String html = html(TwoAreas.LEADER_A, get("/"));
        assertThat(Pages.text(html)).contains("Område A Ansatte i dag : 6");
        assertThat(html).contains("href=\"/staff?unit=omr-a\"").contains("href=\"/keyfigures?unit=omr-a\"");
    }

    @Test
    void theWorksCouncilSeesNoHeadcountUnderFive() throws Exception {
        users.create(new NewUser("med.lille", TwoAreas.PASSWORD, "council", "pc-a2", null), false);
        String text = Pages.text(html("med.lille", get("/")));
        assertThat(text).contains("Hjemmeplejen Nord Ansatte i dag : – Færre end 5");
    }

    @Test
    void anEmployeesHomeLeadsToTheirOwnDetails() throws Exception {
        assertThat(Pages.element(html(TwoAreas.EMPLOYEE_PA1, get("/")), "class=\"links\"")).contains("href=\"/me\"");
    }

    @Test
    void withoutSingleSignOnTheLoginPageOffersOnlyTheLocalLogin() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("oauth2").contains("name=\"username\"");
    }

    @Test
    void stylesScriptsAndWebjarsAreServedToAnyoneFromTheirOwnFolders() throws Exception {
        for (String path : List.of("/css/tilknyt.css", "/js/tilknyt.js", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/chart.js/dist/chart.umd.min.js")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/css/no-such.css")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aMissingPageIsAnErrorPageInTheLayout() throws Exception {
        var response = mvc.perform(get("/no/such/page").session(TwoAreas.session(mvc, TwoAreas.LEADER_A)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(Pages.text(response.getContentAsString(StandardCharsets.UTF_8)))
                .contains("Siden eller oplysningen findes ikke").contains("Til forsiden");
    }

    @Test
    void securityHeadersForbidFramingAndInlineScripts() throws Exception {
        var response = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }
}
