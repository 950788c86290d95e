package dk.tilknyt.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the API is stateless (HTTP Basic, and OIDC bearer tokens when configured) and needs
 * no CSRF token because it never reads a session cookie; the web UI uses a login page (and the
 * municipality's login when configured), a session and CSRF. Either way the principal is a
 * {@link TilknytPrincipalHolder}, so {@link AccessGuard} is the one check behind every page and endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    static final String SESSION_COOKIE = "JSESSIONID";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configureBearerTokens(http);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, UserStore users, ObjectProvider<SingleSignOn> singleSignOn)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/survey/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).clearAuthentication(true).deleteCookies(SESSION_COOKIE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                // a new session id at login (fixation); the cookie is HttpOnly and SameSite=Lax (application.yml)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new CurrentUserFilter(users), AuthorizationFilter.class);
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configureLogin(http);
        }
        return http.build();
    }

    /** A locked username (too many wrong passwords) is told so; everything else is "wrong username or password". */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
    }
}
