package dk.tilknyt.keyfigures.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.tilknyt.keyfigures.AgeBand;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.shared.DateRange;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Reads a page's filter: the unit (default the caller's home unit, always checked against the
 * caller's scope), the period (default the last 12 whole months by the clock) and the filters.
 */
@Component
class FilterReader {

    private final AccessGuard guard;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    FilterReader(AccessGuard guard, OrgDirectory org, MessageSource messages, Clock clock) {
        this.guard = guard;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    PageFilter read(String unit, String from, String to, String jobFamily, String ageBand, Locale locale) {
        String unitId = unit(unit);
        return new PageFilter(unitId, period(from, to, locale), jobFamily(jobFamily, locale), ageBand(ageBand, locale));
    }

    /** The unit asked for, or the caller's home unit; 404 when outside the caller's scope. */
    String unit(String unit) {
        String unitId = blank(unit) ? guard.homeUnit(root()) : unit.trim();
        guard.requireUnit(unitId);
        return unitId;
    }

    /** The last 12 whole months before today. */
    DateRange defaultPeriod() {
        LocalDate last = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
        return DateRange.of(last.plusDays(1).minusMonths(12), last);
    }

    private String root() {
        return org.tree().roots().stream().map(OrgUnit::id).findFirst()
                .orElseThrow(() -> new NotFoundException("Unit", "(root)"));
    }

    private DateRange period(String from, String to, Locale locale) {
        if (blank(from) && blank(to)) {
            return defaultPeriod();
        }
        LocalDate last = blank(to) ? null : date(to, locale);
        LocalDate first = blank(from) ? last.plusDays(1).minusMonths(12) : date(from, locale);
        if (last == null) {
            last = first.plusMonths(12).minusDays(1);
        }
        if (first.isAfter(last)) {
            throw invalid(locale, "keyfigures.error.fromAfterTo", first, last);
        }
        return DateRange.of(first, last);
    }

    private LocalDate date(String value, Locale locale) {
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.getYear() >= 1900 && date.getYear() <= 2199) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw invalid(locale, "keyfigures.pages.error.date", value);
    }

    private String jobFamily(String code, Locale locale) {
        if (blank(code)) {
            return null;
        }
        if (!org.isJobFamily(code.trim())) {
            throw invalid(locale, "keyfigures.error.jobFamily", code);
        }
        return code.trim();
    }

    private AgeBand ageBand(String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        return AgeBand.fromCode(code).orElseThrow(() -> invalid(locale, "keyfigures.pages.error.ageBand", code));
    }

    private InvalidInputException invalid(Locale locale, String key, Object... args) {
        return new InvalidInputException(null, messages.getMessage(key, args, key, locale));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
