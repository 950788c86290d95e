package dk.tilknyt.security;

import java.io.Serializable;

/**
 * Who is signed in, as Tilknyt sees it: a role and what it is scoped to. Local users, HTTP Basic and
 * OIDC logins all end up as one of these. Serializable because it lives in the HTTP session.
 */
public record TilknytPrincipal(String username, Role role, String scopeUnitId, String personId) implements Serializable {
}
