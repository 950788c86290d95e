package dk.tilknyt.roster.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dk.tilknyt.roster.planning.RosterPlanning;
import dk.tilknyt.roster.store.PeriodStatus;
import dk.tilknyt.roster.store.RosterStore;
import dk.tilknyt.support.BrowserTest;
import dk.tilknyt.web.TwoAreas;

/**
 * The planner covers an open shift with an external temp, the figures page counts it, and the leader's key-figure
 * dashboard shows the Vagtplan panel for the same period.
 */
class CoverBrowserTest extends BrowserTest {

    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    RosterPlanning planning;
    @Autowired
    RosterStore store;

    long periodId;
    LocalDate monday;

    @BeforeEach
    void aPublishedRosterWithOneWorkedAndOneOpenShift() {
        twoAreas.load();
        monday = planning.today().minusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        periodId = store.createPeriod("pc-a1", monday, 4);
        store.addSlot(periodId, monday.plusDays(1), "day", "care");
        store.addSlot(periodId, monday.plusDays(2), "evening", "care");
        var slots = store.assignments(periodId);
        store.assignByHand(periodId, slots.get(0).id(), "pa1", false);
        store.setStatus(periodId, PeriodStatus.SOLVED);
        store.published(periodId, monday.minusWeeks(5), null);
    }

    @Test
    void thePlannerCoversAnOpenShiftWithAnExternalTempAndTheFiguresCountIt() {
        String range = "&from=" + monday + "&to=" + monday.plusWeeks(4).minusDays(1);
        login(TwoAreas.PLANNER_A, TwoAreas.PASSWORD);
        page.navigate(url("/rosters/" + periodId + "/open-shifts"));
        page.getByLabel("Vikarbureau (valgfrit)").fill("Vikarbureau Nord");
        page.locator(".external-form button").click();
        assertThat(page.locator(".alert.ok")).hasText("Vagten er dækket af en ekstern vikar.");
        assertThat(page.locator("#external-table")).containsText("Vikarbureau Nord");

        page.getByText("Nøgletal for vagtplaner").click();
        page.navigate(url("/rosters/figures?unit=pc-a1" + range));
        assertThat(page.locator("#roster-coverage tr[data-category=external] td").first()).hasText("1");
        assertThat(page.locator("#roster-coverage tr[data-category=own] td").first()).hasText("1");
        assertThat(page.locator("#open-now")).hasText("0");
        com.microsoft.playwright.Download sheet = page.waitForDownload(
                () -> page.getByText("Hent tabellerne som Excel").click());
        org.assertj.core.api.Assertions.assertThat(sheet.suggestedFilename()).startsWith("vagtplantal-pc-a1-").endsWith(".xlsx");
        context.clearCookies();

        login(TwoAreas.LEADER_A, TwoAreas.PASSWORD);
        page.navigate(url("/keyfigures?unit=pc-a1" + range));
        assertThat(page.locator("#roster-panel h2")).hasText("Vagtplan");
        assertThat(page.locator("#roster-panel")).containsText("Ekstern vikar: 1");
    }
}
