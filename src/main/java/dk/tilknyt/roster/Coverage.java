package dk.tilknyt.roster;

import java.util.Locale;

/**
 * Who worked a shift of a published roster (issue 6): the unit's own staff (a segment in the unit that day), the
 * pool (anyone else, e.g. a flyverkorps member who bid for it), an external temp from an agency, or nobody.
 */
public enum Coverage {
    OWN, POOL, EXTERNAL, OPEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether someone worked the shift and it costs wages. */
    public boolean covered() {
        return this != OPEN;
    }
}
