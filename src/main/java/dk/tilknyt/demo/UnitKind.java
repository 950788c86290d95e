package dk.tilknyt.demo;

import static dk.tilknyt.demo.Family.*;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of workplace a unit is, and so who works there: a care home is mostly helpers and
 * assistants around the clock, a daycare mostly pedagogues in the day. {@code baseSize} is the
 * headcount at scale 1 (about 1,500 employees).
 */
enum UnitKind {
    CARE_HOME(62, true, 0.05, 0.08, SOSU_HELPER, 30, SOSU_ASSISTANT, 30, UNSKILLED_CARE, 12, NURSE, 8, SERVICE, 12,
            THERAPIST, 3, ADMIN, 2),
    POOL(18, true, 0, 0.15, SOSU_HELPER, 45, SOSU_ASSISTANT, 40, UNSKILLED_CARE, 15),
    HOME_CARE_OFFICE(6, false, 0, 0, ADMIN, 60, NURSE, 20, SOSU_ASSISTANT, 20),
    HOME_CARE_TEAM(30, true, 0.05, 0.08, SOSU_HELPER, 48, SOSU_ASSISTANT, 30, UNSKILLED_CARE, 14, NURSE, 8),
    PSYCH_HOME(40, true, 0.02, 0.08, PEDAGOGUE, 40, SOSU_ASSISTANT, 18, SOSU_HELPER, 10, PEDAGOGICAL_ASSISTANT, 15,
            SOCIAL_WORKER, 5, UNSKILLED_CARE, 6, SERVICE, 6),
    SUPPORT_CENTRE(15, false, 0, 0, PEDAGOGUE, 55, SOCIAL_WORKER, 30, SOSU_ASSISTANT, 15),
    HEALTH_VISITORS(14, false, 0, 0, HEALTH_VISITOR, 88, ADMIN, 12),
    DENTAL_CLINIC(28, false, 0, 0, DENTAL, 90, ADMIN, 10),
    THERAPY(30, false, 0, 0, THERAPIST, 85, SOSU_ASSISTANT, 10, ADMIN, 5),
    NURSING(42, true, 0, 0, NURSE, 88, SOSU_ASSISTANT, 12),
    ASSESSMENT(14, false, 0, 0, THERAPIST, 45, NURSE, 25, ADMIN, 30),
    KITCHEN(22, false, 0, 0.1, SERVICE, 88, UNSKILLED_CARE, 12),
    DAYCARE(40, false, 0, 0.06, PEDAGOGUE, 50, PEDAGOGICAL_ASSISTANT, 28, OTHER, 16, SERVICE, 6),
    FAMILY(35, false, 0, 0, SOCIAL_WORKER, 75, ADMIN, 15, PSYCHOLOGIST, 10),
    PPR(18, false, 0, 0, PSYCHOLOGIST, 60, PEDAGOGUE, 20, THERAPIST, 10, ADMIN, 10),
    ROADS_PARKS(45, false, 0, 0.05, SERVICE, 80, OTHER, 12, ADMIN, 8),
    PLANNING(28, false, 0, 0, ADMIN, 55, OTHER, 45),
    FACILITIES(40, false, 0, 0.05, SERVICE, 90, OTHER, 5, ADMIN, 5),
    LIBRARY(28, false, 0, 0.05, OTHER, 55, ADMIN, 30, SERVICE, 15),
    CULTURE_HOUSE(10, false, 0, 0.1, OTHER, 60, SERVICE, 25, ADMIN, 15),
    SPORTS(14, false, 0, 0.1, SERVICE, 60, OTHER, 30, ADMIN, 10),
    OFFICE(22, false, 0, 0, ADMIN, 90, OTHER, 10),
    JOBCENTER(55, false, 0, 0, SOCIAL_WORKER, 55, ADMIN, 35, PSYCHOLOGIST, 5, OTHER, 5),
    MANAGEMENT(2, false, 0, 0, ADMIN, 100);

    final int baseSize;
    /** A 24-hour workplace: its care staff work day, evening or night shifts. */
    final boolean roundTheClock;
    final double traineeShare;
    final double hourlyShare;
    private final Family[] families;
    private final double[] weights;

    UnitKind(int baseSize, boolean roundTheClock, double traineeShare, double hourlyShare, Object... mix) {
        this.baseSize = baseSize;
        this.roundTheClock = roundTheClock;
        this.traineeShare = traineeShare;
        this.hourlyShare = hourlyShare;
        this.families = new Family[mix.length / 2];
        this.weights = new double[mix.length / 2];
        for (int i = 0; i < families.length; i++) {
            families[i] = (Family) mix[2 * i];
            weights[i] = ((Number) mix[2 * i + 1]).doubleValue();
        }
    }

    /**
     * The positions of a unit of this kind with {@code size} staff: one leader, then trainees and
     * hourly substitutes by share, the rest split over the mix by largest remainder (deterministic).
     */
    List<Position> positions(int size, boolean withLeader) {
        List<Position> result = new ArrayList<>(size);
        int left = size;
        if (withLeader && left > 0) {
            result.add(new Position(LEADER, Position.Kind.REGULAR));
            left--;
        }
        int trainees = (int) Math.round(size * traineeShare);
        int hourly = (int) Math.round(size * hourlyShare);
        for (int i = 0; i < trainees && left > 1; i++, left--) {
            result.add(new Position(i % 3 == 2 ? SOSU_HELPER : SOSU_ASSISTANT, Position.Kind.TRAINEE));
        }
        for (int i = 0; i < hourly && left > 1; i++, left--) {
            result.add(new Position(families[0], Position.Kind.HOURLY));
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int[] counts = new int[families.length];
        double[] remainders = new double[families.length];
        int given = 0;
        for (int i = 0; i < families.length; i++) {
            double exact = left * weights[i] / total;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < left) {
            int best = 0;
            for (int i = 1; i < families.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        for (int i = 0; i < families.length; i++) {
            for (int n = 0; n < counts[i]; n++) {
                result.add(new Position(families[i], Position.Kind.REGULAR));
            }
        }
        return result;
    }

    /** A position (stilling) in a unit: a job family and whether it is a regular, trainee or hourly job. */
    record Position(Family family, Kind kind) {
        enum Kind { REGULAR, TRAINEE, HOURLY }
    }
}
