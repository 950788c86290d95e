package dk.tilknyt.recruitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far an applicant got (import-format.md, applications.furthest_stage), in pipeline order. */
public enum Stage {
    APPLIED, INVITED, INTERVIEWED, OFFERED, HIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Stage> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public boolean isAtLeast(Stage other) {
        return compareTo(other) >= 0;
    }

    /** The stage after this one; HIRED is the last. */
    public Optional<Stage> next() {
        return this == HIRED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public Optional<Stage> previous() {
        return this == APPLIED ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }
}
