package dk.tilknyt.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the municipality's identity provider (TILKNYT_OIDC_ISSUER_URI, _CLIENT_ID,
 * _CLIENT_SECRET, _USERNAME_CLAIM). With only the issuer set, the API accepts its bearer tokens; with a
 * client id too, the web UI also offers "log in with the municipality's login".
 */
@ConfigurationProperties("tilknyt.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String usernameClaim) {

    static final String REGISTRATION_ID = "kommune";

    OidcProperties {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
    }

    boolean webLogin() {
        return clientId != null && !clientId.isBlank();
    }
}
