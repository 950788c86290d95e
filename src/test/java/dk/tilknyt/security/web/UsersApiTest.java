package dk.tilknyt.security.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** api.md "Users": HR provisions local users by script. */
@DatabaseTest
@AutoConfigureMockMvc
class UsersApiTest {

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

    private ResultActions asHr(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(TwoAreas.HR, TwoAreas.PASSWORD)));
    }

    private ResultActions createUser(String json) throws Exception {
        return asHr(post("/api/users").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void hrCreatesALeaderAndTheAnswerCarriesNoPasswordHash() throws Exception {
        createUser("""
                {"username":"leder.b","password":"a-long-enough-secret","role":"leader","scope":"omr-b"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/leder.b"))
                .andExpect(jsonPath("$.username").value("leder.b"))
                .andExpect(jsonPath("$.role").value("leader"))
                .andExpect(jsonPath("$.scope").value("omr-b"))
                .andExpect(content().string(not(containsString("password"))))
                .andExpect(content().string(not(containsString("{noop}"))))
                .andExpect(content().string(not(containsString("{bcrypt}"))));

        mvc.perform(get("/api/users").with(httpBasic("leder.b", "a-long-enough-secret")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPasswordUnderTwelveCharactersIsRefusedWithAMessage() throws Exception {
        createUser("""
                {"username":"kort","password":"elleve-tegn","role":"hr"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value(containsString("12")));
    }

    @Test
    void anUnknownUnitOrPersonIsRefused() throws Exception {
        createUser("""
                {"username":"x1","password":"a-long-enough-secret","role":"leader","scope":"omr-z"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value("Enheden findes ikke."));
        createUser("""
                {"username":"x2","password":"a-long-enough-secret","role":"employee","personId":"p-none"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.message").value("Medarbejdernummeret findes ikke."));
    }

    @Test
    void aRoleWithoutItsRequiredFieldIsRefused() throws Exception {
        createUser("""
                {"username":"x3","password":"a-long-enough-secret","role":"council"}""")
                .andExpect(status().isUnprocessableContent());
        createUser("""
                {"username":"x4","password":"a-long-enough-secret","role":"employee"}""")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anUnknownRoleAndATakenUsernameAreRefused() throws Exception {
        createUser("""
                {"username":"x5","password":"a-long-enough-secret","role":"admin"}""")
                .andExpect(status().isUnprocessableContent());
        createUser("""
                {"username":"leder.a","password":"a-long-enough-secret","role":"hr"}""")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void hrChangesRoleScopeAndPassword() throws Exception {
        asHr(put("/api/users/leder.a").contentType(MediaType.APPLICATION_JSON).content("""
                {"role":"council","scope":"pc-a1","password":"another-long-secret"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("council"))
                .andExpect(jsonPath("$.scope").value("pc-a1"));

        mvc.perform(get("/api/users").with(httpBasic("leder.a", TwoAreas.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users").with(httpBasic("leder.a", "another-long-secret"))).andExpect(status().isForbidden());
    }

    @Test
    void aChangeToAWeakPasswordChangesNothing() throws Exception {
        asHr(put("/api/users/leder.a").contentType(MediaType.APPLICATION_JSON).content("""
                {"role":"hr","password":"short"}"""))
                .andExpect(status().isUnprocessableContent());
        asHr(get("/api/users/leder.a")).andExpect(jsonPath("$.role").value("leader"));
    }

    @Test
    void hrDeletesAUserAndAnUnknownUserIsNotFound() throws Exception {
        asHr(delete("/api/users/planner.a")).andExpect(status().isNoContent());
        asHr(get("/api/users")).andExpect(jsonPath("$[*].username", not(hasItem("planner.a"))))
                .andExpect(jsonPath("$[*].username", hasItem("leder.a")));
        asHr(delete("/api/users/planner.a")).andExpect(status().isNotFound());
        asHr(put("/api/users/nobody").contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"hr\"}"))
                .andExpect(status().isNotFound());
        asHr(get("/api/users/nobody")).andExpect(status().isNotFound());
    }

    @Test
    void otherRolesGetForbidden() throws Exception {
        for (String username : new String[] {TwoAreas.LEADER_A, TwoAreas.PLANNER_A, TwoAreas.COUNCIL_A,
                TwoAreas.EMPLOYEE_PA1}) {
            mvc.perform(post("/api/users").with(httpBasic(username, TwoAreas.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"sneaky\",\"password\":\"a-long-enough-secret\",\"role\":\"hr\"}"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void withoutCredentialsTheApiAsksForThem() throws Exception {
        mvc.perform(get("/api/users")).andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"));
    }
}
