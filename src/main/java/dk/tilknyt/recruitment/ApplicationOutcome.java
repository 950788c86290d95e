package dk.tilknyt.recruitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an application ended (import-format.md, applications.outcome); PENDING while it is in the pipeline. */
public enum ApplicationOutcome {
    PENDING, HIRED, REJECTED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApplicationOutcome> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(o -> o.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
