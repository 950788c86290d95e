package dk.tilknyt.keyfigures.medpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.keyfigures.KeyFigureTest;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.support.DatabaseCleaner;

/** The dashboard's MED pack link in Chromium: the works council downloads its area's pack as a PDF. */
@Import(KeyFigureTest.FixedClock.class)
class MedPackBrowserTest extends BrowserTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserAdministration users;

    @BeforeEach
    void area() {
        DatabaseCleaner.clean(dataSource);
        new MedArea(jdbc, events, users);
    }

    @Test
    void dashboardLinkDownloadsTheAreasMedPack() throws Exception {
        login("council-omr", MedArea.PASSWORD);
        page.navigate(url("/keyfigures?unit=omr"));
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Hent MED-pakke (PDF)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("med-pakke-omr-2025-12-31.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(MedPackTest.text(pdf)).contains("Område Nord", "Personaleomsætning");
    }
}
