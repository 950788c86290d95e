package dk.tilknyt.keyfigures.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.keyfigures.board.BoardAction;
import dk.tilknyt.keyfigures.board.Boards;
import dk.tilknyt.keyfigures.targets.TargetProgress;
import dk.tilknyt.keyfigures.targets.Targets;
import dk.tilknyt.keyfigures.trend.RollingSeries;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * {@code /keyfigures/board/{unit}}: the board-meeting (tavlemøde) screen of a unit, readable on a wall:
 * its chosen figures with target, trend and last month, and the improvement actions the team edits
 * during the meeting (htmx swaps the action list). HR and the unit's leaders use it.
 */
@Controller
class BoardController {

    private final AccessGuard guard;
    private final Boards boards;
    private final Targets targets;
    private final KeyFigures keyFigures;
    private final RollingSeries series;
    private final OrgDirectory org;
    private final MessageSource messages;

    BoardController(AccessGuard guard, Boards boards, Targets targets, KeyFigures keyFigures, RollingSeries series,
            OrgDirectory org, MessageSource messages) {
        this.guard = guard;
        this.boards = boards;
        this.targets = targets;
        this.keyFigures = keyFigures;
        this.series = series;
        this.org = org;
        this.messages = messages;
    }

    /** One figure on the board. Trend is "up", "down", "flat" or "unknown". */
    record Card(FigureCode code, String value, String lastMonth, String trend, String goal, String status) {
    }

    @GetMapping("/keyfigures/board/{unit}")
    String board(@PathVariable String unit, Model model) {
        check(unit);
        List<FigureCode> chosen = boards.figures(unit);
        model.addAttribute("cards", cards(unit, chosen));
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", org.tree().name(unit));
        model.addAttribute("lastMonth", series.lastWholeMonth());
        model.addAttribute("chosen", chosen);
        model.addAttribute("figures", Arrays.asList(FigureCode.values()));
        model.addAttribute("statuses", BoardAction.Status.values());
        model.addAttribute("actions", boards.actions(unit));
        return "keyfigures/board";
    }

    @PostMapping("/keyfigures/board/{unit}/figures")
    String choose(@PathVariable String unit, @RequestParam(name = "figure", required = false) List<String> figures,
            Locale locale, RedirectAttributes redirect) {
        check(unit);
        try {
            boards.chooseFigures(unit, (figures == null ? List.<String>of() : figures).stream()
                    .flatMap(code -> FigureCode.fromCode(code).stream()).toList());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
        }
        return "redirect:/keyfigures/board/" + unit;
    }

    @PostMapping("/keyfigures/board/{unit}/actions")
    String add(@PathVariable String unit, @RequestParam(required = false) String text,
            @RequestParam(required = false) String owner, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Locale locale, Model model, RedirectAttributes redirect) {
        check(unit);
        return answer(unit, htmx, locale, model, redirect, () -> boards.addAction(unit, text, owner));
    }

    @PostMapping("/keyfigures/board/{unit}/actions/{id}")
    String change(@PathVariable String unit, @PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String status,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            RedirectAttributes redirect) {
        check(unit);
        actionOf(unit, id);
        return answer(unit, htmx, locale, model, redirect,
                () -> boards.changeAction(id, text, owner, BoardAction.Status.fromCode(status).orElse(null)));
    }

    @PostMapping("/keyfigures/board/{unit}/actions/{id}/delete")
    String delete(@PathVariable String unit, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            RedirectAttributes redirect) {
        check(unit);
        actionOf(unit, id);
        return answer(unit, htmx, locale, model, redirect, () -> boards.deleteAction(id));
    }

    /** htmx gets the action list again; a plain form post goes back to the board. */
    private String answer(String unit, String htmx, Locale locale, Model model, RedirectAttributes redirect, Runnable change) {
        String problem = null;
        try {
            change.run();
        } catch (InvalidInputException e) {
            problem = messages.getMessage(e.messageKey(), null, e.getMessage(), locale);
        }
        if (htmx != null) {
            model.addAttribute("unitId", unit);
            model.addAttribute("actions", boards.actions(unit));
            model.addAttribute("statuses", BoardAction.Status.values());
            model.addAttribute("problem", problem);
            return "keyfigures/board :: actions";
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
        }
        return "redirect:/keyfigures/board/" + unit;
    }

    private void check(String unit) {
        guard.requireRole(Role.HR, Role.LEADER);
        guard.requireUnit(unit);
    }

    private BoardAction actionOf(String unit, long id) {
        BoardAction action = boards.action(id);
        if (!action.unitId().equals(unit)) {
            throw new NotFoundException("Action", Long.toString(id));
        }
        return action;
    }

    private List<Card> cards(String unit, List<FigureCode> chosen) {
        Locale locale = LocaleContextHolder.getLocale();
        var points = series.series(unit, null, null, series.lastMonthEnd(), 3);
        Map<FigureCode, FigureValue> lastMonth = keyFigures.compute(
                new FigureQuery(unit, series.lastWholeMonth(), null, null, Set.copyOf(chosen)));
        var followed = targets.follow(unit);
        List<Card> cards = new ArrayList<>();
        for (FigureCode code : chosen) {
            List<BigDecimal> lastThree = points.stream().map(p -> p.figure(code).value()).toList();
            var target = followed.stream().filter(t -> t.target().figure() == code).findFirst();
            String goal = target.map(t -> t.progress().goal()).map(g -> Numbers.format(g, locale)).orElse(null);
            String status = target.map(t -> t.progress().status().name().toLowerCase(Locale.ROOT)).orElse(null);
            cards.add(new Card(code, Numbers.format(lastThree.getLast(), locale),
                    Numbers.format(lastMonth.get(code).value(), locale),
                    TargetProgress.Trend.of(lastThree).name().toLowerCase(Locale.ROOT), goal, status));
        }
        return cards;
    }
}
