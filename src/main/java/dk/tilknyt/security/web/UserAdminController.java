package dk.tilknyt.security.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.security.UnitHierarchy;
import dk.tilknyt.security.UserAccount;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.security.UserAdministration.UserChange;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/** HR's user administration: the same rules as the API, with each refusal shown next to its field. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final AccessGuard guard;
    private final UserAdministration users;
    private final UnitHierarchy units;

    UserAdminController(AccessGuard guard, UserAdministration users, UnitHierarchy units) {
        this.guard = guard;
        this.users = users;
        this.units = units;
    }

    /** What the form posts; blank fields mean "none" (and, for the password when editing, "unchanged"). */
    record UserForm(String username, String password, String role, String scope, String personId) {

        static UserForm of(UserAccount account) {
            return new UserForm(account.username(), "", account.role().code(), account.scopeUnitId(),
                    account.personId());
        }
    }

    /** A user as the list shows it: the scope by name. */
    record UserRow(UserAccount account, String scopeName) {
    }

    @GetMapping
    String list(Model model) {
        guard.requireRole(Role.HR);
        List<UserRow> rows = users.all().stream()
                .map(u -> new UserRow(u, u.scopeUnitId() == null ? null : units.nameOf(u.scopeUnitId())))
                .toList();
        model.addAttribute("users", rows);
        return "security/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        guard.requireRole(Role.HR);
        return form(model, new UserForm("", "", Role.LEADER.code(), null, null), false, Map.of());
    }

    @PostMapping
    String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        guard.requireRole(Role.HR);
        try {
            UserAccount created = users.create(new NewUser(form.username(), form.password(), form.role(),
                    blankToNull(form.scope()), blankToNull(form.personId())), false);
            redirect.addFlashAttribute("notice", "users.created");
            redirect.addFlashAttribute("noticeUser", created.username());
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            return form(model, form, false, Map.of(field(e), e.messageKey()));
        }
    }

    @GetMapping("/{username}/edit")
    String edit(@PathVariable String username, Model model) {
        guard.requireRole(Role.HR);
        return form(model, UserForm.of(existing(username)), true, Map.of());
    }

    @PostMapping("/{username}")
    String change(@PathVariable String username, @ModelAttribute UserForm form, Model model,
                  RedirectAttributes redirect) {
        guard.requireRole(Role.HR);
        existing(username);
        UserForm posted = new UserForm(username, form.password(), form.role(), form.scope(), form.personId());
        try {
            users.change(username, new UserChange(blankToNull(form.password()), form.role(),
                    form.scope() == null ? "" : form.scope(), form.personId() == null ? "" : form.personId()));
            redirect.addFlashAttribute("notice", "users.changed");
            redirect.addFlashAttribute("noticeUser", username);
            return "redirect:/admin/users";
        } catch (InvalidInputException e) {
            return form(model, posted, true, Map.of(field(e), e.messageKey()));
        }
    }

    @GetMapping("/{username}/delete")
    String confirmDelete(@PathVariable String username, Model model) {
        guard.requireRole(Role.HR);
        model.addAttribute("user", existing(username));
        model.addAttribute("self", username.equals(guard.principal().username()));
        return "security/user-delete";
    }

    @PostMapping("/{username}/delete")
    String delete(@PathVariable String username, RedirectAttributes redirect) {
        guard.requireRole(Role.HR);
        users.delete(username);
        redirect.addFlashAttribute("notice", "users.deleted");
        redirect.addFlashAttribute("noticeUser", username);
        return "redirect:/admin/users";
    }

    private String form(Model model, UserForm form, boolean editing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("units", units.outline());
        return "security/user-form";
    }

    private UserAccount existing(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** The form field a refusal belongs to, from its message key ({@code user.<field>.<reason>}). */
    static String field(InvalidInputException e) {
        String key = e.messageKey() == null ? "" : e.messageKey();
        if (key.startsWith("user.person.")) {
            return "personId";
        }
        for (String field : List.of("username", "password", "role", "scope")) {
            if (key.startsWith("user." + field + ".")) {
                return field;
            }
        }
        return "form";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
