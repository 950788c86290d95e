package dk.tilknyt.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;

/** On a phone (375 × 812) the navigation wraps instead of hiding, and pages do not scroll sideways. */
class PhoneBrowserTest extends BrowserTest {

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(375, 812).setLocale("da-DK").setIsMobile(true)
                .setHasTouch(true);
    }

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private boolean scrollsSideways() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    @Test
    void hrCanReachEveryNavItemAndPagesFitTheScreen() {
        login(TwoAreas.HR, TwoAreas.PASSWORD);
        var nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"));
        for (String item : new String[] {"Forside", "Organisation", "Medarbejdere", "Nøgletal", "Import", "Brugere",
                "Logning"}) {
            assertThat(nav.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(item).setExact(true))).isInViewport();
        }
        assertThat(scrollsSideways()).isFalse();

        page.navigate(url("/org/kommune"));
        assertThat(page.locator("h1")).hasText("Tilknyt Kommune");
        assertThat(scrollsSideways()).isFalse();

        page.navigate(url("/staff?unit=kommune"));
        assertThat(page.locator("table.staff")).isVisible();
        assertThat(scrollsSideways()).as("the wide table scrolls inside its own box").isFalse();
        screenshot("phone-staff");

        page.navigate(url("/admin/users/new"));
        assertThat(page.getByLabel("Adgang til enhed")).isVisible();
        assertThat(scrollsSideways()).isFalse();
        screenshot("phone-user-form");
    }

    private void screenshot(String name) {
        if (System.getenv("TILKNYT_SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(System.getenv("TILKNYT_SCREENSHOTS"), name + ".png")));
        }
    }
}
