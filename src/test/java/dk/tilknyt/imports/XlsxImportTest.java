package dk.tilknyt.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** import-format.md: the same columns from the first sheet of an .xlsx file; Excel dates are dates. */
@DatabaseTest
class XlsxImportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Importer importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void orgAndEmployments() {
        DatabaseCleaner.clean(dataSource);
        ImportFixtures.load(importer, ImportKind.ORG_UNITS);
        ImportFixtures.load(importer, ImportKind.EMPLOYMENTS);
    }

    @Test
    void aWorkbookWithExcelDatesNumbersAndTextImports() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet, "Absence_ID", "person_id", "type", "start_date", "end_date", "extent_pct", "hours");
            sheet.value(1, 0, "a1");
            sheet.value(1, 1, "p1");
            sheet.value(1, 2, "sick");
            sheet.value(1, 3, LocalDate.of(2024, 3, 4));
            sheet.style(1, 3).format("dd-mm-yyyy").set();
            sheet.value(1, 4, "06.03.2024");
            sheet.value(1, 5, 50);
            sheet.value(1, 6, 11.1);
        });
        ImportResult result = importer.run(ImportKind.ABSENCES, ImportMode.UPSERT,
                ImportSource.of("fravaer.xlsx", XLSX, file), "test");
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(jdbc.sql("select start_date || '|' || end_date || '|' || extent_pct || '|' || hours from absence")
                .query(String.class).single()).isEqualTo("2024-03-04|2024-03-06|50|11.10");
    }

    @Test
    void aWorkbookWithAnErrorIsRejectedNamingTheSheetRow() throws IOException {
        byte[] file = workbook(sheet -> {
            header(sheet, "absence_id", "person_id", "type", "start_date");
            sheet.value(1, 0, "a1");
            sheet.value(1, 1, "p1");
            sheet.value(1, 2, "sick");
            sheet.value(1, 3, "2024-03-04");
            sheet.value(3, 0, "a2");
            sheet.value(3, 1, "p404");
            sheet.value(3, 2, "sick");
            sheet.value(3, 3, "2024-03-04");
        });
        ImportRejected e = catchThrowableOfType(ImportRejected.class, () -> importer.run(ImportKind.ABSENCES,
                ImportMode.UPSERT, ImportSource.of("fravaer.xlsx", XLSX, file), "test"));
        assertThat(e.problems()).extracting(p -> p.line() + "|" + p.column() + "|" + p.messageKey())
                .containsExactly("4|person_id|import.ref.person");
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isZero();
    }

    @Test
    void aFileThatOnlyLooksLikeAWorkbookIsRejected() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 1, 2, 3};
        ImportRejected e = catchThrowableOfType(ImportRejected.class, () -> importer.run(ImportKind.ABSENCES,
                ImportMode.UPSERT, ImportSource.of("fravaer.xlsx", XLSX, notAWorkbook), "test"));
        assertThat(e.problems()).extracting(ImportProblem::messageKey).containsExactly("import.file.badXlsx");
    }

    interface SheetWriter {
        void write(Worksheet sheet);
    }

    private static byte[] workbook(SheetWriter writer) throws IOException {
        var out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Tilknyt", "1.0");
        Worksheet sheet = workbook.newWorksheet("Fravær");
        writer.write(sheet);
        workbook.finish();
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
        }
    }
}
