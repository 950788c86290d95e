package dk.tilknyt.security;

import java.util.Set;

/** What security needs to know of persons; implemented by the people module. */
public interface PersonPlacement {

    boolean exists(String personId);

    /** Whether the person has any employment segment, at any time, in one of the units. */
    boolean hasSegmentIn(String personId, Set<String> unitIds);
}
