package dk.tilknyt.roster.web;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.NotFoundException;

/** What the employee's own roster pages share: who "me" is, and the way back to /my/roster with a message. */
@Component
class SelfService {

    static final String MY_ROSTER = "redirect:/my/roster";

    private final AccessGuard guard;
    private final RosterTexts texts;

    SelfService(AccessGuard guard, RosterTexts texts) {
        this.guard = guard;
        this.texts = texts;
    }

    /** The signed-in employee's person id; other roles are refused, and a user without a person has no roster. */
    String me() {
        String personId = guard.requireRole(Role.EMPLOYEE).principal().personId();
        if (personId == null) {
            throw new NotFoundException("Person", null);
        }
        return personId;
    }

    /** Back to /my/roster, saying what was done. */
    String done(RedirectAttributes redirect, String messageKey, Locale locale) {
        redirect.addFlashAttribute("notice", texts.msg(messageKey, locale));
        return MY_ROSTER;
    }
}
