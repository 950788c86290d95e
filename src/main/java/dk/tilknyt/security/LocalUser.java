package dk.tilknyt.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A local user as Spring Security sees it. Kept in the session, so it holds no secrets beyond the hash. */
record LocalUser(TilknytPrincipal principal, String passwordHash) implements UserDetails, TilknytPrincipalHolder, Serializable {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(principal.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.username();
    }

    @Override
    public TilknytPrincipal tilknytPrincipal() {
        return principal;
    }
}
