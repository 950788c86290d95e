package dk.tilknyt.security;

import java.util.Set;

/** What security needs to know of the org tree; implemented by the org module. */
public interface UnitHierarchy {

    /** The unit and all units below it; empty when the unit does not exist. */
    Set<String> subtree(String unitId);

    boolean exists(String unitId);
}
