package dk.tilknyt.keyfigures.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.keyfigures.national.NationalReferences;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;

/** {@code /keyfigures/national}: the national reference figures in force; HR imports newer ones as CSV. */
@Controller
class NationalController {

    private final AccessGuard guard;
    private final NationalReferences references;
    private final MessageSource messages;

    NationalController(AccessGuard guard, NationalReferences references, MessageSource messages) {
        this.guard = guard;
        this.references = references;
        this.messages = messages;
    }

    @GetMapping("/keyfigures/national")
    String list(Model model) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        model.addAttribute("references", references.all());
        model.addAttribute("mayImport", scope.role() == Role.HR);
        return "keyfigures/national";
    }

    @PostMapping("/keyfigures/national")
    String upload(@RequestParam(required = false) MultipartFile file, Locale locale, RedirectAttributes redirect)
            throws IOException {
        AccessScope scope = guard.requireRole(Role.HR);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("keyfigures.national.error.empty", null, locale));
            return "redirect:/keyfigures/national";
        }
        try (InputStream in = file.getInputStream()) {
            int count = references.importCsv(in, scope.username());
            redirect.addFlashAttribute("notice", messages.getMessage("keyfigures.national.imported", new Object[] {count},
                    locale));
        } catch (NationalReferences.BadFile e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), new Object[] {e.line()},
                    e.getMessage(), locale));
        }
        return "redirect:/keyfigures/national";
    }
}
