package dk.tilknyt.roster.planning;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.Assignment;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * A person reported sick in a published period (issue 6, "a shift opened by sickness"): their shifts from the
 * first sick day (not before today) to the last open up, marked as opened by sickness, so they are offered as
 * open shifts. No absence row and no reason is recorded: HR imports absence, and a diagnosis is never stored.
 */
@Service
public class SickReports {

    private final RosterPlanning planning;
    private final RosterStore rosters;
    private final RosterNotices notices;

    SickReports(RosterPlanning planning, RosterStore rosters, RosterNotices notices) {
        this.planning = planning;
        this.rosters = rosters;
        this.notices = notices;
    }

    /** Opens the person's shifts in [from, to] (from defaults to today, to to from); returns how many opened. */
    @Transactional
    public int report(long periodId, String personId, LocalDate from, LocalDate to) {
        Period period = planning.require(periodId);
        if (period.status() != PeriodStatus.PUBLISHED) {
            throw InvalidInputException.unprocessable("roster.sickness.error.notPublished",
                    "Sickness opens shifts of a published roster only");
        }
        if (personId == null || !planning.load(periodId).employees().containsKey(personId)) {
            throw new NotFoundException("Person", personId);
        }
        LocalDate today = planning.today();
        LocalDate first = from == null ? today : from;
        LocalDate last = to == null ? first : to;
        if (last.isBefore(first)) {
            throw InvalidInputException.unprocessable("roster.sickness.error.range", "The last sick day is before the first");
        }
        LocalDate start = first.isBefore(today) ? today : first;
        List<Assignment> shifts = rosters.assignments(periodId).stream()
                .filter(a -> personId.equals(a.personId()) && !a.date().isBefore(start) && !a.date().isAfter(last))
                .toList();
        if (shifts.isEmpty()) {
            throw InvalidInputException.unprocessable("roster.sickness.error.noShifts",
                    "The person has no shifts from today in those days");
        }
        for (Assignment shift : shifts) {
            rosters.openForSickness(periodId, shift.id());
            notices.aboutShift(personId, periodId, shift, "sickness");
        }
        return shifts.size();
    }
}
