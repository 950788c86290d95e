package dk.tilknyt.roster.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * A unit's roster for a period: the staff, their wishes, and one slot per person the demand needs.
 * Hard score: rules broken; medium: open slots; soft: wishes, hours, layers, fairness, continuity.
 */
@PlanningSolution
public class Roster {

    @ProblemFactProperty
    private RosterPeriod period;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Employee> employees;

    @ProblemFactCollectionProperty
    private List<RosterWeek> weeks;

    @ProblemFactCollectionProperty
    private List<Wish> wishes;

    @PlanningEntityCollectionProperty
    private List<ShiftSlot> slots;

    @PlanningScore
    private HardMediumSoftScore score;

    // Timefold reads annotated members through public JavaBean getters, hence getX() here.

    /** For the solver's cloner. */
    Roster() {
    }

    public Roster(RosterPeriod period, List<Employee> employees, List<Wish> wishes, List<ShiftSlot> slots) {
        this.period = period;
        this.employees = new ArrayList<>(employees);
        this.weeks = period.restWeeks();
        this.wishes = new ArrayList<>(wishes);
        this.slots = new ArrayList<>(slots);
    }

    public RosterPeriod getPeriod() {
        return period;
    }

    public List<Employee> getEmployees() {
        return employees;
    }

    public List<RosterWeek> getWeeks() {
        return weeks;
    }

    public List<Wish> getWishes() {
        return wishes;
    }

    public List<ShiftSlot> getSlots() {
        return slots;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    /** For the solver. */
    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }

    public long openSlotCount() {
        return slots.stream().filter(ShiftSlot::isOpen).count();
    }
}
