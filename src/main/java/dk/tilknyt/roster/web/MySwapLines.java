package dk.tilknyt.roster.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.tilknyt.roster.planning.SwapStatus;
import dk.tilknyt.roster.planning.Swaps;
import dk.tilknyt.roster.planning.Swaps.SwapView;

/** The swaps an employee is party to, worded from their side: what they offer, or what they are offered. */
@Component
class MySwapLines {

    record SwapLine(long id, String text, String status, boolean canAnswer, boolean canWithdraw) {
    }

    private final Swaps swaps;
    private final RosterTexts texts;
    private final MessageSource messages;

    MySwapLines(Swaps swaps, RosterTexts texts, MessageSource messages) {
        this.swaps = swaps;
        this.texts = texts;
        this.messages = messages;
    }

    List<SwapLine> of(String me, Locale locale) {
        return swaps.of(me).stream().map(v -> line(me, v, locale)).toList();
    }

    private SwapLine line(String me, SwapView v, Locale locale) {
        var swap = v.swap();
        boolean proposer = swap.proposerId().equals(me);
        String key = "roster.swap.line." + (proposer ? "offered" : "asked") + (swap.isExchange() ? ".exchange" : ".handover");
        String text = messages.getMessage(key, new Object[] {texts.shift(v.proposerShift(), locale),
                proposer ? swap.colleagueId() : swap.proposerId(), texts.shift(v.colleagueShift(), locale)}, locale);
        return new SwapLine(swap.id(), text, texts.msg("roster.swap.status." + swap.status().code(), locale),
                !proposer && swap.status() == SwapStatus.REQUESTED, proposer && swap.status().isOpen());
    }
}
