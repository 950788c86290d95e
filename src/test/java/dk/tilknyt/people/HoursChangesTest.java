package dk.tilknyt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

@DatabaseTest
@RecordApplicationEvents
class HoursChangesTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HoursChanges hoursChanges;
    @Autowired
    Staff staff;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void oneEmployment() {
        DatabaseCleaner.clean(dataSource);
        jdbc.sql("insert into org_unit (id, name, parent_id, level) values ('u1', 'Enhed', null, 'municipality')").update();
        jdbc.sql("insert into person (id, birth_year) values ('p1', 1980)").update();
        segment("2020-01-01", "2025-12-31", 30, "resigned");
    }

    private void segment(String start, String end, double hours, String reason) {
        jdbc.sql("""
                insert into employment_segment (employment_id, segment_start, segment_end, person_id, unit_id, job_family,
                    employment_type, weekly_hours, departure_reason, shift_layer)
                values ('e1', ?, ?, 'p1', 'u1', 'nurse', 'permanent', ?, ?, 'day')""")
                .params(LocalDate.parse(start), end == null ? null : LocalDate.parse(end), BigDecimal.valueOf(hours), reason).update();
    }

    @Test
    void anApprovedChangeEndsTheSegmentTheDayBeforeAndStartsANewOneWithTheNewHours() {
        EmploymentSegment changed = hoursChanges.change("e1", LocalDate.of(2025, 8, 1), BigDecimal.valueOf(37));
        assertThat(changed.start()).isEqualTo(LocalDate.of(2025, 8, 1));
        var history = staff.history("p1");
        assertThat(history).extracting(EmploymentSegment::start, EmploymentSegment::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 31)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31)));
        assertThat(history.get(1).weeklyHours()).isEqualByComparingTo("37");
        assertThat(history.get(1).unitId()).isEqualTo("u1");
        assertThat(history.get(1).shiftLayer()).isEqualTo(ShiftLayer.DAY);
        assertThat(events.stream(EmploymentsChanged.class)).hasSize(1);
    }

    @Test
    void theDepartureReasonStaysOnTheSegmentThatEndsTheEmployment() {
        hoursChanges.change("e1", LocalDate.of(2025, 8, 1), BigDecimal.valueOf(37));
        var history = staff.history("p1");
        assertThat(history.get(0).departureReason()).isNull();
        assertThat(history.get(1).departureReason()).isEqualTo(DepartureReason.RESIGNED);
    }

    @Test
    void aChangeFromTheSegmentsFirstDayChangesItsHoursWithoutANewSegment() {
        hoursChanges.change("e1", LocalDate.of(2020, 1, 1), BigDecimal.valueOf(32));
        assertThat(staff.history("p1")).singleElement().satisfies(s -> assertThat(s.weeklyHours()).isEqualByComparingTo("32"));
    }

    @Test
    void aDateOutsideTheEmploymentIsRefused() {
        assertThatThrownBy(() -> hoursChanges.change("e1", LocalDate.of(2026, 1, 1), BigDecimal.valueOf(37)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not run");
        assertThatThrownBy(() -> hoursChanges.change("e1", LocalDate.of(2019, 12, 31), BigDecimal.valueOf(37)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(staff.history("p1")).hasSize(1);
    }

    @Test
    void anOpenSegmentCoversEveryLaterDay() {
        jdbc.sql("update employment_segment set segment_end = null, departure_reason = null").update();
        assertThat(hoursChanges.change("e1", LocalDate.of(2030, 1, 1), BigDecimal.valueOf(37)).end()).isNull();
    }

    @Test
    void hoursMustLieBetweenOneAndFortyEightAndDiffer() {
        assertThatThrownBy(() -> hoursChanges.change("e1", LocalDate.of(2025, 8, 1), BigDecimal.valueOf(49)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> hoursChanges.change("e1", LocalDate.of(2025, 8, 1), BigDecimal.valueOf(0.5)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> hoursChanges.change("e1", LocalDate.of(2025, 8, 1), new BigDecimal("30.00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(events.stream(EmploymentsChanged.class)).isEmpty();
    }

    @Test
    void anUnknownEmploymentIsNotFound() {
        assertThatThrownBy(() -> hoursChanges.change("nope", LocalDate.of(2025, 8, 1), BigDecimal.valueOf(37)))
                .isInstanceOf(NotFoundException.class);
    }
}
