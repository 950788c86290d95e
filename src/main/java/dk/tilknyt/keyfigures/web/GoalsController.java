package dk.tilknyt.keyfigures.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.targets.Target;
import dk.tilknyt.keyfigures.targets.TargetStore.NewTarget;
import dk.tilknyt.keyfigures.targets.Targets;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;

/**
 * {@code /keyfigures/goals}: the targets of a scope with baseline, current value, progress, trend and
 * on-track status; HR and leaders (in scope) set them, one at a time or the three strategy goals at once.
 */
@Controller
class GoalsController {

    /** The Aabenraa strategy's baseline year. */
    static final int STRATEGY_BASELINE_YEAR = 2022;

    private final AccessGuard guard;
    private final FilterReader filters;
    private final Targets targets;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    GoalsController(AccessGuard guard, FilterReader filters, Targets targets, OrgDirectory org, MessageSource messages,
            Clock clock) {
        this.guard = guard;
        this.filters = filters;
        this.targets = targets;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/keyfigures/goals")
    String goals(@RequestParam(required = false) String unit, Locale locale, Model model) {
        guard.requireRole(Role.HR, Role.LEADER);
        String unitId = filters.unit(unit);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("unitId", unitId);
        model.addAttribute("unitName", org.tree().name(unitId));
        model.addAttribute("targets", targets.follow(unitId).stream().map(f -> line(f, locale)).toList());
        model.addAttribute("figures", Arrays.asList(FigureCode.values()));
        model.addAttribute("defaultBaselineYear", Math.min(STRATEGY_BASELINE_YEAR, today.getYear() - 1));
        model.addAttribute("defaultDeadline", LocalDate.of(today.getYear() + 2, 12, 31));
        model.addAttribute("dashboardLink", "/keyfigures?unit=" + unitId);
        return "keyfigures/goals";
    }

    @PostMapping("/keyfigures/goals")
    String set(@RequestParam String unit, @RequestParam(required = false) String figure,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String baselineYear,
            @RequestParam(required = false) String deadline, Locale locale, RedirectAttributes redirect) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER);
        String unitId = filters.unit(unit);
        try {
            Target.Kind k = "relative".equals(kind) ? Target.Kind.RELATIVE : Target.Kind.ABSOLUTE;
            NewTarget target = new NewTarget(unitId, FigureCode.fromCode(figure).orElse(null), k,
                    "at_most".equals(direction) ? Target.Direction.AT_MOST : Target.Direction.AT_LEAST,
                    number(amount), k == Target.Kind.RELATIVE ? year(baselineYear) : null, date(deadline), false);
            targets.set(target, scope.username());
            redirect.addFlashAttribute("notice", text("keyfigures.goals.saved", locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
        }
        return "redirect:/keyfigures/goals?unit=" + unitId;
    }

    @PostMapping("/keyfigures/goals/strategy")
    String strategy(@RequestParam String unit, @RequestParam(required = false) String baselineYear,
            @RequestParam(required = false) String deadline, Locale locale, RedirectAttributes redirect) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER);
        String unitId = filters.unit(unit);
        try {
            Integer year = year(baselineYear);
            int added = targets.addStrategyGoals(unitId, year == null ? STRATEGY_BASELINE_YEAR : year, date(deadline),
                    scope.username());
            redirect.addFlashAttribute("notice", messages.getMessage("keyfigures.goals.strategyAdded", new Object[] {added},
                    locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
        }
        return "redirect:/keyfigures/goals?unit=" + unitId;
    }

    @PostMapping("/keyfigures/goals/{id}/delete")
    String delete(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        guard.requireRole(Role.HR, Role.LEADER);
        Target target = targets.find(id);
        guard.requireUnit(target.unitId());
        targets.delete(id);
        redirect.addFlashAttribute("notice", text("keyfigures.goals.deleted", locale));
        return "redirect:/keyfigures/goals?unit=" + target.unitId();
    }

    /** A followed target with its numbers as they read in the reader's language. */
    record GoalLine(Targets.FollowedTarget followed, String description, String baseline, String goal, String current,
            String lastThree) {
    }

    private GoalLine line(Targets.FollowedTarget followed, Locale locale) {
        Target t = followed.target();
        String amount = Numbers.format(t.amount(), locale);
        String description = t.kind() == Target.Kind.ABSOLUTE
                ? messages.getMessage("keyfigures.goals.describe.absolute." + t.direction().name(), new Object[] {amount}, locale)
                : messages.getMessage("keyfigures.goals.describe.relative",
                        new Object[] {Numbers.signed(t.amount(), locale) + " %", String.valueOf(t.baselineYear())}, locale);
        var p = followed.progress();
        return new GoalLine(followed, description, Numbers.format(p.baseline(), locale), Numbers.format(p.goal(), locale),
                Numbers.format(p.current(), locale),
                String.join(" → ", followed.lastThree().stream().map(v -> Numbers.format(v, locale)).toList()));
    }

    private static BigDecimal number(String value) {
        if (FilterReader.blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(',', '.').replace('−', '-'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.unprocessable("keyfigures.goals.error.amount", "Give the target value as a number.");
        }
    }

    private static Integer year(String value) {
        if (FilterReader.blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw InvalidInputException.unprocessable("keyfigures.goals.error.baselineYear", "Give the baseline year.");
        }
    }

    private static LocalDate date(String value) {
        if (FilterReader.blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.unprocessable("keyfigures.goals.error.deadline", "The deadline must be a date.");
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
