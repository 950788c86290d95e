package dk.tilknyt.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.tilknyt.security.AccessGuard;

/** Login and home pages. */
@Controller
class ShellController {

    private final AccessGuard guard;

    ShellController(AccessGuard guard) {
        this.guard = guard;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("principal", guard.principal());
        return "home";
    }
}
