package dk.tilknyt.people.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.people.Person;
import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.people.Staff;
import dk.tilknyt.people.Tenure;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.shared.NotFoundException;

/**
 * One person: birth year, employment history and (from the absence module, as an htmx fragment)
 * absences. Leaders and planners see the segments in their units only; other segments say "other
 * unit". Every view is written to the audit log.
 */
@Controller
class PersonController {

    private final AccessGuard guard;
    private final AuditLog audit;
    private final Staff staff;
    private final OrgDirectory org;
    private final Clock clock;

    PersonController(AccessGuard guard, AuditLog audit, Staff staff, OrgDirectory org, Clock clock) {
        this.guard = guard;
        this.audit = audit;
        this.staff = staff;
        this.org = org;
        this.clock = clock;
    }

    /** A segment as the history shows it; {@code visible == false} rows show only their dates ("other unit"). */
    record SegmentRow(boolean visible, String employmentId, String unitId, String unitName, String jobFamilyName,
                      EmploymentType type, BigDecimal weeklyHours, ShiftLayer shiftLayer, LocalDate start,
                      LocalDate end, DepartureReason departureReason, boolean current) {
    }

    @GetMapping("/people/{personId}")
    String person(@PathVariable String personId, Locale locale, Model model) {
        AccessScope scope = guard.requirePerson(personId);
        return show(personId, scope, false, locale, model);
    }

    @GetMapping("/me")
    String me(Locale locale, Model model) {
        String own = guard.principal().personId();
        if (own == null) {
            throw new NotFoundException("Person", "me");
        }
        AccessScope scope = guard.requirePerson(own);
        return show(own, scope, true, locale, model);
    }

    private String show(String personId, AccessScope scope, boolean own, Locale locale, Model model) {
        Person person = staff.person(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        LocalDate today = LocalDate.now(clock);
        boolean seesAll = scope.seesAllOf(personId);
        List<EmploymentSegment> history = staff.history(personId);
        List<SegmentRow> rows = history.stream()
                .map(s -> row(s, seesAll || scope.includes(s.unitId()), today, locale))
                .toList();

        audit.record("view", "person", personId, own ? "own page" : "person page");

        model.addAttribute("person", person);
        model.addAttribute("age", person.birthYear() == null ? null : today.getYear() - person.birthYear());
        model.addAttribute("segments", rows);
        model.addAttribute("tenure", Tenure.yearsOn(history, today).orElse(null));
        model.addAttribute("own", own);
        model.addAttribute("today", today);
        return "people/person";
    }

    private SegmentRow row(EmploymentSegment s, boolean visible, LocalDate today, Locale locale) {
        if (!visible) {
            return new SegmentRow(false, null, null, null, null, null, null, null, s.start(), s.end(), null,
                    s.covers(today));
        }
        String family = org.jobFamily(s.jobFamily()).map(f -> f.name(locale)).orElse(s.jobFamily());
        return new SegmentRow(true, s.employmentId(), s.unitId(), org.tree().name(s.unitId()), family, s.type(),
                s.weeklyHours(), s.shiftLayer(), s.start(), s.end(), s.departureReason(), s.covers(today));
    }
}
