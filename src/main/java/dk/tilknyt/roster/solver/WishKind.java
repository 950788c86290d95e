package dk.tilknyt.roster.solver;

import java.util.Locale;

/** What a person wished for a date: a day off, a shift, or not a (kind of) shift. */
public enum WishKind {
    /** No shift starting that day. */
    OFF,
    /** A shift that day, in the wished layer if one is given. */
    WANT,
    /** No shift that day in the wished layer (any layer if none is given). */
    AVOID;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WishKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
