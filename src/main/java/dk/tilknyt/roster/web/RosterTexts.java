package dk.tilknyt.roster.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.rules.WishObstacle;
import dk.tilknyt.roster.rules.WishOutcome;

/** The rule checker's findings in the reader's language: why a wish was not granted, what an edit breaks. */
@Component
class RosterTexts {

    private final MessageSource messages;

    RosterTexts(MessageSource messages) {
        this.messages = messages;
    }

    String why(WishOutcome outcome, Locale locale) {
        if (outcome.granted()) {
            return msg("roster.wish.granted", locale);
        }
        WishObstacle o = outcome.obstacle();
        if (o == null) {
            return msg("roster.wish.notGranted", locale);
        }
        String shift = o.shift() == null ? "" : o.shift().date() + " " + msg("roster.shift." + o.shift().id(), locale);
        String skill = o.skill() == null ? "" : o.skill().code();
        String blocked = o.blockedBy().isEmpty() ? "" : " (" + o.blockedBy().entrySet().stream()
                .map(e -> e.getValue() + " " + msg("roster.rule." + e.getKey().code(), locale))
                .sorted().collect(Collectors.joining(", ")) + ")";
        return messages.getMessage("roster.obstacle." + o.kind().name().toLowerCase(Locale.ROOT),
                new Object[] {shift, o.needed(), skill, blocked, o.available()}, locale);
    }

    String violation(RuleViolation v, Locale locale) {
        return v.date() + ": " + msg("roster.rule." + v.rule().code(), locale);
    }

    String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String msgWith(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
