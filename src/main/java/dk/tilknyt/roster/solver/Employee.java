package dk.tilknyt.roster.solver;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dk.tilknyt.people.ShiftLayer;

/**
 * A person's terms for one roster period: contracted hours, own layer, agreed weekend frequency, skills,
 * absence, life-phase limits and whether the person is a trainee (SOSU elev). The planning value of a
 * {@link ShiftSlot}.
 *
 * <p>A class with identity equality rather than a record: the solver hashes employees on every join, and a
 * record would hash all its sets each time.
 */
public final class Employee {

    /** rules.md, "Trainees": at most every 3rd weekend. */
    public static final int TRAINEE_WEEKEND_EVERY = 3;

    private final String id;
    private final int weeklyMinutes;
    private final ShiftLayer layer;
    private final int weekendEvery;
    private final Set<Skill> skills;
    private final Set<LocalDate> absenceDays;
    private final Set<ShiftLayer> excludedLayers;
    private final boolean trainee;
    private final int targetMinutes;

    /**
     * @param weekendEvery   works at most every 2nd, 3rd or 4th weekend
     * @param excludedLayers life-phase limits, e.g. no nights
     * @param trainee        a trainee works at most every 3rd weekend, whatever was agreed
     */
    public Employee(String id, int weeklyMinutes, ShiftLayer layer, int weekendEvery, Set<Skill> skills,
                    Set<LocalDate> absenceDays, Set<ShiftLayer> excludedLayers, boolean trainee, RosterPeriod period) {
        this.id = Objects.requireNonNull(id, "id");
        if (weeklyMinutes <= 0) {
            throw new IllegalArgumentException("Weekly hours must be positive for " + id);
        }
        if (weekendEvery < 1) {
            throw new IllegalArgumentException("Weekend frequency must be at least 1 for " + id);
        }
        this.weeklyMinutes = weeklyMinutes;
        this.layer = Objects.requireNonNull(layer, "layer");
        // rules.md: trainees at most every 3rd weekend
        this.weekendEvery = trainee ? Math.max(weekendEvery, TRAINEE_WEEKEND_EVERY) : weekendEvery;
        this.trainee = trainee;
        this.skills = Set.copyOf(skills);
        this.absenceDays = Set.copyOf(absenceDays);
        this.excludedLayers = excludedLayers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excludedLayers));
        this.targetMinutes = targetMinutes(period);
    }

    /** Contracted hours over the period, less the days the person is absent (they count as worked). */
    private int targetMinutes(RosterPeriod period) {
        long absent = absenceDays.stream().filter(period::contains).count();
        return (int) ((long) weeklyMinutes * period.weeks() * (period.days() - absent) / period.days());
    }

    public String id() {
        return id;
    }

    public int weeklyMinutes() {
        return weeklyMinutes;
    }

    public ShiftLayer layer() {
        return layer;
    }

    public int weekendEvery() {
        return weekendEvery;
    }

    public Set<Skill> skills() {
        return skills;
    }

    public Set<LocalDate> absenceDays() {
        return absenceDays;
    }

    public Set<ShiftLayer> excludedLayers() {
        return excludedLayers;
    }

    public boolean isTrainee() {
        return trainee;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    public boolean has(Skill skill) {
        return skills.contains(skill);
    }

    public boolean isAbsentOn(LocalDate day) {
        return absenceDays.contains(day);
    }

    public boolean mayWork(ShiftLayer shiftLayer) {
        return !excludedLayers.contains(shiftLayer);
    }

    /** A MIXED person's own layer is every layer. */
    public boolean ownsLayer(ShiftLayer shiftLayer) {
        return layer == ShiftLayer.MIXED || layer == shiftLayer;
    }

    @Override
    public String toString() {
        return id;
    }
}
