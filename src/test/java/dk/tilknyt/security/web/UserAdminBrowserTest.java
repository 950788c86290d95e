package dk.tilknyt.security.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.web.TwoAreas;

/** HR manages users in the browser, and finds a leader's look at a person in the audit log. */
class UserAdminBrowserTest extends BrowserTest {

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void hrCreatesEditsAndDeletesAUser() {
        login(TwoAreas.HR, TwoAreas.PASSWORD);
        page.getByRole(AriaRole.LINK, named("Brugere")).click();
        page.getByRole(AriaRole.LINK, named("Opret bruger")).click();

        page.getByLabel("Brugernavn").fill("leder.b");
        page.getByLabel("Rolle").selectOption("leader");
        page.getByLabel("Adgang til enhed").selectOption("omr-b");
        page.getByLabel("Adgangskode").fill("for-kort");
        page.getByRole(AriaRole.BUTTON, named("Gem")).click();
        assertThat(page.locator("#password-error")).hasText("Adgangskoden skal være mindst 12 tegn.");
        screenshot("user-form-error");
        assertThat(page.getByLabel("Adgangskode")).hasAttribute("aria-invalid", "true");

        page.getByLabel("Adgangskode").fill("et-langt-kodeord-til-b");
        page.getByRole(AriaRole.BUTTON, named("Gem")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Brugeren leder.b er oprettet.");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("leder.b"))).containsText("Område B");
        screenshot("users");

        page.getByRole(AriaRole.LINK, named("Redigér leder.b")).click();
        page.getByLabel("Rolle").selectOption("council");
        page.getByRole(AriaRole.BUTTON, named("Gem")).click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("leder.b"))).containsText("MED-udvalg");

        page.getByRole(AriaRole.LINK, named("Slet leder.b")).click();
        assertThat(page.locator("h1")).hasText("Slet brugeren leder.b");
        page.getByRole(AriaRole.BUTTON, named("Ja, slet brugeren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Brugeren leder.b er slettet.");
        assertThat(page.locator("tbody")).not().containsText("leder.b");
    }

    @Test
    void theAuditPageShowsALeadersViewOfAPerson() {
        login(TwoAreas.LEADER_A, TwoAreas.PASSWORD);
        page.navigate(url("/people/pa5"));
        assertThat(page.locator("h1")).hasText("Medarbejder pa5");
        page.locator("form.inline button").click();

        login(TwoAreas.HR, TwoAreas.PASSWORD);
        page.getByRole(AriaRole.LINK, named("Logning")).click();
        page.getByLabel("Medarbejdernummer eller enhed").fill("pa5");
        page.getByRole(AriaRole.BUTTON, named("Søg")).click();
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("person page")))
                .containsText("leder.a Visning Medarbejder pa5");
        screenshot("audit");
        page.navigate(url("/"));
        screenshot("home-hr");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        login(TwoAreas.HR, TwoAreas.PASSWORD);
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
    }

    private void screenshot(String name) {
        if (System.getenv("TILKNYT_SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of(System.getenv("TILKNYT_SCREENSHOTS"), name + ".png")));
        }
    }
}
