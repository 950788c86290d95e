package dk.tilknyt.roster.solver;

import java.time.LocalDate;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import dk.tilknyt.people.ShiftLayer;

/**
 * One person needed on a shift with a given skill: a shift that needs three people has three slots. The
 * employee is the planning variable; {@code null} is an explicitly open shift. A pinned slot (published or
 * edited by hand) keeps its employee.
 */
@PlanningEntity
public class ShiftSlot {

    @PlanningId
    private long id;
    private Shift shift;
    private Skill requiredSkill;

    @PlanningVariable(allowsUnassigned = true)
    private Employee employee;

    @PlanningPin
    private boolean pinned;

    // Timefold reads annotated members through public JavaBean getters: getId(), getEmployee(), isPinned().

    /** For the solver's cloner. */
    ShiftSlot() {
    }

    public ShiftSlot(long id, Shift shift, Skill requiredSkill) {
        this.id = id;
        this.shift = Objects.requireNonNull(shift, "shift");
        this.requiredSkill = Objects.requireNonNull(requiredSkill, "requiredSkill");
    }

    public ShiftSlot(long id, Shift shift, Skill requiredSkill, Employee employee) {
        this(id, shift, requiredSkill);
        this.employee = employee;
    }

    public long getId() {
        return id;
    }

    public Shift shift() {
        return shift;
    }

    public Skill requiredSkill() {
        return requiredSkill;
    }

    public Employee getEmployee() {
        return employee;
    }

    /** For the solver; people and pages use {@link #assign} and {@link #open}. */
    public void setEmployee(Employee employee) {
        this.employee = employee;
    }

    public boolean isOpen() {
        return employee == null;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void assign(Employee newEmployee) {
        this.employee = newEmployee;
    }

    public void open() {
        this.employee = null;
    }

    /** Keeps the current assignment when the roster is solved again. */
    public void pin() {
        this.pinned = true;
    }

    public void unpin() {
        this.pinned = false;
    }

    // Shortcuts the constraint streams use, so they read as the rule.

    public LocalDate date() {
        return shift.date();
    }

    public ShiftLayer layer() {
        return shift.layer();
    }

    public int dayIndex() {
        return shift.dayIndex();
    }

    public int startMinute() {
        return shift.startMinute();
    }

    public int endMinute() {
        return shift.endMinute();
    }

    public int minutes() {
        return shift.minutes();
    }

    public boolean isWeekend() {
        return shift.isWeekend();
    }

    public int weekendIndex() {
        return shift.weekendIndex();
    }

    @Override
    public String toString() {
        return shift + " " + requiredSkill + " → " + (employee == null ? "open" : employee.id());
    }
}
