package dk.tilknyt.imports.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.tilknyt.imports.file.ImportRow;
import dk.tilknyt.shared.CprNumbers;

/**
 * Reads the typed values of one row by column name and reports what is wrong with them. Every method
 * returns null when the value is missing or wrong, so a row's later checks simply skip it; a cell that
 * was already reported as CPR-like is not reported again.
 */
public final class Fields {

    public static final int ID_LENGTH = 64;

    private final Problems problems;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names;
    private ImportRow row;
    private long errorsBefore;
    private boolean[] cpr;

    /** {@code header} holds the file's column names, lower case. */
    public Fields(Problems problems, List<String> header) {
        this.problems = problems;
        this.names = header;
        for (int i = header.size() - 1; i >= 0; i--) {
            columns.put(header.get(i), i);
        }
    }

    /** Moves to the next row; reports CPR-like cells in any column, known or not. */
    public void at(ImportRow next) {
        row = next;
        errorsBefore = problems.errorCount();
        cpr = null;
        String[] cells = next.cells();
        for (int i = 0; i < cells.length; i++) {
            if (CprNumbers.containsCpr(cells[i])) {
                if (cpr == null) {
                    cpr = new boolean[cells.length];
                }
                cpr[i] = true;
                problems.error(next.line(), i < names.size() ? names.get(i) : null, cells[i], "import.value.cpr");
            }
        }
        if (cells.length > names.size()) {
            problems.error(next.line(), null, null, "import.row.tooManyCells", names.size(), cells.length);
        }
    }

    public int line() {
        return row.line();
    }

    /** No error was reported for this row so far. */
    public boolean rowOk() {
        return problems.errorCount() == errorsBefore;
    }

    /** The trimmed cell, or null when empty, absent or CPR-like. */
    public String value(String column) {
        Integer index = columns.get(column);
        if (index == null || (cpr != null && index < cpr.length && cpr[index])) {
            return null;
        }
        return row.cell(index);
    }

    public void error(String column, String messageKey, Object... args) {
        problems.error(row.line(), column, raw(column), messageKey, args);
    }

    public String text(String column, int maxLength, boolean required) {
        String value = value(column);
        if (value == null) {
            missing(column, required);
            return null;
        }
        if (value.length() > maxLength) {
            error(column, "import.value.tooLong", maxLength);
            return null;
        }
        return value;
    }

    public String id(String column, boolean required) {
        return text(column, ID_LENGTH, required);
    }

    public LocalDate date(String column, boolean required) {
        String value = value(column);
        if (value == null) {
            missing(column, required);
            return null;
        }
        LocalDate date = Dates.parse(value);
        if (date == null) {
            error(column, "import.value.date");
        }
        return date;
    }

    /** A decimal with {@code .} or {@code ,}, rounded to hundredths as stored; within [min, max]. */
    public BigDecimal decimal(String column, boolean required, BigDecimal min, boolean minIncluded, BigDecimal max) {
        String value = value(column);
        if (value == null) {
            missing(column, required);
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.replace(',', '.')).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            error(column, "import.value.number");
            return null;
        }
        int low = number.compareTo(min);
        if (low < 0 || (low == 0 && !minIncluded) || number.compareTo(max) > 0) {
            error(column, minIncluded ? "import.value.range" : "import.value.rangeAbove", plain(min), plain(max));
            return null;
        }
        return number;
    }

    public Integer whole(String column, boolean required, int min, int max) {
        String value = value(column);
        if (value == null) {
            missing(column, required);
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            error(column, "import.value.whole");
            return null;
        }
        if (number < min || number > max) {
            error(column, "import.value.range", min, max);
            return null;
        }
        return number;
    }

    /** One of the codes (case-insensitive); the map, in the order to list them, gives what each stands for. */
    public <T> T code(String column, boolean required, Map<String, T> codes) {
        String value = value(column);
        if (value == null) {
            missing(column, required);
            return null;
        }
        T found = codes.get(value);
        if (found == null) {
            found = codes.get(value.toLowerCase(Locale.ROOT));
        }
        if (found == null) {
            error(column, "import.value.code", String.join(", ", codes.keySet()));
        }
        return found;
    }

    private void missing(String column, boolean required) {
        if (required && !isCpr(column)) {
            error(column, "import.value.required");
        }
    }

    private boolean isCpr(String column) {
        Integer index = columns.get(column);
        return index != null && cpr != null && index < cpr.length && cpr[index];
    }

    private String raw(String column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cell(index);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
