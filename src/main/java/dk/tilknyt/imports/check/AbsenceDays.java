package dk.tilknyt.imports.check;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The days each absence row covers, kept column by column in arrays (a million rows are a few arrays,
 * not millions of objects), and the check that no day is counted twice: rows are sorted by person and
 * first day in one primitive sort, then each person's rows are swept once.
 */
final class AbsenceDays {

    static final int OPEN = Integer.MAX_VALUE;
    static final int PERSON_WIDE = -1;

    private static final int PERSON_BITS = 21;
    private static final int DAY_BITS = 17;
    private static final int ROW_BITS = 25;
    private static final int FIRST_DAY = (int) LocalDate.of(1900, 1, 1).toEpochDay();

    /** Reported for each row of the file that covers a day another row already covers. */
    interface Overlap {
        void found(int row, int other);
    }

    private int[] person = new int[1 << 12];
    private int[] start = new int[1 << 12];
    private int[] end = new int[1 << 12];
    private int[] employment = new int[1 << 12];
    private int[] line = new int[1 << 12];
    private String[] id = new String[1 << 12];
    private int size;

    /** Adds a row ({@code line} 0 for a stored row); days as epoch days, {@link #OPEN} for no end. */
    void add(int personIndex, int employmentIndex, int firstDay, int lastDay, int lineNumber, String absenceId) {
        if (personIndex >= 1 << PERSON_BITS || size >= 1 << ROW_BITS) {
            throw new IllegalStateException("Too many persons or rows for one import");
        }
        if (size == person.length) {
            int capacity = size * 2;
            person = Arrays.copyOf(person, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            employment = Arrays.copyOf(employment, capacity);
            line = Arrays.copyOf(line, capacity);
            id = Arrays.copyOf(id, capacity);
        }
        person[size] = personIndex;
        start[size] = firstDay;
        end[size] = lastDay;
        employment[size] = employmentIndex;
        line[size] = lineNumber;
        id[size] = absenceId;
        size++;
    }

    int line(int row) {
        return line[row];
    }

    LocalDate start(int row) {
        return LocalDate.ofEpochDay(start[row]);
    }

    String id(int row) {
        return id[row];
    }

    /**
     * Per person, by first day, each row is compared with the row reaching furthest so far among those
     * it may not share a day with: a person-wide row with every row, an employment's row with the same
     * employment's rows and with person-wide rows.
     */
    void findOverlaps(Overlap overlap) {
        long[] order = new long[size];
        for (int row = 0; row < size; row++) {
            long day = Math.clamp(start[row] - FIRST_DAY, 0, (1 << DAY_BITS) - 1);
            order[row] = ((long) person[row] << (DAY_BITS + ROW_BITS)) | (day << ROW_BITS) | row;
        }
        Arrays.sort(order);
        int from = 0;
        while (from < size) {
            int to = from + 1;
            int who = person[row(order[from])];
            while (to < size && person[row(order[to])] == who) {
                to++;
            }
            if (to - from > 1) {
                sweep(order, from, to, overlap);
            }
            from = to;
        }
    }

    private void sweep(long[] order, int from, int to, Overlap overlap) {
        int furthest = -1;
        int furthestPersonWide = -1;
        int[] employments = new int[4];
        int[] furthestOfEmployment = new int[4];
        int known = 0;
        for (int i = from; i < to; i++) {
            int row = row(order[i]);
            int day = start[row];
            int other = -1;
            if (employment[row] == PERSON_WIDE) {
                other = reaches(furthest, day) ? furthest : -1;
            } else if (reaches(furthestPersonWide, day)) {
                other = furthestPersonWide;
            } else {
                int k = indexOf(employments, known, employment[row]);
                other = k >= 0 && reaches(furthestOfEmployment[k], day) ? furthestOfEmployment[k] : -1;
            }
            if (other >= 0) {
                overlap.found(row, other);
            }
            furthest = further(furthest, row);
            if (employment[row] == PERSON_WIDE) {
                furthestPersonWide = further(furthestPersonWide, row);
            } else {
                int k = indexOf(employments, known, employment[row]);
                if (k < 0) {
                    if (known == employments.length) {
                        employments = Arrays.copyOf(employments, known * 2);
                        furthestOfEmployment = Arrays.copyOf(furthestOfEmployment, known * 2);
                    }
                    k = known++;
                    employments[k] = employment[row];
                    furthestOfEmployment[k] = -1;
                }
                furthestOfEmployment[k] = further(furthestOfEmployment[k], row);
            }
        }
    }

    private boolean reaches(int row, int day) {
        return row >= 0 && end[row] >= day;
    }

    private int further(int current, int row) {
        return current < 0 || end[row] > end[current] ? row : current;
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int row(long key) {
        return (int) (key & ((1L << ROW_BITS) - 1));
    }
}
