package dk.tilknyt.shared;

import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Worksheet;

/** What every XLSX export writes the same way: a bold header row, and cells by the type of their value. */
public final class Spreadsheets {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    public static void header(Worksheet sheet, int row, List<String> labels) {
        for (int c = 0; c < labels.size(); c++) {
            sheet.value(row, c, labels.get(c));
            sheet.style(row, c).bold().set();
        }
    }

    /** Numbers and booleans as such, dates as yyyy-mm-dd dates, anything else as text; null leaves the cell empty. */
    public static void cell(Worksheet sheet, int row, int col, Object value) {
        switch (value) {
            case null -> { }
            case Number n -> sheet.value(row, col, n);
            case Boolean b -> sheet.value(row, col, b);
            case LocalDate d -> {
                sheet.value(row, col, d);
                sheet.style(row, col).format("yyyy-mm-dd").set();
            }
            default -> sheet.value(row, col, value.toString());
        }
    }

    /** An attachment's file name with only letters, digits, dot, dash and underscore. */
    public static String safeFileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
