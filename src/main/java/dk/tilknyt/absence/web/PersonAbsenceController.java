package dk.tilknyt.absence.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.Absences;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;

/**
 * A person's absence rows for the person page (an htmx fragment; a page of its own without htmx).
 * Lives in the absence module because people must not depend on absence. Leaders and planners see
 * only the rows that overlap the person's segments in their units. Type, dates and extent only:
 * Tilknyt has no diagnosis to show.
 */
@Controller
class PersonAbsenceController {

    private final AccessGuard guard;
    private final AuditLog audit;
    private final Absences absences;
    private final Staff staff;

    PersonAbsenceController(AccessGuard guard, AuditLog audit, Absences absences, Staff staff) {
        this.guard = guard;
        this.audit = audit;
        this.absences = absences;
        this.staff = staff;
    }

    @GetMapping("/people/{personId}/absences")
    String absences(@PathVariable String personId,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Model model) {
        AccessScope scope = guard.requirePerson(personId);
        List<Absence> rows = absences.forPerson(personId);
        if (!scope.seesAllOf(personId)) {
            List<EmploymentSegment> inScope = staff.history(personId).stream()
                    .filter(s -> scope.includes(s.unitId())).toList();
            rows = rows.stream().filter(a -> inScope.stream().anyMatch(s -> concerns(a, s))).toList();
        }
        audit.record("view", "person-absences", personId, null);
        model.addAttribute("personId", personId);
        model.addAttribute("absences", rows);
        return htmx != null ? "absence/person :: rows" : "absence/person";
    }

    /** The row falls (partly) in the segment's time and concerns its employment, or is person-wide. */
    private static boolean concerns(Absence absence, EmploymentSegment segment) {
        return (absence.employmentId() == null || absence.employmentId().equals(segment.employmentId()))
                && absence.overlaps(segment.start(), segment.end() == null ? java.time.LocalDate.MAX : segment.end());
    }
}
