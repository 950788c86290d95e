package dk.tilknyt.keyfigures;

import java.util.Arrays;
import java.util.Optional;

/** The age bands of key-figures.md; age = year of the period's last day − birth year. */
public enum AgeBand {
    UNDER_25("<25", Integer.MIN_VALUE, 24),
    FROM_25_TO_34("25-34", 25, 34),
    FROM_35_TO_44("35-44", 35, 44),
    FROM_45_TO_54("45-54", 45, 54),
    FROM_55_TO_59("55-59", 55, 59),
    FROM_60("60+", 60, Integer.MAX_VALUE);

    private final String code;
    private final int lowest;
    private final int highest;

    AgeBand(String code, int lowest, int highest) {
        this.code = code;
        this.lowest = lowest;
        this.highest = highest;
    }

    public String code() {
        return code;
    }

    public boolean contains(int age) {
        return age >= lowest && age <= highest;
    }

    /**
     * The band for a query parameter. Lenient about one thing: an unencoded {@code 60+} arrives as
     * {@code "60 "} because a plus in a query string means a space.
     */
    public static Optional<AgeBand> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        String normalised = wanted.equals("60") ? "60+" : wanted;
        return Arrays.stream(values()).filter(b -> b.code.equals(normalised)).findFirst();
    }
}
