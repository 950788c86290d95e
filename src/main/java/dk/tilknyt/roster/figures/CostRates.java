package dk.tilknyt.roster.figures;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Hourly base rates per job family for cost estimates ({@code tilknyt.roster.hourly-rates.<family>}, the key
 * {@code default} for any other), and the factor an agency charges over that for an external temp.
 */
@ConfigurationProperties("tilknyt.roster")
public record CostRates(Map<String, Double> hourlyRates, Double externalMarkup) {

    static final String DEFAULT = "default";
    static final double FALLBACK_RATE = 220;
    static final double FALLBACK_MARKUP = 1.6;

    public CostRates {
        hourlyRates = hourlyRates == null ? Map.of() : Map.copyOf(hourlyRates);
        externalMarkup = externalMarkup == null ? FALLBACK_MARKUP : externalMarkup;
    }

    public double hourlyRate(String jobFamily) {
        Double rate = jobFamily == null ? null : hourlyRates.get(jobFamily);
        return rate != null ? rate : hourlyRates.getOrDefault(DEFAULT, FALLBACK_RATE);
    }

    /** An external temp's hour: the rate of the shift's skill when it is a job family, times the agency markup. */
    public double externalRate(String skill) {
        return hourlyRate(skill) * externalMarkup;
    }
}
