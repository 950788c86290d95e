package dk.tilknyt.imports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dk.tilknyt.imports.BadFilesTest.ABS;
import static dk.tilknyt.imports.ImportFixtures.csv;

import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.support.DatabaseCleaner;

/** An HR analyst imports a file with errors, reads them, fixes the file and sees it stored and in the history. */
class ImportPageBrowserTest extends BrowserTest {

    @Autowired
    Importer importer;
    @Autowired
    UserAdministration users;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void municipalityAndHrUser() {
        DatabaseCleaner.clean(dataSource);
        ImportFixtures.load(importer, ImportKind.ORG_UNITS);
        ImportFixtures.load(importer, ImportKind.EMPLOYMENTS);
        users.create(new UserAdministration.NewUser("hr.anne", "correct-horse-battery", "hr", null, null), false);
    }

    @Test
    void aFileWithErrorsIsShownErrorByErrorAndTheFixedFileIsStoredAndInTheHistory() {
        login("hr.anne", "correct-horse-battery");
        page.navigate(url("/imports"));
        assertThat(page.locator("h1")).hasText("Import af data");

        page.getByLabel("Datatype").selectOption("absences");
        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(file("fravaer-maj.csv", csv(ABS,
                        "a1;p1;;sygdom;2024-05-01;2024-05-02;;",
                        "a2;p1;;sick;2024-05-10;2024-05-08;;")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importér")).click();

        Locator errors = page.locator("table.import-errors");
        assertThat(errors).isVisible();
        assertThat(page.locator("#import-status")).containsText("Filen er afvist, og intet er gemt");
        assertThat(errors.locator("tbody tr")).hasCount(2);
        assertThat(errors.locator("tbody tr").nth(0)).containsText("sygdom");
        assertThat(errors.locator("tbody tr").nth(0)).containsText("Ukendt værdi");
        assertThat(errors.locator("tbody tr").nth(1)).containsText("Slutdatoen 2024-05-08 ligger før startdatoen 2024-05-10");
        assertThat(page.locator("#import-history")).containsText("Afvist");

        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(file("fravaer-maj-rettet.csv", csv(ABS,
                        "a1;p1;;sick;2024-05-01;2024-05-02;;",
                        "a2;p1;;sick;2024-05-08;2024-05-10;;")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importér")).click();

        assertThat(page.locator("#import-status")).containsText("Importen er gemt.");
        assertThat(page.locator("table.import-counts")).containsText("Tilføjet");
        assertThat(page.locator("table.import-counts tr").first()).containsText("2");
        Locator newest = page.locator("#import-history tbody tr").first();
        assertThat(newest).containsText("fravaer-maj-rettet.csv");
        assertThat(newest).containsText("Gemt");
        assertThat(newest).containsText("hr.anne");
        assertThat(newest).containsText("2 / 0 / 0 / 0");
    }

    @Test
    void eachKindHasATemplateToDownload() {
        login("hr.anne", "correct-horse-battery");
        page.navigate(url("/imports"));
        var download = page.waitForDownload(() -> {
            page.locator("#columns-absences summary").click();
            page.locator("#columns-absences a.button").click();
        });
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("absences.csv");
    }

    private static FilePayload file(String name, String text) {
        return new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
