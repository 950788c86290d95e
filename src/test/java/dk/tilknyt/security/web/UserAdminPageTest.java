package dk.tilknyt.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.security.Role;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.Pages;
import dk.tilknyt.web.TwoAreas;

/** HR's user pages: the API's rules, with each refusal next to its field, and CSRF on every change. */
@DatabaseTest
@AutoConfigureMockMvc
class UserAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;

    private MockHttpSession hr;

    @BeforeEach
    void twoAreas() throws Exception {
        twoAreas.load();
        hr = TwoAreas.session(mvc, TwoAreas.HR);
    }

    @Test
    void theListShowsRolesAndScopesByName() throws Exception {
        String html = mvc.perform(get("/admin/users").session(hr)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String text = Pages.text(html);
        assertThat(text).contains("leder.a Leder Område A").contains("hr.anne HR-administrator Hele kommunen")
                .contains("ansat.pa1 Medarbejder – pa1");
    }

    @Test
    void aWeakPasswordIsShownNextToThePasswordField() throws Exception {
        String html = mvc.perform(post("/admin/users").session(hr).with(csrf())
                        .param("username", "ny.leder").param("password", "kort").param("role", "leader")
                        .param("scope", "omr-b").param("personId", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pages.element(html, "id=\"password\"")).contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"password-error\"");
        assertThat(Pages.textOf(html, "id=\"password-error\"")).isEqualTo("Adgangskoden skal være mindst 12 tegn.");
        assertThat(Pages.element(html, "id=\"username\"")).contains("value=\"ny.leder\"");
        assertThat(users.find("ny.leder")).isEmpty();
    }

    @Test
    void aLeaderWithoutAUnitIsShownNextToTheScopeField() throws Exception {
        String html = mvc.perform(post("/admin/users").session(hr).with(csrf())
                        .param("username", "ny.leder").param("password", "correct-horse-battery")
                        .param("role", "leader").param("scope", "").param("personId", ""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pages.textOf(html, "id=\"scope-error\"")).contains("kræver en enhed");
    }

    @Test
    void hrCreatesEditsAndDeletesAUser() throws Exception {
        mvc.perform(post("/admin/users").session(hr).with(csrf())
                        .param("username", "ny.leder").param("password", "correct-horse-battery")
                        .param("role", "leader").param("scope", "omr-b").param("personId", ""))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "users.created"));
        assertThat(users.find("ny.leder").orElseThrow().scopeUnitId()).isEqualTo("omr-b");

        mvc.perform(post("/admin/users/ny.leder").session(hr).with(csrf())
                        .param("password", "").param("role", "planner").param("scope", "pc-b1").param("personId", ""))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.find("ny.leder").orElseThrow().role()).isEqualTo(Role.PLANNER);
        assertThat(users.find("ny.leder").orElseThrow().scopeUnitId()).isEqualTo("pc-b1");

        String confirm = mvc.perform(get("/admin/users/ny.leder/delete").session(hr)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Pages.text(confirm)).contains("Vil du slette brugeren ny.leder (Vagtplanlægger)?");
        mvc.perform(post("/admin/users/ny.leder/delete").session(hr).with(csrf())).andExpect(redirectedUrl("/admin/users"));
        assertThat(users.find("ny.leder")).isEmpty();
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/users/leder.a/delete").session(hr)).andExpect(status().isForbidden());
        assertThat(users.find(TwoAreas.LEADER_A)).isPresent();
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        mvc.perform(get("/admin/users/nobody/edit").session(hr)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/nobody/delete").session(hr).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aRefusalBelongsToTheFieldItsMessageKeyNames() {
        assertThat(UserAdminController.field(InvalidInputException.unprocessable("user.person.unknown", "x")))
                .isEqualTo("personId");
        assertThat(UserAdminController.field(InvalidInputException.unprocessable("user.scope.required", "x")))
                .isEqualTo("scope");
        assertThat(UserAdminController.field(InvalidInputException.unprocessable("something.else", "x")))
                .isEqualTo("form");
    }
}
