package dk.tilknyt.conversations.survey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dk.tilknyt.conversations.domain.Bands;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Person;

/**
 * The groups an answer is analysed in, fixed when it is given: unit, job family, tenure band and age band.
 * Never the person.
 */
record AnswerGroup(String unitId, String jobFamily, String tenureBand, String ageBand) {

    /** The groups of a person's employment on a day (the last day, for an exit). */
    static AnswerGroup of(Person person, List<EmploymentSegment> employmentSegments, LocalDate day) {
        List<EmploymentSegment> sorted = employmentSegments.stream()
                .sorted(Comparator.comparing(EmploymentSegment::start)).toList();
        EmploymentSegment on = sorted.stream().filter(s -> s.covers(day)).findFirst().orElse(sorted.getLast());
        return new AnswerGroup(on.unitId(), on.jobFamily(), Bands.tenureBand(sorted.getFirst().start(), day),
                Bands.ageBand(person == null ? null : person.birthYear(), day));
    }
}
