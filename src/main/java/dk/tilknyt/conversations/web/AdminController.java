package dk.tilknyt.conversations.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.conversations.domain.TaskType;
import dk.tilknyt.conversations.followup.FollowUpDerivation;
import dk.tilknyt.conversations.followup.ProgrammeStore;
import dk.tilknyt.conversations.followup.SettingsStore;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;

/** HR's settings: onboarding programmes per job family, the senior age, and a refresh on demand. */
@Controller
class AdminController {

    private final Pages pages;
    private final ProgrammeStore programmes;
    private final SettingsStore settings;
    private final FollowUpDerivation derivation;

    AdminController(Pages pages, ProgrammeStore programmes, SettingsStore settings, FollowUpDerivation derivation) {
        this.pages = pages;
        this.programmes = programmes;
        this.settings = settings;
        this.derivation = derivation;
    }

    @GetMapping("/conversations/programmes")
    String programmes(Model model) {
        pages.guard().requireRole(Role.HR);
        model.addAttribute("programmes", programmes.programmes());
        model.addAttribute("jobFamilies", pages.org().jobFamilies());
        model.addAttribute("taskTypes", Arrays.stream(TaskType.values()).map(TaskType::code).toList());
        model.addAttribute("seniorAge", settings.settings().seniorAge());
        model.addAttribute("since", settings.since(pages.today()));
        return "conversations/programmes";
    }

    @PostMapping("/conversations/programmes/tasks")
    String addTask(@RequestParam(required = false) String jobFamily, @RequestParam(required = false) String title,
                   @RequestParam(required = false) Integer dayOffset, @RequestParam(defaultValue = "task") String taskType,
                   RedirectAttributes flash, Locale locale) {
        pages.guard().requireRole(Role.HR);
        String family = jobFamily == null || jobFamily.isBlank() ? null : jobFamily;
        try {
            if (family != null && !pages.org().isJobFamily(family)) {
                throw InvalidInputException.unprocessable("conv.programme.jobFamilyUnknown", "Unknown job family.");
            }
            if (dayOffset == null) {
                throw InvalidInputException.unprocessable("conv.programme.offsetInvalid", "The day is missing.");
            }
            TaskType type = Arrays.stream(TaskType.values()).filter(t -> t.code().equals(taskType)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("conv.programme.typeInvalid", "Unknown task type."));
            if (family != null) {
                programmes.copyCommonTo(family);
            }
            programmes.add(family, title, dayOffset, type);
            flash.addFlashAttribute("notice", pages.message("conv.programme.added", locale));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", pages.message(e, locale));
        }
        return "redirect:/conversations/programmes";
    }

    @PostMapping("/conversations/programmes/tasks/{id}/delete")
    String deleteTask(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        pages.guard().requireRole(Role.HR);
        programmes.delete(id);
        flash.addFlashAttribute("notice", pages.message("conv.programme.deleted", locale));
        return "redirect:/conversations/programmes";
    }

    @PostMapping("/conversations/settings")
    String saveSettings(@RequestParam(required = false) Integer seniorAge, RedirectAttributes flash, Locale locale) {
        pages.guard().requireRole(Role.HR);
        if (seniorAge == null || seniorAge < 50 || seniorAge > 70) {
            flash.addFlashAttribute("error", pages.message("conv.settings.seniorAgeInvalid", locale));
        } else {
            settings.setSeniorAge(seniorAge);
            flash.addFlashAttribute("notice", pages.message("conv.settings.saved", locale));
        }
        return "redirect:/conversations/programmes";
    }

    /** Applies changed programmes and settings at once instead of at the nightly refresh. */
    @PostMapping("/conversations/refresh")
    String refresh(RedirectAttributes flash, Locale locale) {
        pages.guard().requireRole(Role.HR);
        var changes = derivation.refreshAll(pages.today());
        flash.addFlashAttribute("notice", pages.message("conv.refresh.done", locale, changes.inserted(), changes.updated(),
                changes.deleted()));
        return "redirect:/conversations/programmes";
    }
}
