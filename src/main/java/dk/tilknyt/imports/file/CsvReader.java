package dk.tilknyt.imports.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * import-format.md "General": UTF-8 with or without BOM, delimiter {@code ;} or {@code ,} detected from
 * the header line, quotes as in RFC 4180.
 */
final class CsvReader implements TableReader {

    private static final int HEADER_LIMIT = 1 << 20;

    private final TableReader.Counting counting;
    private final BufferedReader text;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private long linesBefore;

    CsvReader(TableReader.Counting counting) {
        this.counting = counting;
        this.text = new BufferedReader(new StrictUtf8Reader(counting), 1 << 16);
    }

    @Override
    public List<String> header() throws UnreadableFile {
        if (parser != null) {
            return header;
        }
        try {
            skipByteOrderMark();
            text.mark(HEADER_LIMIT);
            String firstLine = text.readLine();
            text.reset();
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(firstLine)).get();
            parser = format.parse(text);
            records = parser.iterator();
            header = records.hasNext() ? trimmed(records.next()) : null;
            linesBefore = parser.getCurrentLineNumber();
            return header;
        } catch (StrictUtf8Reader.NotUtf8 e) {
            throw new UnreadableFile(e.line(), "import.file.notUtf8", String.valueOf(e.line()));
        } catch (IOException | UncheckedIOException e) {
            throw notUtf8OrUnreadable(e);
        }
    }

    @Override
    public ImportRow next() throws UnreadableFile {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                String[] cells = new String[record.size()];
                boolean any = false;
                for (int i = 0; i < cells.length; i++) {
                    String value = record.get(i).strip();
                    if (!value.isEmpty()) {
                        cells[i] = value;
                        any = true;
                    }
                }
                if (any) {
                    return new ImportRow(line, cells);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw notUtf8OrUnreadable(e);
        }
    }

    @Override
    public long bytesRead() {
        return counting.count();
    }

    @Override
    public void close() throws IOException {
        text.close();
    }

    private void skipByteOrderMark() throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    /** The more frequent of {@code ;} and {@code ,} outside quotes in the header; {@code ;} on a tie. */
    static char delimiter(String headerLine) {
        if (headerLine == null) {
            return ';';
        }
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<String> trimmed(CSVRecord record) {
        return record.stream().map(String::strip).toList();
    }

    private UnreadableFile notUtf8OrUnreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StrictUtf8Reader.NotUtf8 notUtf8) {
                return new UnreadableFile(notUtf8.line(), "import.file.notUtf8", String.valueOf(notUtf8.line()));
            }
        }
        int line = parser == null ? 1 : (int) parser.getCurrentLineNumber() + 1;
        return new UnreadableFile(line, "import.file.badCsv", String.valueOf(line));
    }
}
