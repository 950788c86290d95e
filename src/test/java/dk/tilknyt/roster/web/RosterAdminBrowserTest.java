package dk.tilknyt.roster.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.StaffMember;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.web.TwoAreas;

/**
 * The planner sets a person's terms (every 3rd weekend, medicine) with a row save, adds a demand exception and
 * confirms the public-holiday suggestion; HR adds a pool member and sees the units the pool covers.
 */
class RosterAdminBrowserTest extends BrowserTest {

    private static final LocalDate CHRISTMAS_MONDAY = LocalDate.of(2026, 12, 21);

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterStore store;

    long periodId;

    @BeforeEach
    void aUnitWithAWeeklyPatternAndAPeriodOverChristmas() {
        twoAreas.load();
        List<DemandLine> pattern = new ArrayList<>();
        for (int weekday = 1; weekday <= 7; weekday++) {
            pattern.add(new DemandLine(weekday, "day", "care", weekday == 7 ? 1 : 2));
        }
        store.saveDemand("pc-a1", pattern);
        periodId = store.createPeriod("pc-a1", CHRISTMAS_MONDAY, 4);
    }

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void thePlannerSetsTermsAndDemandExceptionsAndHrAddsAPoolMember() {
        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        page.navigate(url("/rosters?unit=pc-a1"));
        page.getByRole(AriaRole.LINK, named("Vagtplanvilkår for medarbejderne")).click();
        page.locator("#we-pa2").selectOption("3");
        page.locator("#c-pa2-medicine").check();
        page.getByRole(AriaRole.BUTTON, named("Gem vilkår for pa2")).click();
        assertThat(page.locator("#terms-pa2")).containsText("Vilkårene er gemt.");
        StaffMember pa2 = store.staffMember("pa2", CHRISTMAS_MONDAY, CHRISTMAS_MONDAY).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(pa2.weekendEvery()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(pa2.extraSkills()).containsExactly("medicine");

        page.navigate(url("/rosters/" + periodId));
        page.getByRole(AriaRole.LINK, named("Afvigelser pr. dato og helligdage")).click();
        page.locator("#date").fill("2026-12-23");
        page.locator("#shift").selectOption("evening");
        page.locator("#skill").selectOption("medicine");
        page.locator("#staff").fill("1");
        page.getByRole(AriaRole.BUTTON, named("Tilføj afvigelse")).click();
        assertThat(page.locator(".alert.ok")).hasText("Afvigelsen er gemt.");
        assertThat(page.locator("#exceptions")).containsText("medicingivning");

        page.getByRole(AriaRole.BUTTON, named("Foreslå helligdage")).click();
        assertThat(page.locator("#proposal")).containsText("2026-12-24");
        page.getByRole(AriaRole.BUTTON, named("Tilføj forslaget")).click();
        assertThat(page.locator(".alert.ok")).containsText("afvigelser for helligdage er tilføjet");
        assertThat(page.locator("#exceptions")).containsText("2026-12-25");
        context.clearCookies();

        login(TwoAreas.HR, TwoAreas.PASSWORD);
        page.navigate(url("/rosters"));
        page.getByRole(AriaRole.LINK, named("Flyverkorps (vikarpulje)")).click();
        page.locator("#person").fill("pa5");
        page.locator("#poolUnit").selectOption(new SelectOption().setLabel("Område A"));
        page.getByRole(AriaRole.BUTTON, named("Tilføj til flyverkorpset")).click();
        assertThat(page.locator(".alert.ok")).hasText("Medlemmet er tilføjet.");
        assertThat(page.locator("#covers-omr-a")).containsText("Plejecenter Solgården");
        assertThat(page.locator("#covers-omr-a")).containsText("Hjemmeplejen Nord");
        assertThat(page.locator("table.pool-members")).containsText("pa5");
    }
}
