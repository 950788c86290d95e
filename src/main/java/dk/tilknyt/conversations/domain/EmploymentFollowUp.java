package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.people.EmploymentType;

/** Conversations that follow an employment: onboarding when it starts, exit when it ends, senior yearly. */
public final class EmploymentFollowUp {

    /** key-figures.md: a new employment within 90 days is a move, not a departure. */
    static final int MOVE_WINDOW_DAYS = 90;

    private EmploymentFollowUp() {
    }

    /** The programme of the employment's first job family, from its first day; hourly-paid staff get none. */
    public static List<DueItem> onboarding(Employment employment, Programmes programmes) {
        if (employment.type() == EmploymentType.HOURLY) {
            return List.of();
        }
        List<DueItem> items = new ArrayList<>();
        for (OnboardingTask task : programmes.tasksFor(employment.first().jobFamily())) {
            LocalDate due = employment.start().plusDays(task.dayOffset());
            String key = "onboarding|" + employment.id() + "|" + task.id();
            DueItem item = DueItem.open(key, task.type().itemKind(), employment.personId(), employment.id(),
                    employment.unitOn(due), due, employment.start()).task(task.id(), task.title());
            LocalDate end = employment.end();
            items.add(end != null && end.isBefore(due) ? item.closed(ClosedReason.LEFT, end.plusDays(1)) : item);
        }
        return items;
    }

    /**
     * When an employment ends for a stated reason (not death), an exit conversation is due by the last
     * working day; closed when the person starts another employment within 90 days (a move).
     */
    public static Optional<DueItem> exit(Employment employment, PersonFacts person) {
        DepartureReason reason = employment.departureReason();
        if (reason == null || reason == DepartureReason.DEATH || employment.type() == EmploymentType.HOURLY) {
            return Optional.empty();
        }
        LocalDate lastDay = employment.end();
        DueItem item = DueItem.open("exit|" + employment.id(), ItemKind.EXIT_CONVERSATION, employment.personId(),
                employment.id(), employment.last().unitId(), Deadlines.workingDayOnOrBefore(lastDay), lastDay);
        return Optional.of(person.nextStartWithin(employment, lastDay, MOVE_WINDOW_DAYS)
                .map(next -> item.closed(ClosedReason.MOVED, next))
                .orElse(item));
    }

    /**
     * Senior conversation once a year from the year the person turns the senior age (age = year - birth
     * year), on the anniversary of the first day of the employment that covers it.
     */
    public static List<DueItem> senior(PersonFacts person, RuleContext context) {
        if (person.birthYear() == null) {
            return List.of();
        }
        int firstYear = Math.max(context.since().getYear(), person.birthYear() + context.settings().seniorAge());
        int lastYear = context.today().plusDays(context.settings().lookaheadDays()).getYear();
        List<DueItem> items = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            seniorIn(person, year).ifPresent(items::add);
        }
        return items;
    }

    private static Optional<DueItem> seniorIn(PersonFacts person, int year) {
        for (Employment e : person.employments()) {
            LocalDate anniversary = e.start().withYear(year);
            if (e.type().isIncluded() && anniversary.isAfter(e.start()) && e.covers(anniversary)) {
                return Optional.of(DueItem.open("senior|" + person.personId() + "|" + year, ItemKind.SENIOR_CONVERSATION,
                        person.personId(), e.id(), e.unitOn(anniversary), Deadlines.workingDayOnOrBefore(anniversary),
                        anniversary));
            }
        }
        return Optional.empty();
    }
}
