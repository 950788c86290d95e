package dk.tilknyt.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.Pages;
import dk.tilknyt.web.TwoAreas;

/** A person's page: the history a caller may see, where the absences come from, and a log line per view. */
@DatabaseTest
@AutoConfigureMockMvc
class PersonPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private String html(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(TwoAreas.session(mvc, username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aLeaderSeesSegmentsOutsideTheirAreaOnlyAsAnotherUnit() throws Exception {
        String html = html(TwoAreas.LEADER_A, get("/people/pa6"));
        assertThat(Pages.text(html)).contains("01-03-2015 31-12-2019 Anden enhed")
                .contains("01-01-2020 Igangværende Hjemmeplejen Nord Social- og sundhedshjælper Fastansat 30,00 Nat")
                .doesNotContain("Bostedet Åen");
    }

    @Test
    void hrSeesTheWholeHistory() throws Exception {
        String html = html(TwoAreas.HR, get("/people/pa6"));
        assertThat(Pages.text(html)).contains("01-03-2015 31-12-2019 Bostedet Åen").doesNotContain("Anden enhed");
    }

    @Test
    void thePageShowsBirthYearAndAgeAndLoadsAbsencesWithHtmx() throws Exception {
        String html = html(TwoAreas.HR, get("/people/pa5"));
        assertThat(Pages.text(html)).contains("Fødselsår 1990 (");
        assertThat(Pages.element(html, "id=\"absences\"")).contains("hx-get=\"/people/pa5/absences\"");
    }

    @Test
    void anEmployeeSeesThemselvesUnderMyDetails() throws Exception {
        String html = html(TwoAreas.EMPLOYEE_PA1, get("/me"));
        assertThat(Pages.text(html)).contains("Mine oplysninger").contains("Plejecenter Solgården");
        assertThat(Pages.element(html, "href=\"/me\"")).contains("aria-current=\"page\"");
    }

    @Test
    void everyViewOfAPersonIsWrittenToTheAuditLog() throws Exception {
        html(TwoAreas.LEADER_A, get("/people/pa6"));
        html(TwoAreas.LEADER_A, get("/people/pa6/absences").header("HX-Request", "true"));
        html(TwoAreas.EMPLOYEE_PA1, get("/me"));
        assertThat(jdbc.sql("select username || ' ' || subject_type || ' ' || subject_id from audit_event order by id")
                .query(String.class).list())
                .containsExactly("leder.a person pa6", "leder.a person-absences pa6", "ansat.pa1 person pa1");
    }
}
