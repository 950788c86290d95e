package dk.tilknyt.roster.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.web.TwoAreas;

/**
 * On a phone: employee A proposes to exchange a day shift for colleague B's evening shift, B accepts, the planner
 * approves, and A sees the evening shift as theirs and a notice saying so.
 */
class SwapBrowserTest extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;
    @Autowired
    RosterPlanning planning;
    @Autowired
    RosterStore store;

    long periodId;
    LocalDate annasDay;
    LocalDate bosEvening;
    long bosSlot;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(375, 812).setLocale("da-DK").setIsMobile(true)
                .setHasTouch(true);
    }

    @BeforeEach
    void aPublishedPeriodWithADayShiftForPa1AndAnEveningShiftForPa2() {
        twoAreas.load();
        users.create(new NewUser("ansat.pa2", TwoAreas.PASSWORD, "employee", null, "pa2"), false);
        LocalDate monday = planning.today().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        periodId = store.createPeriod("pc-a1", monday, 4);
        store.setStatus(periodId, PeriodStatus.SOLVED);
        store.published(periodId, planning.today(), "test");
        annasDay = monday.plusDays(1);
        bosEvening = monday.plusDays(3);
        shift("pa1", annasDay, "day");
        bosSlot = shift("pa2", bosEvening, "evening");
    }

    private long shift(String personId, LocalDate date, String code) {
        store.addSlot(periodId, date, code, "care");
        long id = store.assignments(periodId).stream().filter(a -> a.date().equals(date) && a.shiftCode().equals(code))
                .mapToLong(a -> a.id()).max().orElseThrow();
        store.assignByHand(periodId, id, personId, false);
        return id;
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void anExchangeProposedAcceptedAndApprovedShowsUpOnTheProposersPhone() {
        login(TwoAreas.EMPLOYEE_PA1, TwoAreas.PASSWORD);
        page.navigate(url("/my/roster"));
        page.getByLabel("Byt vagten " + annasDay.format(DAY)).click();
        page.getByLabel("Byt med").selectOption(bosSlot + ":pa2");
        screenshot("swap-propose");
        click("Send forslaget");
        assertThat(page.locator(".alert.ok")).hasText("Forslaget er sendt til din kollega.");
        assertThat(page.locator("#my-swaps")).containsText("venter på kollegens svar");
        context.clearCookies();

        login("ansat.pa2", TwoAreas.PASSWORD);
        page.navigate(url("/my/roster"));
        assertThat(page.locator("#my-notices")).containsText("En kollega foreslår et byt");
        assertThat(page.locator("#my-swaps")).containsText("pa1 tilbyder dig");
        click("Acceptér");
        assertThat(page.locator("#my-swaps")).containsText("accepteret, venter på godkendelse");
        context.clearCookies();

        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        page.navigate(url("/rosters/" + periodId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bytter").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkend byttet mellem pa1 og pa2")).click();
        assertThat(page.locator(".alert.ok")).hasText("Byttet er godkendt, og vagterne har skiftet hænder.");
        page.navigate(url("/rosters/" + periodId));
        assertThat(page.locator("#changes")).containsText("overtog vagten ved bytte");
        context.clearCookies();

        login(TwoAreas.EMPLOYEE_PA1, TwoAreas.PASSWORD);
        page.navigate(url("/my/roster"));
        assertThat(page.locator("#my-shifts")).containsText(bosEvening.format(DAY));
        assertThat(page.locator("#my-shifts")).containsText("Aftenvagt");
        assertThat(page.locator("#my-shifts")).not().containsText(annasDay.format(DAY));
        assertThat(page.locator("#my-notices")).containsText("Byttet er godkendt: du har nu Aftenvagt");
        assertThat(page.locator("#my-notices li.unread").first()).containsText("Ny:");
        assertThat(page.locator(".nav-badge")).isVisible();
        screenshot("swap-approved");
        click("Markér som læst");
        assertThat(page.locator(".nav-badge")).hasCount(0);
    }

    private void screenshot(String name) {
        if (System.getenv("TILKNYT_SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(System.getenv("TILKNYT_SCREENSHOTS"), name + ".png")));
        }
    }
}
