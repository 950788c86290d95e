package dk.tilknyt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.support.DatabaseTest;
import dk.tilknyt.web.TwoAreas;

/**
 * With an issuer configured, the API takes the identity provider's bearer tokens and the web UI offers
 * the municipal login; either way the token's username must be a local user, whose role and scope
 * Tilknyt decides. The JWT decoder is replaced so no identity provider is needed; everything after it
 * (the filter, the mapping, the scope checks) is the real thing.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
        "tilknyt.oidc.issuer-uri=https://login.kommune.example/realms/tilknyt",
        "tilknyt.oidc.client-id=tilknyt",
        "tilknyt.oidc.client-secret=not-a-real-secret"})
class SingleSignOnTest {

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Autowired
    MockMvc mvc;
    @Autowired
    SingleSignOn singleSignOn;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private void tokenFor(String username) {
        given(jwtDecoder.decode(anyString())).willReturn(Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("3f1c-" + username)
                .claim("preferred_username", username)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .build());
    }

    @Test
    void aBearerTokenOfALocalHrUserIsLetIn() throws Exception {
        tokenFor(TwoAreas.HR);
        mvc.perform(get("/api/users").header("Authorization", "Bearer token")).andExpect(status().isOk());
    }

    @Test
    void theRoleComesFromTilknytNotFromTheToken() throws Exception {
        tokenFor(TwoAreas.LEADER_A);
        mvc.perform(get("/api/users").header("Authorization", "Bearer token")).andExpect(status().isForbidden());
    }

    @Test
    void aTokenForAnUnknownUsernameIsRefused() throws Exception {
        tokenFor("stranger");
        mvc.perform(get("/api/users").header("Authorization", "Bearer token")).andExpect(status().isUnauthorized());
    }

    @Test
    void anInvalidTokenIsRefused() throws Exception {
        given(jwtDecoder.decode(anyString())).willThrow(new BadJwtException("signature"));
        mvc.perform(get("/api/users").header("Authorization", "Bearer forged")).andExpect(status().isUnauthorized());
    }

    @Test
    void httpBasicStillWorksNextToBearerTokens() throws Exception {
        mvc.perform(get("/api/users").with(httpBasic(TwoAreas.HR, TwoAreas.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theLoginPageOffersTheMunicipalLogin() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/oauth2/authorization/kommune")));
    }

    @Test
    void aMunicipalLoginBecomesTheLocalUserWithItsRoleAndScope() {
        OidcUser user = singleSignOn.loginMapping().loadUser(loginOf(TwoAreas.LEADER_A));
        assertThat(user).isInstanceOf(TilknytPrincipalHolder.class);
        assertThat(((TilknytPrincipalHolder) user).tilknytPrincipal())
                .isEqualTo(new TilknytPrincipal(TwoAreas.LEADER_A, Role.LEADER, "omr-a", null));
        assertThat(user.getName()).isEqualTo(TwoAreas.LEADER_A);
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEADER");
    }

    @Test
    void aMunicipalLoginWithoutALocalUserIsRefused() {
        assertThatThrownBy(() -> singleSignOn.loginMapping().loadUser(loginOf("stranger")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    /** What Spring Security hands the user service after the code exchange (no user-info endpoint here). */
    private static OidcUserRequest loginOf(String username) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("kommune")
                .clientId("tilknyt").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://login.kommune.example/auth").tokenUri("https://login.kommune.example/token")
                .scope("openid", "profile")
                .build();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
                Map.of("sub", "3f1c-" + username, "preferred_username", username,
                        "iss", "https://login.kommune.example/realms/tilknyt", "aud", "tilknyt"));
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now,
                now.plusSeconds(300));
        return new OidcUserRequest(registration, accessToken, idToken);
    }
}
