package dk.tilknyt.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A local user as Spring Security's password check sees it. The hash is erased once the password
 * was checked, so the session holds none. {@code locked} is set while the login throttle holds the
 * username back after repeated wrong passwords.
 */
final class LocalUser implements UserDetails, CredentialsContainer, TilknytPrincipalHolder, Serializable {

    private final TilknytPrincipal principal;
    private final boolean locked;
    private String passwordHash;

    LocalUser(TilknytPrincipal principal, String passwordHash, boolean locked) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

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
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public TilknytPrincipal tilknytPrincipal() {
        return principal;
    }
}
