package dk.tilknyt.roster.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.OpenShiftStore;
import dk.tilknyt.roster.store.OpenShiftStore.PoolMember;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.web.TwoAreas;

/**
 * Issue 6 "Done when", end to end on a phone (390 × 844), through the UI only: an employee enters wishes, the
 * planner solves and publishes and leaves one shift open, a pool member from the sibling unit bids for it, the
 * planner allocates it by the suggestion, and the pool member sees the shift as theirs. Every page fits the
 * screen without scrolling sideways (wide tables scroll inside their own box).
 */
class RosterPhoneFlowBrowserTest extends BrowserTest {

    static final String POOL_USER = "pulje.pa6";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE dd-MM-yyyy", Locale.of("da"));

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    RosterPlanning planning;
    @Autowired
    OpenShiftStore pool;

    LocalDate firstDay;
    int screens;
    long periodId;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("da-DK").setIsMobile(true)
                .setHasTouch(true);
    }

    /**
     * Plejecenter Solgården (pc-a1) with ten staff and demand they can cover, a period starting in about a week
     * (so publishing is late) open for wishes, and pa6 of the sibling unit pc-a2 in the pool covering Område A.
     */
    @BeforeEach
    void aUnitOpenForWishesAndAPoolMemberNextDoor() {
        twoAreas.load();
        for (int i = 8; i <= 12; i++) {
            jdbc.sql("insert into person (id, birth_year) values (?, ?)").params("pa" + i, 1980 + i).update();
            TwoAreas.segment(jdbc, "e-pa" + i, "pa" + i, "pc-a1", "sosu_helper", "permanent", 32, TwoAreas.LONG_AGO,
                    null, i % 2 == 0 ? "evening" : "day");
        }
        List<DemandLine> demand = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            demand.add(new DemandLine(weekday, "day", "care", weekday <= 5 ? 2 : 1));
            demand.add(new DemandLine(weekday, "evening", "care", 1));
        }
        planning.saveDemand("pc-a1", RosterStore.DEFAULT_SHIFTS, demand);
        firstDay = planning.today().plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        periodId = planning.createPeriod("pc-a1", firstDay, 4);
        planning.openForWishes(periodId);
        pool.savePoolMember(new PoolMember("pa6", "pc-a2", "omr-a"));
        users.create(new NewUser(POOL_USER, TwoAreas.PASSWORD, "employee", null, "pa6"), false);
    }

    @Test
    void anEmployeeWishesThePlannerPublishesAPoolMemberBidsForTheOpenShiftAndGetsIt() {
        // The employee enters a day off and a wanted evening shift on the phone.
        login(TwoAreas.EMPLOYEE_PA1, TwoAreas.PASSWORD);
        navigate("Min vagtplan");
        addWish(firstDay.plusDays(2), "off", null);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ønsket er gemt.");
        addWish(firstDay.plusDays(9), "want", "evening");
        Locator wishes = page.locator("#my-wishes-" + periodId);
        assertThat(wishes).containsText(firstDay.plusDays(2) + ": Fridag");
        assertThat(wishes).containsText(firstDay.plusDays(9) + ": Ønsker vagt (Aftenvagt)");
        fitsTheScreen();
        logout();

        // The planner opens the period, solves it for three seconds, publishes it late with a reason.
        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        navigate("Vagtplaner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstDay.toString())).click();
        assertThat(page.locator("#status")).hasText("åben for ønsker");
        fitsTheScreen();
        page.getByLabel("Sekunder").fill("3");
        button("Beregn vagtplan").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vis resultatet"))
                .click(new Locator.ClickOptions().setTimeout(30_000));
        assertThat(page.locator("#status")).hasText("beregnet");
        assertThat(page.locator("#wishes")).containsText("pa1");
        page.getByLabel("Begrundelse").fill("Ny leder, planen blev forsinket");
        button("Offentliggør vagtplanen").click();
        assertThat(page.locator("#status")).hasText("offentliggjort");
        fitsTheScreen();

        // ... and opens pa1's first shift by hand, so it is offered.
        page.locator("table.roster-grid tbody tr").filter(new Locator.FilterOptions().setHasText("pa1"))
                .locator("a").first().click();
        assertThat(page.getByLabel("Medarbejder", new Page.GetByLabelOptions().setExact(true))).isInViewport();
        String editHeading = page.locator("#edit").innerText();
        page.getByLabel("Medarbejder", new Page.GetByLabelOptions().setExact(true)).selectOption("");
        button("Gem").click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Vagten er ændret");
        assertThat(page.locator("table.roster-grid .open-row")).containsText("?");
        LocalDate openDay = LocalDate.parse(editHeading.replaceAll(".*?(\\d{4}-\\d{2}-\\d{2}).*", "$1"));
        logout();

        // The pool member from the sibling unit sees the open shift and bids.
        login(POOL_USER, TwoAreas.PASSWORD);
        navigate("Min vagtplan");
        Locator offer = page.locator("#open-shifts li").filter(new Locator.FilterOptions().setHasText(SHOWN.format(openDay)));
        assertThat(offer).hasCount(1);
        assertThat(offer).containsText("Plejecenter Solgården");
        offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Byd")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dit bud er afgivet.");
        assertThat(page.locator("#my-bids")).containsText("bud afgivet");
        fitsTheScreen();
        logout();

        // The planner sees the bid with the suggestion on the open-shifts page and allocates it.
        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        navigate("Vagtplaner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(firstDay.toString())).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ledige vagter og bud")).click();
        Locator row = page.locator("#open-shift-table tbody tr").filter(new Locator.FilterOptions().setHasText(openDay.toString()));
        assertThat(row).containsText("pa6");
        assertThat(row).containsText("Foreslået");
        fitsTheScreen();
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tildel vagten den " + openDay + " til pa6"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vagten er tildelt");
        logout();

        // The pool member reloads and has the shift, and the bid is marked as theirs.
        login(POOL_USER, TwoAreas.PASSWORD);
        navigate("Min vagtplan");
        assertThat(page.locator("#my-shifts li").filter(new Locator.FilterOptions().setHasText(SHOWN.format(openDay))))
                .containsText("Plejecenter Solgården");
        assertThat(page.locator("#my-bids")).containsText("vagten er din");
        fitsTheScreen();
    }

    /** The menu entry by the start of its name: "Min vagtplan" carries a count of unread changes after it. */
    private void navigate(String menuItem) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hovedmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName(java.util.regex.Pattern.compile("^" + menuItem))).click();
    }

    private void addWish(LocalDate date, String kind, String layer) {
        page.getByLabel("Dato").fill(date.toString());
        page.getByLabel("Ønske", new Page.GetByLabelOptions().setExact(true)).selectOption(kind);
        if (layer != null) {
            page.getByLabel("Vagtlag").selectOption(layer);
        }
        page.getByLabel("Prioritet").selectOption("1");
        button("Tilføj ønske").click();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void logout() {
        button("Log ud").click();
        page.waitForURL(u -> u.contains("/login"));
    }

    /** Checks that the page does not scroll sideways; with TILKNYT_SCREENSHOTS set, keeps a full-page picture. */
    private void fitsTheScreen() {
        if (System.getenv("TILKNYT_SCREENSHOTS") != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of(
                    System.getenv("TILKNYT_SCREENSHOTS"), "phone-flow-" + ++screens + ".png")));
        }
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
                .as("%s scrolls sideways on a phone", page.url()).isFalse();
    }
}
