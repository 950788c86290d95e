package dk.tilknyt.imports.check;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dk.tilknyt.absence.AbsenceType;
import dk.tilknyt.org.OrgLevel;
import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.recruitment.PostingOutcome;

/** The closed code lists of import-format.md, in the order the format lists them. */
final class Codes {

    static final Map<String, OrgLevel> LEVELS = of(OrgLevel.values(), OrgLevel::code);
    static final Map<String, EmploymentType> EMPLOYMENT_TYPES = of(EmploymentType.values(), EmploymentType::code);
    static final Map<String, DepartureReason> DEPARTURE_REASONS = of(DepartureReason.values(), DepartureReason::code);
    static final Map<String, ShiftLayer> SHIFT_LAYERS = of(ShiftLayer.values(), ShiftLayer::code);
    static final Map<String, AbsenceType> ABSENCE_TYPES = of(AbsenceType.values(), AbsenceType::code);
    static final Map<String, PostingOutcome> POSTING_OUTCOMES = of(PostingOutcome.values(), PostingOutcome::code);
    static final Map<String, String> STAGES = strings("applied", "invited", "interviewed", "offered", "hired");
    static final Map<String, String> APPLICATION_OUTCOMES = strings("pending", "hired", "rejected", "withdrawn");
    static final Map<String, String> WITHDRAWN_REASONS = strings("other_job", "salary", "hours", "commute",
            "changed_mind", "no_show", "other");

    private Codes() {
    }

    static <E> Map<String, E> of(E[] values, Function<E, String> code) {
        Map<String, E> codes = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> codes.put(code.apply(v), v));
        return Collections.unmodifiableMap(codes);
    }

    static Map<String, String> strings(String... values) {
        return of(values, Function.identity());
    }

    static <E> Map<String, E> of(List<E> values, Function<E, String> code) {
        Map<String, E> codes = new LinkedHashMap<>();
        values.forEach(v -> codes.put(code.apply(v), v));
        return Collections.unmodifiableMap(codes);
    }
}
