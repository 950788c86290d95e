package dk.tilknyt.security;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * OIDC, only when TILKNYT_OIDC_ISSUER_URI is set (api.md "Authentication"). The identity provider
 * only says who someone is: the username claim must name a local user, whose role and scope HR
 * provisioned in Tilknyt; an unknown username is refused. Nothing here contacts the issuer at
 * start-up, so Tilknyt starts even while the identity provider is down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tilknyt.oidc", name = "issuer-uri")
@EnableConfigurationProperties(OidcProperties.class)
class SingleSignOn {

    private final OidcProperties properties;
    private final UserStore users;

    SingleSignOn(OidcProperties properties, UserStore users) {
        this.properties = properties;
        this.users = users;
    }

    @Bean
    JwtDecoder jwtDecoder() {
        return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.issuerUri()));
    }

    @Bean
    @ConditionalOnProperty(prefix = "tilknyt.oidc", name = "client-id")
    ClientRegistrationRepository clientRegistrations() {
        return new LazyRegistration(properties);
    }

    /** The API accepts the issuer's bearer tokens for local users. */
    void configureBearerTokens(HttpSecurity api) throws Exception {
        api.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(bearerMapping())));
    }

    /** The web UI offers the municipality's login next to the local one. */
    void configureLogin(HttpSecurity web) throws Exception {
        if (properties.webLogin()) {
            web.oauth2Login(login -> login.loginPage("/login").failureUrl("/login?oidcError")
                    .defaultSuccessUrl("/", false)
                    .userInfoEndpoint(info -> info.oidcUserService(loginMapping())));
        }
    }

    Converter<Jwt, AbstractAuthenticationToken> bearerMapping() {
        return jwt -> {
            TilknytPrincipal principal = localUser(jwt.getClaimAsString(properties.usernameClaim()))
                    .orElseThrow(() -> new InvalidBearerTokenException("The token's user is not a Tilknyt user"));
            return new BearerAuthentication(jwt, new SignedInUser(principal));
        };
    }

    OAuth2UserService<OidcUserRequest, OidcUser> loginMapping() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            TilknytPrincipal principal = localUser(user.getClaimAsString(properties.usernameClaim()))
                    .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
                            "The login is not a Tilknyt user; HR must create it first", null)));
            return new MappedOidcUser(principal, user);
        };
    }

    private Optional<TilknytPrincipal> localUser(String username) {
        return username == null || username.isBlank() ? Optional.empty() : users.principal(username.trim());
    }

    /** A bearer-token request, authenticated as the local user the token names. */
    static final class BearerAuthentication extends AbstractAuthenticationToken {

        private final Jwt token;
        private final SignedInUser user;

        BearerAuthentication(Jwt token, SignedInUser user) {
            super(List.of(new SimpleGrantedAuthority(user.principal().role().authority())));
            this.token = token;
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return user;
        }
    }

    /** Discovers the issuer's endpoints on first use (the first click on the login button), not at start-up. */
    private static final class LazyRegistration implements ClientRegistrationRepository {

        private final OidcProperties properties;
        private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

        LazyRegistration(OidcProperties properties) {
            this.properties = properties;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
                return null;
            }
            ClientRegistration current = registration.get();
            if (current == null) {
                current = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                        .registrationId(OidcProperties.REGISTRATION_ID)
                        .clientId(properties.clientId())
                        .clientSecret(properties.clientSecret())
                        .scope("openid", "profile")
                        .build();
                registration.set(current);
            }
            return current;
        }
    }
}
