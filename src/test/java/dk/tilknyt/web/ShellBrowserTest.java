package dk.tilknyt.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.support.BrowserTest;

/** The shell as a leader uses it: log in, switch language, drill down the organisation, staff list to person. */
class ShellBrowserTest extends BrowserTest {

    @Autowired
    TwoAreas.Loader twoAreas;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    @Test
    void leaderSwitchesLanguageDrillsDownAndOpensAPersonFromTheStaffList() {
        login(TwoAreas.LEADER_A, TwoAreas.PASSWORD);
        assertThat(page.locator("h1")).containsText("Velkommen, leder.a");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forside")))
                .hasAttribute("aria-current", "page");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).containsText("Welcome, leder.a");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Organisation")).click();
        assertThat(page.locator("h1")).hasText("Område A");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation").setExact(true)))
                .hasAttribute("aria-current", "page");
        screenshot("org-area-en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plejecenter Solgården")).click();
        assertThat(page.locator("h1")).hasText("Plejecenter Solgården");
        assertThat(page.locator(".breadcrumbs")).containsText("Område A");
        assertThat(page.locator(".breadcrumbs")).not().containsText("Tilknyt Kommune");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dansk")).click();
        assertThat(page.locator("h1")).hasText("Plejecenter Solgården");
        assertThat(page.locator("html")).hasAttribute("lang", "da");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Medarbejdere i enheden")).click();
        assertThat(page.locator("h1")).containsText("Medarbejdere i Plejecenter Solgården");
        assertThat(page.locator("table.staff tbody tr")).hasCount(5);
        screenshot("staff-da");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("pa3")).click();
        assertThat(page.locator("h1")).hasText("Medarbejder pa3");
        assertThat(page.locator("#absences")).containsText("Intet fravær");
        screenshot("person-da");
    }

    @Test
    void aPersonPageShowsOtherUnitsAndOnlyTheAbsencesInScope() {
        login(TwoAreas.LEADER_A, TwoAreas.PASSWORD);
        page.navigate(url("/people/pa6"));
        assertThat(page.locator("table").first()).containsText("Anden enhed");
        assertThat(page.locator("#absences table")).containsText("Ferie");
        assertThat(page.locator("#absences table")).not().containsText("Sygdom");
        screenshot("person-pa6");
    }

    private void screenshot(String name) {
        if (System.getenv("TILKNYT_SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(System.getenv("TILKNYT_SCREENSHOTS"), name + ".png")));
        }
    }
}
