package dk.tilknyt.demo;

import java.util.SplittableRandom;

/**
 * The job families of import-format.md with what the generator needs to know about each: how many
 * hours people in it are contracted for, how often they leave and fall sick, and how hard they are to
 * recruit. The levels follow the national pattern (care staff part-time, often sick, assistants and
 * nurses hard to find); the exact numbers are ours.
 */
enum Family {
    SOSU_ASSISTANT("sosu_assistant", "Social- og sundhedsassistent", Hours.CARE_SKILLED, 0.15, 1.25, 0.35, 0.12, 3.5),
    SOSU_HELPER("sosu_helper", "Social- og sundhedshjælper", Hours.CARE, 0.17, 1.3, 0.08, 0.03, 9),
    NURSE("nurse", "Sygeplejerske", Hours.NURSE, 0.14, 0.95, 0.40, 0.15, 2.5),
    HEALTH_VISITOR("health_visitor", "Sundhedsplejerske", Hours.MOSTLY_FULL, 0.09, 0.75, 0.55, 0.35, 1),
    PEDAGOGUE("pedagogue", "Pædagog", Hours.MOSTLY_FULL, 0.10, 1.1, 0.20, 0.05, 6),
    PEDAGOGICAL_ASSISTANT("pedagogical_assistant", "Pædagogisk assistent", Hours.MOSTLY_FULL, 0.12, 1.15, 0.10, 0.03, 10),
    THERAPIST("therapist", "Ergo- eller fysioterapeut", Hours.MOSTLY_FULL, 0.12, 0.8, 0.25, 0.05, 5),
    DENTAL("dental", "Tandplejer eller klinikassistent", Hours.MOSTLY_FULL, 0.09, 0.9, 0.50, 0.30, 1),
    SOCIAL_WORKER("social_worker", "Socialrådgiver", Hours.MOSTLY_FULL, 0.14, 0.95, 0.25, 0.05, 5),
    PSYCHOLOGIST("psychologist", "Psykolog", Hours.MOSTLY_FULL, 0.11, 0.75, 0.30, 0.10, 3),
    UNSKILLED_CARE("unskilled_care", "Omsorgsmedarbejder", Hours.CARE, 0.24, 1.3, 0.05, 0.02, 12),
    SERVICE("service", "Servicemedarbejder", Hours.MOSTLY_FULL, 0.11, 1.15, 0.05, 0.02, 15),
    ADMIN("admin", "Administrativ medarbejder", Hours.OFFICE, 0.09, 0.7, 0.05, 0.02, 25),
    LEADER("leader", "Leder", Hours.LEADER, 0.08, 0.5, 0.20, 0.05, 8),
    OTHER("other", "Medarbejder", Hours.MOSTLY_FULL, 0.09, 0.9, 0.10, 0.03, 12);

    private final String code;
    private final String titleDa;
    private final Hours hours;
    /** Yearly hazard of leaving for other reasons than retirement, after the first year. */
    final double leavingRate;
    /** Multiplier on the sickness rates: care work is harder on the body than office work. */
    final double sickness;
    final double repostShare;
    final double unfilledShare;
    final double applicantsMean;

    Family(String code, String titleDa, Hours hours, double leavingRate, double sickness, double repostShare,
           double unfilledShare, double applicantsMean) {
        this.code = code;
        this.titleDa = titleDa;
        this.hours = hours;
        this.leavingRate = leavingRate;
        this.sickness = sickness;
        this.repostShare = repostShare;
        this.unfilledShare = unfilledShare;
        this.applicantsMean = applicantsMean;
    }

    String code() {
        return code;
    }

    String titleDa() {
        return titleDa;
    }

    boolean isCare() {
        return this == SOSU_ASSISTANT || this == SOSU_HELPER || this == UNSKILLED_CARE;
    }

    /** Weekly hours for a new contract; night positions are rarely full time. */
    double drawHours(SplittableRandom rng, String layer) {
        if ("night".equals(layer) && this != LEADER) {
            return Weighted.pick(rng, new double[] {28, 30, 32, 34}, new double[] {0.35, 0.3, 0.25, 0.1});
        }
        return Weighted.pick(rng, hours.values, hours.weights);
    }

    /** Contracted-hours patterns: most care staff work 28-34 hours, offices work full time. */
    private enum Hours {
        CARE(new double[] {20, 24, 25, 28, 30, 32, 34, 35, 37}, new double[] {3, 5, 5, 17, 21, 20, 12, 4, 13}),
        CARE_SKILLED(new double[] {24, 25, 28, 30, 32, 34, 35, 37}, new double[] {3, 4, 14, 20, 21, 14, 4, 20}),
        NURSE(new double[] {28, 30, 32, 34, 37}, new double[] {5, 10, 20, 15, 50}),
        MOSTLY_FULL(new double[] {25, 30, 32, 34, 37}, new double[] {5, 10, 15, 10, 60}),
        OFFICE(new double[] {30, 32, 34, 37}, new double[] {6, 6, 3, 85}),
        LEADER(new double[] {37}, new double[] {1});

        final double[] values;
        final double[] weights;

        Hours(double[] values, double[] weights) {
            this.values = values;
            this.weights = weights;
        }
    }
}
