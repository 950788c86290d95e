package dk.tilknyt.security;

import java.io.Serializable;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal of a request after its user was re-read from the store (sessions) or mapped from a
 * bearer token: Tilknyt's view of the user and nothing else, no password hash.
 */
record SignedInUser(TilknytPrincipal principal) implements TilknytPrincipalHolder, AuthenticatedPrincipal, Serializable {

    @Override
    public TilknytPrincipal tilknytPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.username();
    }
}
