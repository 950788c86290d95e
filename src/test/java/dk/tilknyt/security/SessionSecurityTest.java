package dk.tilknyt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.security.UserAdministration.UserChange;
import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/** Sessions: a new id at login, gone at logout, and a user's current role and existence checked on every click. */
@DatabaseTest
@AutoConfigureMockMvc
class SessionSecurityTest {

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

    private MvcResult login(MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf())
                .with(request -> { // as a browser sending the session cookie it was given before logging in
                    request.setRequestedSessionId(session.getId());
                    request.setRequestedSessionIdValid(true);
                    return request;
                })
                .param("username", username).param("password", password)).andReturn();
    }

    private MockHttpSession signedIn(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        login(session, username, TwoAreas.PASSWORD);
        return session;
    }

    @Test
    void loggingInGivesTheSessionANewId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = login(session, TwoAreas.LEADER_A, TwoAreas.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void loggingOutInvalidatesTheSession() throws Exception {
        MockHttpSession session = signedIn(TwoAreas.LEADER_A);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aChangedRoleAppliesFromTheNextRequest() throws Exception {
        MockHttpSession session = signedIn(TwoAreas.LEADER_A);
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());

        users.change(TwoAreas.LEADER_A, new UserChange(null, "council", null, null));

        mvc.perform(get("/staff").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/org/omr-a").session(session)).andExpect(status().isOk());
    }

    @Test
    void aNarrowedScopeAppliesFromTheNextRequest() throws Exception {
        MockHttpSession session = signedIn(TwoAreas.LEADER_A);
        mvc.perform(get("/org/pc-a2").session(session)).andExpect(status().isOk());

        users.change(TwoAreas.LEADER_A, new UserChange(null, null, "pc-a1", null));

        mvc.perform(get("/org/pc-a2").session(session)).andExpect(status().isNotFound());
    }

    @Test
    void aDeletedUserIsSignedOutAtTheirNextClick() throws Exception {
        MockHttpSession session = signedIn(TwoAreas.LEADER_A);
        users.delete(TwoAreas.LEADER_A);

        mvc.perform(get("/org/omr-a").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameForFormLoginAndHttpBasic() throws Exception {
        users.create(new NewUser("throttled.user", TwoAreas.PASSWORD, "hr", null, null), false);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(login(new MockHttpSession(), "throttled.user", "wrong-password-" + i).getResponse()
                    .getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(login(new MockHttpSession(), "throttled.user", TwoAreas.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        mvc.perform(get("/api/users").with(httpBasic("throttled.user", TwoAreas.PASSWORD)))
                .andExpect(status().isUnauthorized());
        // other users are not affected
        assertThat(login(new MockHttpSession(), TwoAreas.HR, TwoAreas.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }
}
