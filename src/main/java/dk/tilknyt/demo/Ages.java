package dk.tilknyt.demo;

import java.util.SplittableRandom;

import dk.tilknyt.demo.UnitKind.Position;

/**
 * Age distributions as bands (from, to, weight). The staff at the start of the period is old, as
 * municipal care staff are (a third 55 or over); new hires are younger, trainees younger still.
 */
enum Ages {
    STOCK(20, 24, 5, 25, 34, 17, 35, 44, 20, 45, 54, 28, 55, 59, 16, 60, 65, 14),
    HIRE(19, 24, 18, 25, 34, 32, 35, 44, 22, 45, 54, 18, 55, 62, 10),
    YOUNG_HIRE(18, 24, 35, 25, 34, 30, 35, 44, 15, 45, 54, 12, 55, 62, 8),
    TRAINEE(18, 24, 45, 25, 34, 30, 35, 49, 25),
    LEADER_STOCK(35, 44, 25, 45, 54, 40, 55, 63, 35),
    LEADER_HIRE(32, 44, 40, 45, 54, 45, 55, 60, 15);

    private final int[] bands;

    Ages(int... bands) {
        this.bands = bands;
    }

    /** The distribution for a position: leaders are older, unskilled and hourly staff younger. */
    Ages forFamily(Family family, Position.Kind kind) {
        if (kind == Position.Kind.TRAINEE) {
            return TRAINEE;
        }
        if (family == Family.LEADER) {
            return this == STOCK ? LEADER_STOCK : LEADER_HIRE;
        }
        if (this == HIRE && (family == Family.UNSKILLED_CARE || kind == Position.Kind.HOURLY)) {
            return YOUNG_HIRE;
        }
        return this;
    }

    int draw(SplittableRandom rng) {
        double[] weights = new double[bands.length / 3];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = bands[3 * i + 2];
        }
        int band = Weighted.index(rng, weights);
        return Weighted.between(rng, bands[3 * band], bands[3 * band + 1]);
    }
}
