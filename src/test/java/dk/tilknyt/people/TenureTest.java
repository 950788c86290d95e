package dk.tilknyt.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TenureTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static EmploymentSegment segment(String start, String end, EmploymentType type) {
        return new EmploymentSegment("e1", LocalDate.parse(start), end == null ? null : LocalDate.parse(end), "p1",
                "u1", "nurse", type, BigDecimal.valueOf(37), null, null);
    }

    private static EmploymentSegment segment(String start, String end) {
        return segment(start, end, EmploymentType.PERMANENT);
    }

    @Test
    void oneOpenSegmentCountsFromItsStart() {
        assertThat(Tenure.chainStart(List.of(segment("2020-06-30", null)), TODAY)).contains(LocalDate.of(2020, 6, 30));
        assertThat(Tenure.yearsOn(List.of(segment("2020-06-30", null)), TODAY).orElseThrow()).isCloseTo(5.0, within(0.01));
    }

    @Test
    void aChangeOfHoursOrUnitDoesNotBreakTheChain() {
        var segments = List.of(segment("2018-01-01", "2021-12-31"), segment("2022-01-01", null));
        assertThat(Tenure.chainStart(segments, TODAY)).contains(LocalDate.of(2018, 1, 1));
    }

    @Test
    void aReturnWithinNinetyDaysContinuesTheChain() {
        var segments = List.of(segment("2018-01-01", "2021-12-31"), segment("2022-03-31", null));
        assertThat(Tenure.chainStart(segments, TODAY)).contains(LocalDate.of(2018, 1, 1));
    }

    @Test
    void aReturnAfterMoreThanNinetyDaysStartsANewChain() {
        var segments = List.of(segment("2018-01-01", "2021-12-31"), segment("2022-04-01", null));
        assertThat(Tenure.chainStart(segments, TODAY)).contains(LocalDate.of(2022, 4, 1));
    }

    @Test
    void overlappingEmploymentsFormOneChain() {
        var segments = List.of(segment("2015-01-01", "2023-12-31"), segment("2019-05-01", "2020-01-01"),
                segment("2024-02-01", null));
        assertThat(Tenure.chainStart(segments, TODAY)).contains(LocalDate.of(2015, 1, 1));
    }

    @Test
    void someoneNotEmployedOnTheDayHasNoTenure() {
        assertThat(Tenure.chainStart(List.of(segment("2018-01-01", "2025-06-29")), TODAY)).isEmpty();
        assertThat(Tenure.chainStart(List.of(segment("2025-07-01", null)), TODAY)).isEmpty();
    }

    @Test
    void traineeYearsDoNotCountOnceHiredButATraineeHasTheirOwnTenure() {
        var hiredAfterTraining = List.of(segment("2021-08-01", "2023-07-31", EmploymentType.TRAINEE),
                segment("2023-08-01", null));
        assertThat(Tenure.yearsOn(hiredAfterTraining, TODAY).orElseThrow()).isCloseTo(1.91, within(0.01));

        var stillTraining = List.of(segment("2024-08-01", null, EmploymentType.TRAINEE));
        assertThat(Tenure.yearsOn(stillTraining, TODAY).orElseThrow()).isCloseTo(0.91, within(0.01));
    }
}
