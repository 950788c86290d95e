package dk.tilknyt.imports.check;

/** A value and where it came from: a line of the file, or 0 for a row already stored. */
record FileRow<T>(int line, T value) {

    static final int STORED = 0;

    static <T> FileRow<T> stored(T value) {
        return new FileRow<>(STORED, value);
    }

    boolean fromFile() {
        return line != STORED;
    }
}
