package dk.tilknyt.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.imports.ImportSource;

class TableReaderTest {

    @Test
    void theDelimiterIsTakenFromTheHeaderLine() throws Exception {
        assertThat(rows("a;b;c\n1;2,5;3\n")).containsExactly("2:1|2,5|3");
        assertThat(rows("a,b,c\n1,\"2,5\",3\n")).containsExactly("2:1|2,5|3");
    }

    @Test
    void aByteOrderMarkIsIgnoredAndHeaderNamesAreTrimmed() throws Exception {
        try (TableReader reader = open("\uFEFF Unit_ID ;name\nkom;Kommune\n".getBytes(StandardCharsets.UTF_8))) {
            assertThat(reader.header()).containsExactly("Unit_ID", "name");
        }
    }

    @Test
    void quotedCellsMayHoldDelimitersQuotesAndLineBreaksAndLineNumbersStayRight() throws Exception {
        assertThat(rows("a;b\n\"x;y\";\"he said \"\"hi\"\"\"\n\"two\nlines\";z\nlast;row\n"))
                .containsExactly("2:x;y|he said \"hi\"", "3:two\nlines|z", "5:last|row");
    }

    @Test
    void blankLinesAreSkippedButCounted() throws Exception {
        assertThat(rows("a;b\n\n1;2\n;\n3;4\n")).containsExactly("3:1|2", "5:3|4");
    }

    @Test
    void emptyCellsHaveNoValue() throws Exception {
        assertThat(rows("a;b;c\n1; ;\n")).containsExactly("2:1|null|null");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheFirstBadLine() throws Exception {
        byte[] windows1252 = "a;b\nkom;Kommune\nsol;Plejecenter Solhøj\n".getBytes(Charset.forName("windows-1252"));
        try (TableReader reader = open(windows1252)) {
            UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> readAll(reader));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.messageKey()).isEqualTo("import.file.notUtf8");
        }
    }

    @Test
    void aBadByteDeepInALargeFileIsFoundOnItsLine() throws Exception {
        var out = new ByteArrayOutputStream();
        out.writeBytes("a;b\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            out.writeBytes(("row" + i + ";æøå\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(new byte[] {'x', ';', (byte) 0xE6, '\n'});
        try (TableReader reader = open(out.toByteArray())) {
            UnreadableFile e = catchThrowableOfType(UnreadableFile.class, () -> readAll(reader));
            assertThat(e.line()).isEqualTo(20_002);
        }
    }

    @Test
    void anEmptyFileHasNoHeader() throws Exception {
        try (TableReader reader = open(new byte[0])) {
            assertThat(reader.header()).isNull();
        }
    }

    /** Decoding runs ahead of parsing, so a bad byte may show while reading the header or any later row. */
    private static void readAll(TableReader reader) throws UnreadableFile {
        reader.header();
        while (reader.next() != null) {
            // read on
        }
    }

    private static TableReader open(byte[] content) throws Exception {
        return TableReader.open(ImportSource.of("f.csv", "text/csv", content));
    }

    private static List<String> rows(String text) throws Exception {
        List<String> rows = new ArrayList<>();
        try (TableReader reader = open(text.getBytes(StandardCharsets.UTF_8))) {
            reader.header();
            for (ImportRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.line() + ":" + String.join("|", Arrays.stream(row.cells()).map(String::valueOf).toList()));
            }
        }
        return rows;
    }
}
