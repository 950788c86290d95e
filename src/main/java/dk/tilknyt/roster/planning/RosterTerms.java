package dk.tilknyt.roster.planning;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.StaffMember;
import dk.tilknyt.roster.store.RosterStore.Terms;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * People's roster terms beyond the employment: weekend frequency (rules.md: every 2nd, 3rd or 4th weekend),
 * extra competences from a fixed list, and the life-phase limit "no nights". Edited for the staff a unit has
 * in the period ahead: from today to the end of the longest roster period that could start today.
 */
@Service
public class RosterTerms {

    /** Competences beyond the job family that demand can ask for; labelled by {@code roster.skill.<code>}. */
    public static final List<String> COMPETENCES = List.of("medicine", "wound_care", "diabetes", "dementia", "palliation");
    public static final List<Integer> WEEKEND_FREQUENCIES = List.of(2, 3, 4);

    private final RosterStore store;
    private final RosterPlanning planning;

    RosterTerms(RosterStore store, RosterPlanning planning) {
        this.store = store;
        this.planning = planning;
    }

    /** Everyone with a segment in the unit between today and the end of the longest period starting today. */
    public List<StaffMember> staffAhead(String unitId) {
        LocalDate today = planning.today();
        return store.staff(unitId, today, today.plusWeeks(RosterPlanning.MAX_WEEKS));
    }

    /** Who has agreed in a senior conversation not to work nights: it applies whatever the terms say. */
    public Set<String> noNightsBySeniorArrangement() {
        return planning.noNightsAgreedBy(planning.today());
    }

    /** Saves one person's terms; a person not on the unit's staff ahead is not found, a bad value is 422. */
    @Transactional
    public StaffMember save(String unitId, String personId, Integer weekendEvery, List<String> competences,
            boolean noNights) {
        if (staffAhead(unitId).stream().noneMatch(m -> m.personId().equals(personId))) {
            throw new NotFoundException("Person", personId);
        }
        if (weekendEvery == null || !WEEKEND_FREQUENCIES.contains(weekendEvery)) {
            throw InvalidInputException.unprocessable("roster.error.weekendEvery",
                    "The weekend frequency is every 2nd, 3rd or 4th weekend");
        }
        Set<String> chosen = new LinkedHashSet<>(competences == null ? List.of() : competences);
        if (!COMPETENCES.containsAll(chosen)) {
            throw InvalidInputException.unprocessable("roster.error.competence",
                    "Unknown competence; choose from " + String.join(", ", COMPETENCES));
        }
        store.saveTerms(personId, new Terms(weekendEvery, chosen, noNights));
        return staffAhead(unitId).stream().filter(m -> m.personId().equals(personId)).findFirst().orElseThrow();
    }
}
