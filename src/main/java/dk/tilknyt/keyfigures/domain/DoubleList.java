package dk.tilknyt.keyfigures.domain;

import java.util.Arrays;

/** A growable double array (absence hours per working day of every absence piece). */
final class DoubleList {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
