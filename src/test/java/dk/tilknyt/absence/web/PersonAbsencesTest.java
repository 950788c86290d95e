package dk.tilknyt.absence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.Pages;
import dk.tilknyt.web.TwoAreas;

/** A person's page: the history a caller may see, where the absences come from, and a log line per view. */
/** A person's absences, as the absence module serves them to the person page. */
@DatabaseTest
@AutoConfigureMockMvc
class PersonAbsencesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private String html(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(TwoAreas.session(mvc, username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAbsenceFragmentShowsALeaderOnlyTheRowsOverlappingTheirSegments() throws Exception {
        String fragment = html(TwoAreas.LEADER_A, get("/people/pa6/absences").header("HX-Request", "true"));
        assertThat(fragment).doesNotContain("<html");
        assertThat(Pages.text(fragment)).contains("Ferie 03-07-2023 14-07-2023 100 %").doesNotContain("Sygdom");

        String forHr = html(TwoAreas.HR, get("/people/pa6/absences").header("HX-Request", "true"));
        assertThat(Pages.text(forHr)).contains("Ferie").contains("Sygdom 01-05-2018 03-05-2018");
    }

    @Test
    void withoutHtmxTheAbsencesAreAPageOfTheirOwn() throws Exception {
        String page = html(TwoAreas.HR, get("/people/pa1/absences"));
        assertThat(page).contains("<html");
        assertThat(Pages.text(page)).contains("Fravær for medarbejder pa1").contains("Sygdom 05-02-2024 09-02-2024");
    }

    @Test
    void anEmployeeSeesAllTheirOwnAbsences() throws Exception {
        String fragment = html(TwoAreas.EMPLOYEE_PA1, get("/people/pa1/absences").header("HX-Request", "true"));
        assertThat(Pages.text(fragment)).contains("Sygdom 05-02-2024 09-02-2024 100 %");
    }
}
