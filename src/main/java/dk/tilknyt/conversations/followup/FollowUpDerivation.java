package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.Absences;
import dk.tilknyt.absence.SicknessSpell;
import dk.tilknyt.absence.SicknessSpells;
import dk.tilknyt.conversations.domain.DueItem;
import dk.tilknyt.conversations.domain.FollowUpRules;
import dk.tilknyt.conversations.domain.PersonFacts;
import dk.tilknyt.conversations.domain.RuleContext;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Person;
import dk.tilknyt.people.Staff;

/**
 * Derives the due items from the stored staff and absence data and makes the stored items match.
 * Idempotent: a second run with the same data and day changes nothing. The source data is read outside
 * the write transaction, so a refresh never holds locks on other modules' tables while it writes, and
 * only the absence rows that can still decide an item are read (a refresh of one person reads all of
 * theirs and comes to the same items).
 */
@Service
public class FollowUpDerivation {

    private static final Logger log = LoggerFactory.getLogger(FollowUpDerivation.class);
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    /** Easter (Maundy Thursday to Easter Monday) is the longest run of days off that keeps a spell together. */
    private static final int LONGEST_RUN_OF_DAYS_OFF = 7;

    private final Staff staff;
    private final Absences absences;
    private final ItemStore items;
    private final SettingsStore settings;
    private final ProgrammeStore programmes;
    private final AgreementStore agreements;
    private final LongSpellMarks marks;

    FollowUpDerivation(Staff staff, Absences absences, ItemStore items, SettingsStore settings,
                       ProgrammeStore programmes, AgreementStore agreements, LongSpellMarks marks) {
        this.staff = staff;
        this.absences = absences;
        this.items = items;
        this.settings = settings;
        this.programmes = programmes;
        this.agreements = agreements;
        this.marks = marks;
    }

    /** Every person's items. */
    public ItemStore.Changes refreshAll(LocalDate today) {
        long started = System.nanoTime();
        RuleContext context = context(today);
        Map<String, List<EmploymentSegment>> segments = new HashMap<>();
        staff.forEachSegment(s -> segments.computeIfAbsent(s.personId(), p -> new ArrayList<>()).add(s));
        Map<String, Integer> birthYears = new HashMap<>();
        staff.forEachPerson(p -> birthYears.put(p.id(), p.birthYear()));
        Map<String, List<Absence>> sickRows = sickRowsFrom(context.careCountsFrom());
        var allMarks = marks.all();
        var allAgreements = agreements.all();
        List<DueItem> desired = new ArrayList<>();
        segments.forEach((personId, list) -> desired.addAll(FollowUpRules.itemsFor(new PersonFacts(personId,
                birthYears.get(personId), PersonFacts.employmentsOf(list),
                SicknessSpells.of(personId, sickRows.getOrDefault(personId, List.of())),
                allMarks.getOrDefault(personId, Map.of()), allAgreements.getOrDefault(personId, List.of())), context)));
        ItemStore.Changes changes = items.reconcile(desired, null);
        log.info("Conversations refreshed for {} persons in {} ms: {}", segments.size(),
                (System.nanoTime() - started) / 1_000_000, changes);
        return changes;
    }

    /** One person's items, e.g. right after a leader marked a spell or recorded an agreement. */
    public ItemStore.Changes refreshPerson(String personId, LocalDate today) {
        RuleContext context = context(today);
        Integer birthYear = staff.person(personId).map(Person::birthYear).orElse(null);
        List<SicknessSpell> spells = SicknessSpells.of(personId, absences.forPerson(personId));
        PersonFacts facts = new PersonFacts(personId, birthYear, PersonFacts.employmentsOf(staff.history(personId)),
                spells, marks.forPerson(personId), agreements.forPerson(personId));
        return items.reconcile(FollowUpRules.itemsFor(facts, context), personId);
    }

    /**
     * The sickness rows that can still decide an item: those ending on or after the cutoff (or running).
     * Rows ending earlier only matter when they merge into a later spell, so a person with a row that
     * starts near the cutoff has all rows read, and the spell starts where it really starts.
     */
    private Map<String, List<Absence>> sickRowsFrom(LocalDate cutoff) {
        Map<String, List<Absence>> rows = new HashMap<>();
        for (Absence a : absences.overlapping(cutoff, OPEN_END)) {
            if (a.type().isSickness()) {
                rows.computeIfAbsent(a.personId(), p -> new ArrayList<>()).add(a);
            }
        }
        LocalDate boundary = cutoff.plusDays(LONGEST_RUN_OF_DAYS_OFF);
        rows.replaceAll((person, list) -> list.stream().anyMatch(a -> !a.start().isAfter(boundary))
                ? absences.forPerson(person).stream().filter(a -> a.type().isSickness()).toList()
                : list);
        return rows;
    }

    private RuleContext context(LocalDate today) {
        return new RuleContext(today, settings.since(today), settings.settings(), programmes.programmes());
    }
}
