package dk.tilknyt.conversations.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.conversations.Fixtures;
import dk.tilknyt.conversations.followup.FollowUpDerivation;
import dk.tilknyt.conversations.followup.RefreshJob;
import dk.tilknyt.conversations.followup.SettingsStore;
import dk.tilknyt.conversations.hours.HoursRequests;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.support.DatabaseCleaner;

/**
 * A leader works the inbox: holds a 3-month conversation, records an exit interview and approves an
 * hours change, then sees the new segment in the person's employment history.
 */
class InboxBrowserTest extends BrowserTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    FollowUpDerivation derivation;
    @Autowired
    SettingsStore settings;
    @Autowired
    RefreshJob refreshJob;
    @Autowired
    HoursRequests hoursRequests;
    @Autowired
    Clock clock;

    @BeforeEach
    void leaderWithThreeThingsToDo() {
        refreshJob.awaitIdle(30);
        DatabaseCleaner.clean(dataSource);
        LocalDate today = LocalDate.now(clock);
        settings.setSince(today.minusDays(60));
        new Fixtures(jdbc).organisation()
                .task("3-måneders-samtale", 90, "three_month_conversation")
                .person("p1", 1999).segment("e1", "p1", today.minusDays(89), null, "pc-sol", "sosu_helper", 37, null)
                .person("p3", 1990).segment("e3", "p3", LocalDate.of(2019, 2, 1), today.plusDays(10), "pc-sol", "nurse", 37, "resigned")
                .person("p5", 1985).segment("e5", "p5", LocalDate.of(2020, 8, 1), null, "pc-sol", "sosu_assistant", 30, null);
        hoursRequests.request("p5", "e5", today.plusDays(14), BigDecimal.valueOf(37), "p5", today);
        derivation.refreshAll(today);
        users.create(new UserAdministration.NewUser("leder.nord", "correct-horse-battery", "leader", "nord", null), false);
    }

    @Test
    void aLeaderHoldsAThreeMonthConversationRecordsAnExitAndApprovesMoreHours() {
        login("leder.nord", "correct-horse-battery");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indbakke").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Indbakke");
        assertThat(page.locator("table.inbox tbody tr")).hasCount(3);

        page.locator("tr[data-kind=three_month_conversation] a").click();
        assertThat(page.locator("h1")).containsText("3-måneders-samtale");
        page.getByLabel("Noter").fill("Trives på holdet; vil gerne op i tid til foråret.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("3-måneders-samtale for p1 er registreret");
        assertThat(page.locator("table.inbox tbody tr")).hasCount(2);

        page.locator("tr[data-kind=exit_conversation] a").click();
        page.getByLabel("Løn", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Transport", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Vil gerne komme tilbage en dag").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem fratrædelsessamtale")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Fratrædelsessamtale for p3 er registreret");

        page.locator("tr[data-kind=hours_change_request] a").click();
        assertThat(page.locator("body")).containsText("Fra 30 til 37 timer om ugen");
        page.getByLabel("Godkend – timetallet ændres fra datoen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem afgørelse")).click();

        page.waitForURL(u -> u.endsWith("/conversations/persons/p5"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("ny ansættelsesperiode");
        assertThat(page.locator("table.segments tbody tr")).hasCount(2);
        assertThat(page.locator("table.segments tbody tr").nth(1).locator("td.hours")).hasText("37");
        assertThat(page.locator("table.segments tbody tr").nth(1).locator("td").nth(1))
                .hasText(LocalDate.now(clock).plusDays(14).toString());
    }
}
