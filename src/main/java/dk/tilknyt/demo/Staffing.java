package dk.tilknyt.demo;

import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.demo.OrgPlan.PlannedUnit;
import dk.tilknyt.demo.UnitKind.Position;

/**
 * The staff as the simulation builds it: persons, their employments and segments, and the positions
 * they fill. Days are epoch days; {@link #OPEN} is a segment still running. Mutable on purpose: the
 * simulation changes them as time passes, and nothing outside the generator sees them.
 */
final class Staffing {

    static final int OPEN = Integer.MAX_VALUE;

    private Staffing() {
    }

    static final class Person {
        final int number;
        final int birthYear;
        /** The day this person retires if still employed then. */
        final int retireDay;
        /** Has young children in the period: care days, child's sick days and maternity leave. */
        final boolean parent;
        final List<Employment> employments = new ArrayList<>(2);

        Person(int number, int birthYear, int retireDay, boolean parent) {
            this.number = number;
            this.birthYear = birthYear;
            this.retireDay = retireDay;
            this.parent = parent;
        }

        String id() {
            return Integer.toString(number);
        }

        Employment newEmployment() {
            Employment employment = new Employment(this, String.format("%s-%02d", id(), employments.size() + 1));
            employments.add(employment);
            return employment;
        }
    }

    static final class Employment {
        final Person person;
        final String id;
        final List<Segment> segments = new ArrayList<>(2);
        String departureReason;

        Employment(Person person, String id) {
            this.person = person;
            this.id = id;
        }

        Segment current() {
            return segments.getLast();
        }

        int firstDay() {
            return segments.getFirst().start;
        }

        int lastDay() {
            return current().end;
        }

        boolean onlyHourly() {
            return segments.stream().allMatch(s -> "hourly".equals(s.type));
        }
    }

    static final class Segment {
        final int start;
        int end = OPEN;
        final String unitId;
        final Family family;
        final String type;
        final double hours;
        final String layer;

        Segment(int start, String unitId, Family family, String type, double hours, String layer) {
            this.start = start;
            this.unitId = unitId;
            this.family = family;
            this.type = type;
            this.hours = hours;
            this.layer = layer;
        }
    }

    /** A position in a unit, held by one employment at a time; {@code version} changes with the holder. */
    static final class Slot {
        final PlannedUnit unit;
        final Family family;
        final Position.Kind kind;
        final String layer;
        Employment holder;
        int version;

        Slot(PlannedUnit unit, Family family, Position.Kind kind, String layer) {
            this.unit = unit;
            this.family = family;
            this.kind = kind;
            this.layer = layer;
        }
    }
}
