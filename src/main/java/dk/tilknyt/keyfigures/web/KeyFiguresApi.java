package dk.tilknyt.keyfigures.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.tilknyt.keyfigures.AgeBand;
import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.keyfigures.Suppression;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.DateRange;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * {@code GET /api/key-figures} (api.md "Key figures"): the figures of a scope for scripts and reports.
 * HR, leaders and planners see their scope; works-council members see it with small cells
 * suppressed; employees are refused.
 */
@RestController
class KeyFiguresApi {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    private final KeyFigures keyFigures;
    private final AccessGuard guard;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    KeyFiguresApi(KeyFigures keyFigures, AccessGuard guard, OrgDirectory org, MessageSource messages, Clock clock) {
        this.keyFigures = keyFigures;
        this.guard = guard;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/key-figures")
    Map<String, Object> figures(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String jobFamily, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String codes, Locale locale) {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER, Role.PLANNER, Role.COUNCIL);
        String unitId = blank(unit) ? guard.homeUnit(rootUnit()) : unit.trim();
        guard.requireUnit(unitId);
        DateRange period = period(from, to, locale);
        String family = jobFamily(jobFamily, locale);
        AgeBand band = ageBand(ageBand, locale);
        Set<FigureCode> wanted = codes(codes, locale);

        Map<FigureCode, FigureValue> values = keyFigures.compute(new FigureQuery(unitId, period, family, band, wanted));
        boolean aggregatesOnly = scope.role() == Role.COUNCIL;
        Map<String, Object> figures = new LinkedHashMap<>();
        values.forEach((code, value) -> figures.put(code.code(), json(aggregatesOnly ? Suppression.apply(value) : value)));

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("unit", unitId);
        answer.put("from", period.from().toString());
        answer.put("to", period.to().toString());
        answer.put("jobFamily", family);
        answer.put("ageBand", band == null ? null : band.code());
        answer.put("figures", figures);
        return answer;
    }

    private static Map<String, Object> json(FigureValue figure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", figure.value());
        if (!figure.suppressed()) {
            json.put("numerator", figure.numerator());
            json.put("denominator", figure.denominator());
        }
        json.put("population", figure.population());
        json.put("suppressed", figure.suppressed());
        return json;
    }

    private String rootUnit() {
        return org.tree().roots().stream().map(OrgUnit::id).findFirst()
                .orElseThrow(() -> new NotFoundException("Unit", "(root)"));
    }

    /** The given period, or by default the last 12 whole months before today. */
    private DateRange period(String from, String to, Locale locale) {
        LocalDate first = blank(from) ? null : date("from", from, locale);
        LocalDate last = blank(to) ? null : date("to", to, locale);
        if (first == null && last == null) {
            last = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
        }
        if (first == null) {
            first = last.plusDays(1).minusMonths(12);
        }
        if (last == null) {
            last = first.plusMonths(12).minusDays(1);
        }
        if (first.isAfter(last)) {
            throw invalid(locale, "keyfigures.error.fromAfterTo", first, last);
        }
        return DateRange.of(first, last);
    }

    private LocalDate date(String parameter, String value, Locale locale) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(locale, "keyfigures.error.date", parameter, value);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw invalid(locale, "keyfigures.error.dateRange", parameter, value);
        }
        return date;
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
        return AgeBand.fromCode(code).orElseThrow(() -> invalid(locale, "keyfigures.error.ageBand", code,
                Arrays.stream(AgeBand.values()).map(AgeBand::code).collect(Collectors.joining(", "))));
    }

    private Set<FigureCode> codes(String list, Locale locale) {
        Set<FigureCode> codes = EnumSet.noneOf(FigureCode.class);
        if (blank(list)) {
            return codes;
        }
        for (String code : list.split(",")) {
            if (!code.isBlank()) {
                codes.add(FigureCode.fromCode(code).orElseThrow(() -> invalid(locale, "keyfigures.error.code", code.trim(),
                        Arrays.stream(FigureCode.values()).map(FigureCode::code).collect(Collectors.joining(", ")))));
            }
        }
        return codes;
    }

    /** A 400 whose message, in the caller's language, names the offending value. */
    private InvalidInputException invalid(Locale locale, String key, Object... args) {
        return new InvalidInputException(null, messages.getMessage(key, args, key, locale));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
