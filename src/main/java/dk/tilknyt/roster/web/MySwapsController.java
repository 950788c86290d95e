package dk.tilknyt.roster.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.tilknyt.roster.planning.Swaps;
import dk.tilknyt.roster.planning.Swaps.Choice;
import dk.tilknyt.roster.planning.Swaps.SwapBreaksRule;
import dk.tilknyt.shared.InvalidInputException;

import jakarta.servlet.http.HttpServletResponse;

/** The employee's side of a swap, on the phone: offer one's shift, answer a colleague's offer, withdraw one's own. */
@Controller
class MySwapsController {

    /** One choice in the form: value "colleagueSlot:colleague" (slot 0 for a hand-over) and its label. */
    record ChoiceOption(String value, String label) {
    }

    private final SelfService self;
    private final Swaps swaps;
    private final RosterTexts texts;

    MySwapsController(SelfService self, Swaps swaps, RosterTexts texts) {
        this.self = self;
        this.swaps = swaps;
        this.texts = texts;
    }

    private String me() {
        return self.me();
    }

    @GetMapping("/my/roster/swaps/new")
    String form(@RequestParam long slot, Model model, Locale locale) {
        String me = me();
        model.addAttribute("shift", texts.shift(swaps.ownFutureShift(me, slot), locale));
        model.addAttribute("slot", slot);
        List<ChoiceOption> options = swaps.choicesFor(me, slot).stream().map(c -> option(c, locale)).toList();
        model.addAttribute("options", options);
        return "roster/swapnew";
    }

    private ChoiceOption option(Choice c, Locale locale) {
        String value = (c.isExchange() ? c.colleagueShift().id() : 0) + ":" + c.colleagueId();
        String label = c.isExchange()
                ? texts.msg("roster.swap.choice.exchange", locale) + " " + c.colleagueId() + ": "
                        + texts.shift(c.colleagueShift(), locale)
                : texts.msg("roster.swap.choice.handover", locale) + " " + c.colleagueId();
        return new ChoiceOption(value, label);
    }

    @PostMapping("/my/roster/swaps")
    String propose(@RequestParam long slot, @RequestParam(required = false) String choice, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        String me = me();
        String[] parts = choice == null ? new String[0] : choice.split(":", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            throw InvalidInputException.unprocessable("roster.swap.error.choice", "Choose a colleague");
        }
        long colleagueSlot = parseSlot(parts[0]);
        try {
            swaps.propose(me, slot, parts[1], colleagueSlot == 0 ? null : colleagueSlot);
        } catch (SwapBreaksRule e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", texts.brokenBySwap(e.violations(), locale));
            return form(slot, model, locale);
        }
        return self.done(redirect, "roster.swap.proposed", locale);
    }

    private static long parseSlot(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.unprocessable("roster.swap.error.choice", "Choose a colleague");
        }
    }

    @PostMapping("/my/roster/swaps/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        swaps.accept(me(), id);
        return self.done(redirect, "roster.swap.accepted", locale);
    }

    @PostMapping("/my/roster/swaps/{id}/decline")
    String decline(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        swaps.decline(me(), id);
        return self.done(redirect, "roster.swap.declined", locale);
    }

    @PostMapping("/my/roster/swaps/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        swaps.withdraw(me(), id);
        return self.done(redirect, "roster.swap.withdrawn", locale);
    }
}
