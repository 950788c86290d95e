package dk.tilknyt.security;

/**
 * Who is signed in, as Tilknyt sees it: a role and what it is scoped to. Local users, HTTP Basic and
 * OIDC logins all end up as one of these.
 */
public record TilknytPrincipal(String username, Role role, String scopeUnitId, String personId) {
}
