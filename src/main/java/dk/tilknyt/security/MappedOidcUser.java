package dk.tilknyt.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Someone signed in with the municipality's login, carrying the role and scope of their local user. */
final class MappedOidcUser extends DefaultOidcUser implements TilknytPrincipalHolder {

    private final TilknytPrincipal principal;

    MappedOidcUser(TilknytPrincipal principal, OidcUser user) {
        super(List.of(new SimpleGrantedAuthority(principal.role().authority())), user.getIdToken(), user.getUserInfo(),
                IdTokenClaimNames.SUB);
        this.principal = principal;
    }

    @Override
    public String getName() {
        return principal.username();
    }

    @Override
    public TilknytPrincipal tilknytPrincipal() {
        return principal;
    }
}
