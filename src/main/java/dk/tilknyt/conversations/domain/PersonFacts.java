package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.tilknyt.absence.SicknessSpell;
import dk.tilknyt.people.EmploymentSegment;

/**
 * Everything the follow-up rules know about one person: employments, sickness spells, a leader's marks
 * that a spell is expected to last beyond 8 weeks (spell start → day marked) and §56 agreements.
 */
public record PersonFacts(String personId, Integer birthYear, List<Employment> employments,
                          List<SicknessSpell> spells, Map<LocalDate, LocalDate> longSpellMarks,
                          List<Agreement> agreements) {

    public PersonFacts {
        employments = employments.stream().sorted(Comparator.comparing(Employment::start)).toList();
        spells = List.copyOf(spells);
        longSpellMarks = Map.copyOf(longSpellMarks);
        agreements = List.copyOf(agreements);
    }

    /** Groups a person's segments into employments. */
    public static List<Employment> employmentsOf(List<EmploymentSegment> segments) {
        Map<String, List<EmploymentSegment>> byEmployment = new LinkedHashMap<>();
        for (EmploymentSegment s : segments) {
            byEmployment.computeIfAbsent(s.employmentId(), id -> new java.util.ArrayList<>()).add(s);
        }
        return byEmployment.entrySet().stream().map(e -> new Employment(e.getKey(), e.getValue())).toList();
    }

    /**
     * The unit an item about the person on that day belongs to: an included employment covering the day,
     * else any covering employment, else the latest employment begun by then, else the first.
     */
    public Optional<String> unitOn(LocalDate day) {
        if (employments.isEmpty()) {
            return Optional.empty();
        }
        Employment chosen = employments.stream().filter(e -> e.covers(day))
                .min(Comparator.comparing((Employment e) -> !e.type().isIncluded()).thenComparing(Employment::start))
                .orElseGet(() -> employments.stream().filter(e -> !e.start().isAfter(day))
                        .reduce((a, b) -> b).orElse(employments.getFirst()));
        return Optional.of(chosen.unitOn(day));
    }

    /** The last day the person is employed anywhere, or null while any employment runs. */
    public LocalDate lastDayEmployed() {
        LocalDate last = null;
        for (Employment e : employments) {
            if (e.end() == null) {
                return null;
            }
            last = last == null || e.end().isAfter(last) ? e.end() : last;
        }
        return last;
    }

    /** Whether the person has an employment other than {@code except} starting in (after, after + days]. */
    public Optional<LocalDate> nextStartWithin(Employment except, LocalDate after, int days) {
        return employments.stream()
                .filter(e -> !e.id().equals(except.id()))
                .flatMap(e -> e.segments().stream())
                .map(EmploymentSegment::start)
                .filter(d -> d.isAfter(after) && !d.isAfter(after.plusDays(days)))
                .min(Comparator.naturalOrder());
    }
}
