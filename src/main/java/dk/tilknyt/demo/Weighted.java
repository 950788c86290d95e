package dk.tilknyt.demo;

import java.util.SplittableRandom;

/** Small random draws the generator repeats everywhere; all deterministic for a given generator state. */
final class Weighted {

    private Weighted() {
    }

    static double pick(SplittableRandom rng, double[] values, double[] weights) {
        return values[index(rng, weights)];
    }

    static int index(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Inclusive on both ends. */
    static int between(SplittableRandom rng, int low, int high) {
        return low + rng.nextInt(high - low + 1);
    }

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** Days until an event with the given yearly rate (exponential waiting time). */
    static int waitDays(SplittableRandom rng, double perYear) {
        if (perYear <= 0) {
            return Integer.MAX_VALUE / 4;
        }
        double years = -Math.log(1 - rng.nextDouble()) / perYear;
        return (int) Math.min(Integer.MAX_VALUE / 4, Math.round(years * 365.25));
    }

    /** Poisson count (Knuth; the means here are small). */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(rng)));
        }
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }

    static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
