package dk.tilknyt.roster.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.tilknyt.roster.rules.RuleViolation;
import dk.tilknyt.roster.rules.WishObstacle;
import dk.tilknyt.roster.rules.WishOutcome;
import dk.tilknyt.roster.store.NoticeStore.Notice;
import dk.tilknyt.roster.store.RosterStore.Assignment;

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

    /** A refused swap: which rule breaks for whom on which date. */
    String brokenBySwap(List<RuleViolation> violations, Locale locale) {
        return msg("roster.swap.error.breaksRule", locale) + " " + violations.stream()
                .map(v -> v.personId() + " " + violation(v, locale)).distinct().collect(Collectors.joining("; "));
    }

    /** "Dagvagt tir 05-01-2027": a shift as people name it. */
    String shift(Assignment a, Locale locale) {
        return a == null ? "" : msg("roster.shift." + a.shiftCode(), locale) + " " + day(a.date(), locale);
    }

    String day(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofPattern("EEE dd-MM-yyyy", locale));
    }

    /** A notice in the reader's words; {0} day, {1} shift, {2}–{3} the period's ISO weeks. */
    String notice(Notice n, Locale locale) {
        String day = n.date() == null ? "" : day(n.date(), locale);
        String shift = n.shiftCode() == null ? "" : msg("roster.shift." + n.shiftCode(), locale);
        LocalDate last = n.periodFirstDay().plusDays(n.periodWeeks() * 7L - 1);
        return messages.getMessage("roster.notice." + n.kind(), new Object[] {day, shift,
                String.valueOf(n.periodFirstDay().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                String.valueOf(last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))}, locale);
    }

    String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
