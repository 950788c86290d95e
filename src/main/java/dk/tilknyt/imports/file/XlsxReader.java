package dk.tilknyt.imports.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed. A number cell formatted as a date becomes an ISO date,
 * so date columns work whether the analyst typed text or Excel turned it into a date.
 */
final class XlsxReader implements TableReader {

    /** Excel's built-in number formats that show a date. */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 30, 36, 50, 57);

    private final TableReader.Counting counting;
    private ReadableWorkbook workbook;
    private Stream<Row> stream;
    private Iterator<Row> rows;
    private List<String> header;

    XlsxReader(TableReader.Counting counting) {
        this.counting = counting;
    }

    @Override
    public List<String> header() throws UnreadableFile {
        if (rows != null) {
            return header;
        }
        try {
            workbook = new ReadableWorkbook(counting, new ReadingOptions(true, false));
            stream = workbook.getFirstSheet().openStream();
            rows = stream.iterator();
            ImportRow first = next();
            header = first == null ? null
                    : Stream.of(first.cells()).map(c -> c == null ? "" : c).toList();
            return header;
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new UnreadableFile(1, "import.file.badXlsx");
        }
    }

    @Override
    public ImportRow next() throws UnreadableFile {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String[] cells = new String[row.getCellCount()];
                boolean any = false;
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i));
                    any |= cells[i] != null;
                }
                if (any) {
                    return new ImportRow(row.getRowNum(), cells);
                }
            }
            return null;
        } catch (UncheckedIOException | ExcelReaderException e) {
            throw new UnreadableFile(1, "import.file.badXlsx");
        }
    }

    @Override
    public long bytesRead() {
        return counting.count();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        if (workbook != null) {
            workbook.close();
        } else {
            counting.close();
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.getRawValue());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING, FORMULA, ERROR -> cell.getText();
        };
        if (value == null) {
            return null;
        }
        value = value.strip();
        return value.isEmpty() ? null : value;
    }

    /** "1.0E7" and "37.50" as an analyst would write them: 10000000 and 37.5. */
    private static String plain(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.strip());
            return number.scale() > 0 ? number.stripTrailingZeros().toPlainString() : number.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        return isDateFormat(cell.getDataFormatString());
    }

    /** A custom format shows a date when, outside quoted text and [brackets], it has a day, month or year. */
    static boolean isDateFormat(String format) {
        if (format == null || format.isBlank() || "General".equalsIgnoreCase(format)) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
        return bare.chars().anyMatch(c -> c == 'd' || c == 'D' || c == 'y' || c == 'Y')
                || (bare.contains("m") && !bare.contains("h") && !bare.contains("s") && !bare.contains("0"));
    }
}
