package dk.tilknyt.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.org.JobFamily;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgTree;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.people.Tenure;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.AuditLog;
import dk.tilknyt.security.Role;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Who works in a unit's subtree today: one row per current segment, sortable, filterable by job family,
 * paged. Person-level data, so every view is written to the audit log.
 */
@Controller
class StaffListController {

    static final int PAGE_SIZE = 50;

    /** The columns the list can be sorted by. */
    enum Sort {
        PERSON(Comparator.comparing(StaffRow::personId)),
        JOB_FAMILY(Comparator.comparing(StaffRow::jobFamilyName)),
        HOURS(Comparator.comparing(StaffRow::weeklyHours)),
        TYPE(Comparator.comparing(StaffRow::type)),
        LAYER(Comparator.comparing(StaffRow::shiftLayer, Comparator.nullsLast(Comparator.naturalOrder()))),
        UNIT(Comparator.comparing(StaffRow::unitName)),
        TENURE(Comparator.comparing(StaffRow::tenureYears, Comparator.nullsLast(Comparator.naturalOrder())));

        final Comparator<StaffRow> order;

        Sort(Comparator<StaffRow> order) {
            this.order = order;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort of(String code) {
            for (Sort sort : values()) {
                if (sort.code().equalsIgnoreCase(code) || sort.name().replace("_", "").equalsIgnoreCase(code)) {
                    return sort;
                }
            }
            throw new InvalidInputException("staff.sort.unknown", "Unknown sort column: " + code);
        }
    }

    private final AccessGuard guard;
    private final AuditLog audit;
    private final Staff staff;
    private final OrgDirectory org;
    private final Clock clock;

    StaffListController(AccessGuard guard, AuditLog audit, Staff staff, OrgDirectory org, Clock clock) {
        this.guard = guard;
        this.audit = audit;
        this.staff = staff;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/staff")
    String list(@RequestParam(required = false) String unit,
                @RequestParam(required = false) String jobFamily,
                @RequestParam(defaultValue = "person") String sort,
                @RequestParam(defaultValue = "asc") String dir,
                @RequestParam(defaultValue = "1") int page,
                Locale locale, Model model) {
        guard.requireRole(Role.HR, Role.LEADER, Role.PLANNER);
        OrgTree tree = org.tree();
        String unitId = unit == null || unit.isBlank()
                ? guard.homeUnit(tree.roots().isEmpty() ? null : tree.roots().getFirst().id()) : unit;
        AccessScope scope = guard.requireUnit(unitId);
        String family = jobFamily == null || jobFamily.isBlank() ? null : jobFamily;
        if (family != null && !org.isJobFamily(family)) {
            throw new InvalidInputException("staff.jobFamily.unknown", "Unknown job family: " + family);
        }
        Sort order = Sort.of(sort);
        boolean descending = "desc".equalsIgnoreCase(dir);

        LocalDate today = LocalDate.now(clock);
        List<StaffRow> rows = rows(tree, unitId, today, family, locale);
        Comparator<StaffRow> comparator = order.order.thenComparing(StaffRow::personId);
        rows.sort(descending ? comparator.reversed() : comparator);

        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<StaffRow> shown = rows.subList((current - 1) * PAGE_SIZE, Math.min(rows.size(), current * PAGE_SIZE));

        audit.record("view", "staff-list", unitId, "page " + current + (family == null ? "" : ", job family " + family));

        OrgUnit top = tree.find(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        model.addAttribute("unit", top);
        model.addAttribute("path", tree.path(unitId).stream().filter(u -> scope.includes(u.id())).toList());
        model.addAttribute("rows", shown);
        model.addAttribute("total", rows.size());
        model.addAttribute("persons", rows.stream().map(StaffRow::personId).distinct().count());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("sort", order.code());
        model.addAttribute("dir", descending ? "desc" : "asc");
        model.addAttribute("jobFamily", family);
        model.addAttribute("jobFamilies", org.jobFamilies().stream()
                .map(f -> Map.entry(f.code(), f.name(locale))).toList());
        model.addAttribute("today", today);
        return "people/staff";
    }

    private List<StaffRow> rows(OrgTree tree, String unitId, LocalDate today, String family, Locale locale) {
        var units = tree.subtree(unitId);
        Map<String, List<EmploymentSegment>> byPerson = staff.historiesOfEmployedOn(units, today).stream()
                .collect(Collectors.groupingBy(EmploymentSegment::personId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> familyNames = org.jobFamilies().stream()
                .collect(Collectors.toMap(JobFamily::code, f -> f.name(locale)));
        List<StaffRow> rows = new ArrayList<>();
        byPerson.forEach((personId, segments) -> {
            Double tenure = Tenure.yearsOn(segments, today).orElse(null);
            segments.stream()
                    .filter(s -> s.covers(today) && units.contains(s.unitId()))
                    .filter(s -> family == null || family.equals(s.jobFamily()))
                    .forEach(s -> rows.add(new StaffRow(personId,
                            familyNames.getOrDefault(s.jobFamily(), s.jobFamily()), s.weeklyHours(), s.type(),
                            s.shiftLayer(), s.unitId(), tree.name(s.unitId()), tenure)));
        });
        return rows;
    }
}
