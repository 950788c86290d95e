package dk.tilknyt.conversations.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.absence.SicknessSpell;
import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;

/** Builds a person's facts for rule tests. */
final class Facts {

    private final String personId;
    private Integer birthYear;
    private final List<EmploymentSegment> segments = new ArrayList<>();
    private final List<SicknessSpell> spells = new ArrayList<>();
    private final Map<LocalDate, LocalDate> marks = new HashMap<>();
    private final List<Agreement> agreements = new ArrayList<>();

    private Facts(String personId) {
        this.personId = personId;
    }

    static Facts person(String id) {
        return new Facts(id);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Facts born(int year) {
        birthYear = year;
        return this;
    }

    Facts employed(String employmentId, String start, String end, String jobFamily) {
        return segment(employmentId, start, end, jobFamily, EmploymentType.PERMANENT, null);
    }

    Facts segment(String employmentId, String start, String end, String jobFamily, EmploymentType type, DepartureReason reason) {
        segments.add(new EmploymentSegment(employmentId, d(start), end == null ? null : d(end), personId, "unit-a",
                jobFamily, type, BigDecimal.valueOf(37), reason, null));
        return this;
    }

    Facts sick(String start, String end) {
        spells.add(new SicknessSpell(personId, d(start), end == null ? null : d(end)));
        return this;
    }

    Facts markedLong(String spellStart, String on) {
        marks.put(d(spellStart), d(on));
        return this;
    }

    Facts agreement(long id, String from, String expires) {
        agreements.add(new Agreement(id, personId, d(from), d(expires)));
        return this;
    }

    PersonFacts build() {
        return new PersonFacts(personId, birthYear, PersonFacts.employmentsOf(segments), spells, marks, agreements);
    }

    static RuleContext context(String today) {
        return context(today, new Programmes(List.of()));
    }

    static RuleContext context(String today, Programmes programmes) {
        return new RuleContext(d(today), d("2000-01-01"), FollowUpSettings.defaults(), programmes);
    }
}
