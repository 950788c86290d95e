package dk.tilknyt.keyfigures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every figure of key-figures.md, in its order. Names and the plain-language definitions behind the
 * "definition" link live in {@code i18n/keyfigures*.properties} under {@link #nameKey()} and
 * {@link #definitionKey()}.
 */
public enum FigureCode {
    TURNOVER_RATE(FigureKind.PERIOD, true),
    VOLUNTARY_TURNOVER_RATE(FigureKind.PERIOD, true),
    EXTERNAL_TURNOVER_RATE(FigureKind.PERIOD, true),
    DEPARTURE_RATE(FigureKind.PERIOD, true),
    FIRST_YEAR_DEPARTURE_RATE(FigureKind.PERIOD, true),
    SICKNESS_ABSENCE_PCT(FigureKind.PERIOD, true),
    SICK_DAYS_PER_FTE(FigureKind.PERIOD, false),
    CHILD_SICK_DAYS_PER_FTE(FigureKind.PERIOD, false),
    SICKNESS_SPELLS(FigureKind.PERIOD, false),
    LONG_TERM_SICKNESS_SHARE(FigureKind.PERIOD, true),
    ATTENDANCE_PCT(FigureKind.PERIOD, true),
    PRESENT_HOURS_PER_EMPLOYEE(FigureKind.PERIOD, false),
    HEADCOUNT(FigureKind.ON_TO, false),
    FTE(FigureKind.PERIOD, false),
    FULLTIME_SHARE(FigureKind.ON_TO, true),
    AVG_WEEKLY_HOURS(FigureKind.ON_TO, false),
    HOURS_UP(FigureKind.PERIOD, false),
    HOURS_DOWN(FigureKind.PERIOD, false),
    AVG_AGE(FigureKind.ON_TO, false),
    SENIOR_SHARE(FigureKind.ON_TO, true),
    AVG_TENURE_YEARS(FigureKind.ON_TO, false),
    FILL_RATE_FIRST_POSTING(FigureKind.RECRUITMENT, true),
    FILL_RATE(FigureKind.RECRUITMENT, true),
    APPLICANTS_PER_POSTING(FigureKind.RECRUITMENT, false),
    INTERVIEW_DROPOUT_RATE(FigureKind.RECRUITMENT, true),
    MEDIAN_DAYS_TO_FILL(FigureKind.RECRUITMENT, false);

    private final FigureKind kind;
    private final boolean percentage;

    FigureCode(FigureKind kind, boolean percentage) {
        this.kind = kind;
        this.percentage = percentage;
    }

    /** The code of key-figures.md and the API, e.g. {@code turnover_rate}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public FigureKind kind() {
        return kind;
    }

    /** Whether the value is numerator ÷ denominator × 100. */
    public boolean isPercentage() {
        return percentage;
    }

    public String nameKey() {
        return "keyfigures.figure." + code() + ".name";
    }

    public String definitionKey() {
        return "keyfigures.figure." + code() + ".definition";
    }

    public static Optional<FigureCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim();
        return Arrays.stream(values()).filter(c -> c.code().equals(wanted)).findFirst();
    }
}
