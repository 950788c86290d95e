package dk.tilknyt.recruitment.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.recruitment.RecruitmentFixture;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.support.DatabaseCleaner;

/**
 * A leader creates a posting, adds applicants, moves one through every stage to hired and sees another
 * withdraw, closes the posting as filled, re-posts a second posting, and sees the funnel and the chain
 * numbers change.
 */
class RecruitmentBrowserTest extends BrowserTest {

    @Autowired
    UserAdministration users;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    LocalDate today;
    String year;

    @BeforeEach
    void organisation() {
        DatabaseCleaner.clean(dataSource);
        RecruitmentFixture.organisation(jdbc, events);
        RecruitmentFixture.users(users);
        today = LocalDate.now(clock);
        year = String.valueOf(today.getYear());
    }

    @Test
    void aLeaderRunsAPostingFromCreationToHireAndRepostsAnother() {
        login("leader.a", RecruitmentFixture.PASSWORD);
        page.navigate(url("/recruitment"));
        assertThat(page.locator("h1")).hasText("Stillingsopslag");

        String first = createPosting("Sygeplejerske, aftenvagt");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Opslaget " + first + " er oprettet.");

        page.getByLabel("Antal nye ansøgere").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilføj ansøgere")).click();
        assertThat(page.locator("#board-heading")).hasText("Ansøgere (3)");

        String hire = "A-" + year + "-00001";
        String dropout = "A-" + year + "-00002";
        for (String stage : new String[] {"Indkaldt", "Til samtale", "Tilbudt stilling", "Ansat"}) {
            button("Flyt til " + stage + " " + hire).click();
            assertThat(page.locator("#column-" + code(stage))).containsText(hire);
        }
        assertThat(page.locator("#app-" + hire)).containsText("Ansat");

        button("Flyt til Indkaldt " + dropout).click();
        // each htmx answer replaces the board: wait for it before pressing the next button
        assertThat(page.locator("#column-invited")).containsText(dropout);
        button("Markér: ringet op før samtalen " + dropout).click();
        assertThat(page.locator("#app-" + dropout)).containsText("Ringet op før samtalen");
        page.locator("#reason-" + dropout).selectOption("no_show");
        button("Trak sig " + dropout).click();
        assertThat(page.locator("#app-" + dropout)).containsText("Trak sig: Mødte ikke op");

        page.getByLabel("Besat", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Besat den (kun ved besat)").fill(today.toString());
        button("Luk opslaget").click();
        assertThat(page.locator("#posting-status")).containsText("besat");

        page.navigate(url("/recruitment/funnel"));
        Locator rows = page.locator("#funnel-table tbody tr");
        assertThat(rows.nth(0)).containsText("3");
        assertThat(rows.nth(1)).containsText("2");
        assertThat(rows.nth(4)).containsText("1");
        assertThat(page.locator("#funnel-totals")).containsText("1 opslag, 3 ansøgninger, 1 ansat, 1 trak sig.");
        page.waitForFunction("() => document.querySelector('#funnel-chart').dataset.drawn === 'true'");

        page.navigate(url("/recruitment/chains"));
        assertThat(page.locator("#sum-chains")).hasText("1");
        assertThat(page.locator("#sum-first")).hasText("1");

        String second = createPosting("Social- og sundhedsassistent");
        page.getByLabel("Ny ansøgningsfrist").fill(today.plusDays(21).toString());
        button("Genopslå opslaget").click();
        String third = "P-" + year + "-0003";
        assertThat(page.locator("h1")).containsText(third);
        assertThat(page.locator("#chain-facts")).containsText("Forløbet har 2 opslag");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(second))).isVisible();

        page.navigate(url("/recruitment/chains"));
        assertThat(page.locator("#sum-chains")).hasText("2");
        assertThat(page.locator("#sum-first")).hasText("1");
        assertThat(page.locator("#sum-open")).hasText("1");

        page.navigate(url("/recruitment/funnel"));
        assertThat(page.locator("#funnel-totals")).containsText("3 opslag, 3 ansøgninger");
    }

    @Test
    void aBadFormShowsItsMessagesNextToTheFields() {
        login("leader.a", RecruitmentFixture.PASSWORD);
        page.navigate(url("/recruitment/postings/new"));
        page.locator("#unitId").selectOption("pc-a");
        page.getByLabel("Timer om ugen").fill("60");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret opslag")).click();

        assertThat(page.locator("#weeklyHours-error")).containsText("højst 48 timer");
        assertThat(page.locator("#jobFamily-error")).containsText("Vælg en faggruppe.");
        assertThat(page.getByLabel("Timer om ugen")).hasAttribute("aria-invalid", "true");
    }

    private String createPosting(String title) {
        page.navigate(url("/recruitment/postings/new"));
        page.locator("#unitId").selectOption("pc-a");
        page.locator("#jobFamily").selectOption("nurse");
        page.getByLabel("Titel").fill(title);
        page.getByLabel("Timer om ugen").fill("32");
        page.getByLabel("Ansøgningsfrist").fill(today.plusDays(14).toString());
        page.getByLabel("Video").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret opslag")).click();
        page.waitForURL(u -> u.contains("/recruitment/postings/P-"));
        String url = page.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static String code(String stage) {
        return switch (stage) {
            case "Indkaldt" -> "invited";
            case "Til samtale" -> "interviewed";
            case "Tilbudt stilling" -> "offered";
            default -> "hired";
        };
    }
}
