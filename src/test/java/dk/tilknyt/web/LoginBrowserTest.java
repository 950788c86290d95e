package dk.tilknyt.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.support.DatabaseCleaner;

class LoginBrowserTest extends BrowserTest {

    @Autowired
    UserAdministration users;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void hrUser() {
        DatabaseCleaner.clean(dataSource);
        users.create(new UserAdministration.NewUser("hr.anne", "correct-horse-battery", "hr", null, null), false);
    }

    @Test
    void wrongPasswordIsRefusedAndTheRightOneLetsYouIn() {
        page.navigate(url("/login"));
        page.getByLabel("Brugernavn").fill("hr.anne");
        page.getByLabel("Adgangskode").fill("wrong-password-here");
        page.locator("form button[type=submit]").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("Forkert brugernavn");

        login("hr.anne", "correct-horse-battery");
        assertThat(page.locator("h1")).containsText("Velkommen, hr.anne");
    }
}
