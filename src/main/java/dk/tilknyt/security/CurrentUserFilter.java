package dk.tilknyt.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Re-reads a signed-in web user from the store on every request: a user HR deleted is signed out at
 * once, and a changed role or scope applies from the next click (not from the next login). Costs one
 * primary-key look-up per request.
 */
final class CurrentUserFilter extends OncePerRequestFilter {

    private final UserStore users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentUserFilter(UserStore users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TilknytPrincipalHolder holder) {
            TilknytPrincipal before = holder.tilknytPrincipal();
            Optional<TilknytPrincipal> now = users.principal(before.username());
            if (now.isEmpty()) {
                signOut(request, response);
                return;
            }
            if (!now.get().equals(before)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(now.get()),
                        null, List.of(new SimpleGrantedAuthority(now.get().role().authority()))));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }
}
