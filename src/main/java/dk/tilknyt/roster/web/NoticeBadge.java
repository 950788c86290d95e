package dk.tilknyt.roster.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dk.tilknyt.roster.planning.RosterNotices;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.TilknytPrincipalHolder;

/**
 * The unread count beside "Min vagtplan" in the navigation, for employees. Given from here so the layout needs
 * no knowledge of rosters: it shows the badge only when the attribute is there and above zero.
 */
@ControllerAdvice(annotations = Controller.class)
class NoticeBadge {

    private final AccessGuard guard;
    private final RosterNotices notices;

    NoticeBadge(AccessGuard guard, RosterNotices notices) {
        this.guard = guard;
        this.notices = notices;
    }

    @ModelAttribute("unreadRosterNotices")
    Integer unreadRosterNotices() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // anonymous pages (login, survey) and other roles get no badge, and no refusal either
        if (auth == null || !(auth.getPrincipal() instanceof TilknytPrincipalHolder)
                || auth.getAuthorities().stream().noneMatch(a -> "ROLE_EMPLOYEE".equals(a.getAuthority()))) {
            return null;
        }
        String personId = guard.principal().personId();
        return personId == null ? null : notices.unread(personId);
    }
}
