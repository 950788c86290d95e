package dk.tilknyt.roster.solver;

import java.time.LocalDate;
import java.util.Objects;

import dk.tilknyt.people.ShiftLayer;

/**
 * One entry of a person's wish plan (ønskeplan).
 *
 * @param layer    the layer wished for or against; {@code null} means any
 * @param priority 1 (matters most) to 3 (matters least)
 */
public record Wish(Employee employee, LocalDate date, WishKind kind, ShiftLayer layer, int priority) {

    public Wish {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (priority < 1 || priority > 3) {
            throw new IllegalArgumentException("A wish's priority is 1, 2 or 3");
        }
    }

    /** Priority 1 weighs 3, priority 3 weighs 1. */
    public int weight() {
        return 4 - priority;
    }

    /** Whether a shift in this layer is the kind of shift the wish is about. */
    public boolean concerns(ShiftLayer shiftLayer) {
        return kind == WishKind.OFF || layer == null || layer == shiftLayer;
    }

    public boolean isRefusal() {
        return kind != WishKind.WANT;
    }
}
