package dk.tilknyt.keyfigures.national;

import java.math.BigDecimal;
import java.util.List;

import dk.tilknyt.keyfigures.FigureCode;

/**
 * One published reference figure: a measure for a year, the population it covers (as published, in
 * words), the job families it matches (empty = all staff), the value and its source.
 */
public record NationalReference(int year, FigureCode measure, String population, List<String> jobFamilies,
        BigDecimal value, String source) {

    /** Whether it describes the same population as a dashboard with this job-family filter (null = none). */
    public boolean matches(String jobFamily) {
        return jobFamily == null ? jobFamilies.isEmpty() : jobFamilies.contains(jobFamily);
    }

    /** The year as text, so that a message does not format it as a number (2.022). */
    public String yearText() {
        return Integer.toString(year);
    }

    String jobFamilyKey() {
        return String.join("|", jobFamilies);
    }
}
