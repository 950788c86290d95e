package dk.tilknyt.roster.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandException;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.Period;
import dk.tilknyt.shared.DanishCalendar;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Dates whose demand differs from the weekly pattern: an exception replaces the pattern's count for one date,
 * shift and skill. Edited per period while it is not published; public holidays can be proposed with the
 * Sunday pattern (rules.md, "Calendar": 24 December counts), for the planner to confirm.
 */
@Service
public class DemandExceptions {

    public static final List<String> SHIFTS = List.of("day", "evening", "night");
    /** What demand can ask for: anyone (care), a job family, or an extra competence. */
    public static final List<String> SKILLS = Stream.concat(Stream.of("care", "sosu_assistant", "nurse"),
            RosterTerms.COMPETENCES.stream()).toList();
    private static final int MAX_STAFF = 50;
    private static final Comparator<DemandException> ORDER = Comparator.comparing(DemandException::date)
            .thenComparing(e -> SHIFTS.indexOf(e.shiftCode())).thenComparing(e -> SKILLS.indexOf(e.skill()));

    private final RosterStore store;

    DemandExceptions(RosterStore store) {
        this.store = store;
    }

    public List<DemandException> of(Period period) {
        return store.exceptions(period.unitId(), period.firstDay(), period.lastDay()).stream().sorted(ORDER).toList();
    }

    public void add(Period period, LocalDate date, String shift, String skill, Integer staff) {
        requireEditable(period);
        if (date == null || date.isBefore(period.firstDay()) || date.isAfter(period.lastDay())) {
            throw InvalidInputException.unprocessable("roster.error.exceptionDate", "The date lies outside the period");
        }
        if (!SHIFTS.contains(shift)) {
            throw InvalidInputException.unprocessable("roster.error.wishLayer", "Unknown shift");
        }
        if (!SKILLS.contains(skill)) {
            throw InvalidInputException.unprocessable("roster.error.exceptionSkill", "Unknown skill");
        }
        if (staff == null || staff < 0 || staff > MAX_STAFF) {
            throw InvalidInputException.unprocessable("roster.error.demand", "Staff per shift is 0 to 50");
        }
        store.saveException(period.unitId(), new DemandException(date, shift, skill, staff));
    }

    public void delete(Period period, LocalDate date, String shift, String skill) {
        requireEditable(period);
        if (date == null || !store.deleteException(period.unitId(), date, shift, skill)) {
            throw new NotFoundException("Demand exception", date + " " + shift + " " + skill);
        }
    }

    /**
     * For each public holiday in the period that is no Sunday and has no exception yet: the Sunday pattern's
     * counts, and 0 for what the day's own pattern asks for beyond it (an exception only replaces its own line).
     */
    public List<DemandException> holidayProposal(Period period) {
        List<DemandLine> pattern = store.demand(period.unitId());
        Set<LocalDate> decided = of(period).stream().map(DemandException::date).collect(Collectors.toSet());
        List<DemandLine> sunday = linesOn(pattern, DayOfWeek.SUNDAY);
        List<DemandException> proposal = new ArrayList<>();
        for (LocalDate date = period.firstDay(); !date.isAfter(period.lastDay()); date = date.plusDays(1)) {
            if (!DanishCalendar.isHoliday(date) || date.getDayOfWeek() == DayOfWeek.SUNDAY || decided.contains(date)) {
                continue;
            }
            for (DemandLine line : sunday) {
                proposal.add(new DemandException(date, line.shiftCode(), line.skill(), line.staff()));
            }
            for (DemandLine line : linesOn(pattern, date.getDayOfWeek())) {
                boolean onSunday = sunday.stream().anyMatch(s -> s.shiftCode().equals(line.shiftCode())
                        && s.skill().equals(line.skill()));
                if (!onSunday) {
                    proposal.add(new DemandException(date, line.shiftCode(), line.skill(), 0));
                }
            }
        }
        return proposal.stream().sorted(ORDER).toList();
    }

    /** Saves the holiday proposal as it stands now; returns how many exceptions were added. */
    @Transactional
    public int addHolidays(Period period) {
        requireEditable(period);
        List<DemandException> proposal = holidayProposal(period);
        proposal.forEach(e -> store.saveException(period.unitId(), e));
        return proposal.size();
    }

    private static List<DemandLine> linesOn(List<DemandLine> pattern, DayOfWeek day) {
        return pattern.stream().filter(l -> l.weekday() == day.getValue()).toList();
    }

    private static void requireEditable(Period period) {
        if (period.status() == PeriodStatus.PUBLISHED) {
            throw InvalidInputException.unprocessable("roster.error.exceptionPublished",
                    "The roster is published; its demand can no longer change");
        }
    }
}
