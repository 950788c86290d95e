package dk.tilknyt.keyfigures.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.keyfigures.KeyFigureTest;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.support.DatabaseCleaner;

/** The key-figure pages in Chromium: dashboard, comparison, goals, board meeting and export. */
@Import(KeyFigureTest.FixedClock.class)
class KeyFigurePagesBrowserTest extends BrowserTest {

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
        new Area(jdbc, events, users);
    }

    @Test
    void dashboardFilterAndDrillDown() {
        login("leader-omr", Area.PASSWORD);
        page.navigate(url("/keyfigures"));
        assertThat(page.locator("h1")).containsText("Område Nord");
        page.getByLabel("Faggruppe").selectOption("sosu_helper");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Vis")).first().click();
        page.waitForURL(u -> u.contains("jobFamily=sosu_helper"));
        assertThat(page.locator("[data-code=headcount] .kf-number")).hasText("14");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Skovly")).click();
        assertThat(page.locator("h1")).containsText("Skovly");
        assertThat(page.locator("[data-code=headcount] .kf-number")).hasText("7");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*jobFamily=sosu_helper.*"));
    }

    @Test
    void comparisonSortsAndClicksThrough() {
        login("hr", Area.PASSWORD);
        page.navigate(url("/keyfigures/compare?unit=omr"));
        page.locator("th a[data-sort=headcount]").click();
        page.waitForURL(u -> u.contains("sort=headcount"));
        assertThat(page.locator("table.kf-compare tbody tr").first()).hasAttribute("data-unit", "u3");
        page.locator("table.kf-compare tbody tr[data-unit=u3] th a").click();
        assertThat(page.locator("h1")).containsText("Nøgletal for Skovly");
    }

    @Test
    void settingATargetShowsItOnTheGoalsPage() {
        login("leader-omr", Area.PASSWORD);
        page.navigate(url("/keyfigures/goals?unit=omr"));
        page.getByLabel("Nøgletal", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).selectOption("headcount");
        page.getByLabel("Målværdi, eller ændring i procent af basisåret (fx -10)").fill("20");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gem mål")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Målet er gemt");
        assertThat(page.locator("tr[data-figure=headcount]")).containsText("mindst 20");
        assertThat(page.locator("tr[data-figure=headcount] .kf-status")).not().isEmpty();
    }

    @Test
    void boardActionIsEditedDuringTheMeeting() {
        login("leader-u1", Area.PASSWORD);
        page.navigate(url("/keyfigures/board/u1"));
        assertThat(page.locator("h1")).containsText("Tavlemøde: Bakkehuset");
        page.getByLabel("Ny forbedring").fill("Introduktionsmakker til nye");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tilføj")).click();
        var row = page.locator("#kf-actions tr[data-action]");
        assertThat(row).hasCount(1);
        assertThat(row.locator("input[name=text]")).hasValue("Introduktionsmakker til nye");
        row.locator("select[name=status]").selectOption("done");
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gem")).click();
        assertThat(page.locator("#kf-actions select[name=status]")).hasValue("done");
        page.reload();
        assertThat(page.locator("#kf-actions select[name=status]")).hasValue("done");
    }

    @Test
    void dashboardTableDownloadsAsXlsx() {
        login("hr", Area.PASSWORD);
        page.navigate(url("/keyfigures?unit=omr"));
        Download download = page.waitForDownload(() -> page.getByText("Hent tabellen som Excel").click());
        assertThat(download.suggestedFilename()).isEqualTo("noegletal-omr.xlsx");
    }
}
