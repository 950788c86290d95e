package dk.tilknyt.imports;

import static dk.tilknyt.imports.BadFilesTest.ABS;
import static dk.tilknyt.imports.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** api.md "Import": the answers other programs rely on. */
@DatabaseTest
@AutoConfigureMockMvc
class ImportApiTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Importer importer;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void municipalityAndUsers() {
        DatabaseCleaner.clean(dataSource);
        ImportFixtures.load(importer, ImportKind.ORG_UNITS);
        ImportFixtures.load(importer, ImportKind.EMPLOYMENTS);
        users.create(new UserAdministration.NewUser("hr.anne", PASSWORD, "hr", null, null), false);
        users.create(new UserAdministration.NewUser("leder.bo", PASSWORD, "leader", "sol", null), false);
    }

    @Test
    void aGoodCsvBodyIsStoredAndCounted() throws Exception {
        mvc.perform(post("/api/imports/absences").param("mode", "upsert").with(httpBasic("hr.anne", PASSWORD))
                        .contentType("text/csv").content(ImportFixtures.file("absences")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("absences"))
                .andExpect(jsonPath("$.mode").value("upsert"))
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.inserted").value(4))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.deleted").value(0))
                .andExpect(jsonPath("$.unchanged").value(0))
                .andExpect(jsonPath("$.warnings").isEmpty());
        mvc.perform(post("/api/imports/absences").with(httpBasic("hr.anne", PASSWORD))
                        .contentType("text/csv").content(ImportFixtures.file("absences")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("upsert"))
                .andExpect(jsonPath("$.unchanged").value(4));
    }

    @Test
    void aFileInTheMultipartFieldFileIsImportedWithItsWarnings() throws Exception {
        var file = new MockMultipartFile("file", "fravaer.csv", "text/csv",
                csv(ABS + ";kommentar", "a9;p3;e3;sick;2024-09-02;;50;;").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/imports/absences").file(file).param("mode", "replace").with(httpBasic("hr.anne", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("replace"))
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.warnings", contains("The column \"kommentar\" is not used and was ignored.")));
    }

    @Test
    void aBadFileIsAnsweredWithEveryErrorAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/imports/absences").with(httpBasic("hr.anne", PASSWORD)).contentType("text/csv")
                        .content(csv(ABS, "a9;p1;;sygdom;2024-05-01;;;", "a10;0101901234;;sick;2024-05-01;;;")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.kind").value("absences"))
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("type"))
                .andExpect(jsonPath("$.errors[0].value").value("sygdom"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Unknown value. Allowed values: sick")))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("person_id"))
                .andExpect(jsonPath("$.errors[1].value").value("010190-****"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("looks like a CPR number")));
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isZero();
    }

    @Test
    void errorMessagesAreDanishWhenTheClientAsksForDanish() throws Exception {
        mvc.perform(post("/api/imports/absences").with(httpBasic("hr.anne", PASSWORD)).contentType("text/csv")
                        .header("Accept-Language", "da-DK,da;q=0.9,en;q=0.5")
                        .content(csv(ABS, "a9;p1;;sick;2024-05-03;2024-05-01;;")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Slutdatoen 2024-05-01 ligger før startdatoen 2024-05-03."));
    }

    @Test
    void anErrorAboutTheWholeFileHasNoLine() throws Exception {
        mvc.perform(post("/api/imports/org_units").param("mode", "replace").with(httpBasic("hr.anne", PASSWORD))
                        .contentType("text/csv").content(csv("unit_id;name;parent_id;level", "kom;Kommune;;municipality")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(nullValue()))
                .andExpect(jsonPath("$.errors[0].column").value("unit_id"));
    }

    @Test
    void anUnknownKindOrModeIsABadRequest() throws Exception {
        mvc.perform(post("/api/imports/salaries").with(httpBasic("hr.anne", PASSWORD)).contentType("text/csv").content("x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.message").value(containsString("Unknown kind")));
        mvc.perform(post("/api/imports/absences").param("mode", "merge").with(httpBasic("hr.anne", PASSWORD))
                        .contentType("text/csv").content("x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Unknown mode")));
    }

    @Test
    void onlyHrMayImport() throws Exception {
        mvc.perform(post("/api/imports/absences").with(httpBasic("leder.bo", PASSWORD)).contentType("text/csv")
                        .content(ImportFixtures.file("absences")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/imports/absences").contentType("text/csv").content(ImportFixtures.file("absences")))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isZero();
    }

    @Test
    void anXlsxBodyIsReadAsAWorkbook() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var workbook = new org.dhatim.fastexcel.Workbook(out, "Tilknyt", "1.0");
        var sheet = workbook.newWorksheet("Ark1");
        String[] header = {"unit_id", "name", "parent_id", "level"};
        String[] row = {"tom", "Tom enhed", "nord", "unit"};
        for (int i = 0; i < header.length; i++) {
            sheet.value(0, i, header[i]);
            sheet.value(1, i, row[i]);
        }
        workbook.finish();
        mvc.perform(post("/api/imports/org_units").with(httpBasic("hr.anne", PASSWORD))
                        .contentType(XlsxImportTest.XLSX).content(out.toByteArray()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inserted").value(1));
    }
}
