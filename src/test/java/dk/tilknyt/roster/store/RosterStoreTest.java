package dk.tilknyt.roster.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.roster.store.RosterStore.DemandException;
import dk.tilknyt.roster.store.RosterStore.DemandLine;
import dk.tilknyt.roster.store.RosterStore.ShiftDef;
import dk.tilknyt.roster.store.RosterStore.StaffMember;
import dk.tilknyt.roster.store.RosterStore.Terms;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

@DatabaseTest
class RosterStoreTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Autowired
    RosterStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void unitWithStaff() {
        DatabaseCleaner.clean(dataSource);
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u1', 'Solgården', null, 'unit')").update();
        person("p1", "e1", "sosu_assistant", "permanent", 37, "evening", LocalDate.of(2020, 1, 1), null);
        person("p2", "e2", "sosu_helper", "trainee", 37, null, LocalDate.of(2026, 8, 1), null);
        person("p3", "e3", "nurse", "permanent", 32, "day", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private void person(String id, String employment, String family, String type, int hours, String layer,
                        LocalDate from, LocalDate to) {
        jdbc.sql("insert into person (id) values (?)").param(id).update();
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, shift_layer) values (?, ?, ?, ?, 'u1', ?, ?, ?, ?)""")
                .params(employment, from, to, id, family, type, hours, layer).update();
    }

    @Test
    void aNewPeriodIsADraftOfItsUnit() {
        long id = store.createPeriod("u1", MONDAY, 4);
        var period = store.period(id).orElseThrow();
        assertThat(period.status()).isEqualTo(PeriodStatus.DRAFT);
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(store.periods("u1")).extracting(RosterStore.Period::id).containsExactly(id);
        assertThat(store.periodsOf("p1")).extracting(RosterStore.Period::id).containsExactly(id);
        assertThat(store.periodsOf("p3")).as("p3 leaves before the period").isEmpty();
    }

    @Test
    void shiftTimesDefaultToDayEveningNightUntilEdited() {
        assertThat(store.shifts("u1")).isEqualTo(RosterStore.DEFAULT_SHIFTS);
        store.saveShifts("u1", List.of(new ShiftDef("day", LocalTime.of(6, 30), LocalTime.of(14, 30)),
                new ShiftDef("evening", LocalTime.of(14, 30), LocalTime.of(22, 30)),
                new ShiftDef("night", LocalTime.of(22, 30), LocalTime.of(6, 30))));
        assertThat(store.shifts("u1").getFirst().start()).isEqualTo(LocalTime.of(6, 30));
    }

    @Test
    void demandKeepsOnlyLinesThatNeedSomeoneAndExceptionsReplaceByDate() {
        store.saveDemand("u1", List.of(new DemandLine(1, "evening", "sosu_assistant", 1), new DemandLine(1, "day", "care", 0)));
        assertThat(store.demand("u1")).containsExactly(new DemandLine(1, "evening", "sosu_assistant", 1));
        store.saveException("u1", new DemandException(LocalDate.of(2026, 12, 24), "day", "care", 1));
        store.saveException("u1", new DemandException(LocalDate.of(2026, 12, 24), "day", "care", 2));
        assertThat(store.exceptions("u1", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(new DemandException(LocalDate.of(2026, 12, 24), "day", "care", 2));
    }

    @Test
    void termsDefaultFromTheEmploymentTraineesEveryThirdWeekend() {
        List<StaffMember> staff = store.staff("u1", MONDAY, MONDAY.plusDays(27));
        assertThat(staff).extracting(StaffMember::personId).containsExactly("p1", "p2");
        StaffMember p1 = staff.getFirst();
        assertThat(p1.weeklyHours()).isEqualTo(37.0);
        assertThat(p1.layer()).isEqualTo("evening");
        assertThat(p1.weekendEvery()).isEqualTo(2);
        assertThat(staff.get(1).weekendEvery()).isEqualTo(3);

        store.saveTerms("p1", new Terms(4, Set.of("medicine"), true));
        StaffMember changed = store.staff("u1", MONDAY, MONDAY.plusDays(27)).getFirst();
        assertThat(changed.weekendEvery()).isEqualTo(4);
        assertThat(changed.extraSkills()).containsExactly("medicine");
        assertThat(changed.noNights()).isTrue();
    }

    @Test
    void absenceDaysAreCutToThePeriod() {
        jdbc.sql("""
                insert into absence (id, person_id, type, start_date, end_date, extent_pct)
                values ('a1', 'p1', 'vacation', DATE '2027-01-01', DATE '2027-01-05', 100)""").update();
        assertThat(store.absenceDays("p1", MONDAY, MONDAY.plusDays(27)))
                .containsExactly(MONDAY, MONDAY.plusDays(1));
    }

    @Test
    void wishesAndAssignmentsBelongToTheirPeriod() {
        long id = store.createPeriod("u1", MONDAY, 4);
        long wish = store.addWish(id, "p1", MONDAY.plusDays(2), "off", null, 1);
        assertThat(store.wishesOf(id, "p1")).extracting(RosterStore.StoredWish::id).containsExactly(wish);
        store.deleteWish(wish);
        assertThat(store.wishes(id)).isEmpty();

        store.addSlot(id, MONDAY, "day", "care");
        long slot = store.assignments(id).getFirst().id();
        store.assignSolved(id, slot, "p1");
        assertThat(store.assignments(id).getFirst().personId()).isEqualTo("p1");
        store.published(id, MONDAY.minusWeeks(5), null);
        assertThat(store.assignments(id).getFirst().pinned()).isTrue();
        store.assignSolved(id, slot, "p2");
        assertThat(store.assignments(id).getFirst().personId()).as("a pinned slot keeps its person").isEqualTo("p1");
        store.assignByHand(id, slot, "p2", true);
        assertThat(store.assignments(id).getFirst().shortNotice()).isTrue();
        assertThat(store.publishedShiftsOf("p2", MONDAY, MONDAY)).hasSize(1);
    }
}
