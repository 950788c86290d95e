package dk.tilknyt.roster.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;

import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.web.TwoAreas;

/**
 * On a phone-sized window: an employee enters a wish, the planner solves with a short time limit and publishes,
 * and the employee sees their shifts and that the wish was granted or why not.
 */
class RosterBrowserTest extends BrowserTest {

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterPlanning planning;
    @Autowired
    RosterStore store;

    long periodId;
    LocalDate firstDay;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(375, 812).setLocale("da-DK").setIsMobile(true);
    }

    @BeforeEach
    void unitWithDemand() {
        twoAreas.load();
        List<DemandLine> demand = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            demand.add(new DemandLine(weekday, "day", "care", 1));
        }
        planning.saveDemand("pc-a1", RosterStore.DEFAULT_SHIFTS, demand);
        firstDay = planning.today().plusWeeks(6).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        periodId = planning.createPeriod("pc-a1", firstDay, 4);
    }

    @Test
    void anEmployeeWishesOnThePhoneThePlannerSolvesAndPublishesAndTheEmployeeSeesTheShifts() {
        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        page.navigate(url("/rosters"));
        page.getByText(firstDay.toString()).click();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Åbn for ønsker")).click();
        assertThat(page.locator("#status")).hasText("åben for ønsker");
        context.clearCookies();

        login(TwoAreas.EMPLOYEE_PA1, TwoAreas.PASSWORD);
        page.navigate(url("/my/roster"));
        page.getByLabel("Dato").fill(firstDay.plusDays(3).toString());
        page.getByLabel("Ønske").selectOption("off");
        page.getByLabel("Prioritet").selectOption("1");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tilføj ønske")).click();
        assertThat(page.locator(".alert.ok")).hasText("Ønsket er gemt.");
        assertThat(page.locator("body")).containsText("Fridag");
        context.clearCookies();

        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        page.navigate(url("/rosters/" + periodId));
        page.getByLabel("Sekunder").fill("2");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Beregn vagtplan")).click();
        page.getByText("Vis resultatet").click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(30_000));
        assertThat(page.locator("#status")).hasText("beregnet");
        assertThat(page.locator("#wishes")).containsText("opfyldt");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Offentliggør vagtplanen")).click();
        assertThat(page.locator("#status")).hasText("offentliggjort");
        context.clearCookies();

        login(TwoAreas.EMPLOYEE_PA1, TwoAreas.PASSWORD);
        page.navigate(url("/my/roster"));
        long mine = store.assignments(periodId).stream().filter(a -> "pa1".equals(a.personId())).count();
        assertThat(page.locator("#my-shifts li")).hasCount((int) mine);
        assertThat(page.locator("body")).containsText("af 1 ønsker opfyldt");
    }
}
