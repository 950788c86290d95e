package dk.tilknyt.security;

import java.util.List;
import java.util.Set;

/** What security needs to know of the org tree; implemented by the org module. */
public interface UnitHierarchy {

    /** The unit and all units below it; empty when the unit does not exist. */
    Set<String> subtree(String unitId);

    boolean exists(String unitId);

    /** The unit's display name, or the id itself when there is no such unit (e.g. removed by an import). */
    String nameOf(String unitId);

    /** Every unit, depth first from the roots with its depth: the choices for a user's scope. */
    List<UnitOption> outline();

    /** One unit as a choice in a list, indented by its depth in the tree. */
    record UnitOption(String id, String name, int depth) {
    }
}
