package dk.tilknyt.recruitment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.recruitment.domain.HireFollowUp.Retention;

class HireFollowUpTest {

    private static final LocalDate START = LocalDate.of(2025, 2, 1);

    @Test
    void aHireIsStillEmployedWhenAnySegmentCoversTheDayTwelveMonthsAfterTheStart() {
        List<EmploymentSegment> history = List.of(segment("E1", START, LocalDate.of(2025, 9, 30), "pc-sol"),
                segment("E2", LocalDate.of(2025, 10, 1), null, "hj-oest"));

        assertThat(HireFollowUp.retention(history, START, LocalDate.of(2026, 3, 1))).isEqualTo(Retention.YES);
    }

    @Test
    void aHireWhoLeftBeforeTwelveMonthsIsNotStillEmployed() {
        List<EmploymentSegment> history = List.of(segment("E1", START, LocalDate.of(2026, 1, 31), "pc-sol"));

        assertThat(HireFollowUp.retention(history, START, LocalDate.of(2026, 3, 1))).isEqualTo(Retention.NO);
    }

    @Test
    void beforeTheDayComesRetentionIsNotYetKnown() {
        List<EmploymentSegment> history = List.of(segment("E1", START, null, "pc-sol"));

        assertThat(HireFollowUp.retention(history, START, LocalDate.of(2026, 1, 31))).isEqualTo(Retention.NOT_YET);
        assertThat(HireFollowUp.retention(history, START, LocalDate.of(2026, 2, 1))).isEqualTo(Retention.YES);
    }

    private static EmploymentSegment segment(String id, LocalDate start, LocalDate end, String unit) {
        return new EmploymentSegment(id, start, end, "p1", unit, "nurse", EmploymentType.PERMANENT, new BigDecimal("37"),
                null, null);
    }
}
