package dk.tilknyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.roster.RosterSetup.Need;

/** The demo care home's weekly demand is what its own layers can cover, with room to spare. */
class DemoRosterDemandTest {

    private final List<EmploymentSegment> staff = new ArrayList<>();
    private final Map<String, Integer> weekendEvery = new HashMap<>();

    private void person(String family, ShiftLayer layer, int hours, EmploymentType type, int every) {
        String id = "p" + (staff.size() + 1);
        staff.add(new EmploymentSegment("e-" + id, LocalDate.of(2020, 1, 1), null, id, "pc", family, type,
                BigDecimal.valueOf(hours), null, layer));
        weekendEvery.put(id, every);
    }

    private int people(List<Need> needs, int weekday, String shift) {
        return needs.stream().filter(n -> n.weekday() == weekday && n.shift().equals(shift)).mapToInt(Need::staff).sum();
    }

    @Test
    void weekdaysAreCoveredByContractedHoursAndWeekendsByWeekendTurnsWithSlack() {
        for (int i = 0; i < 4; i++) {
            person("sosu_helper", ShiftLayer.DAY, 37, EmploymentType.PERMANENT, 2);
        }

        List<Need> needs = DemoRosters.demand(staff, weekendEvery);

        // 4 × 37 h = 18.5 shifts a week, / 1.2 = 15.4; weekend turns 4 × ½ a day, / 1.25 = 1.6 → 1 a day
        assertThat(people(needs, 6, "day")).isEqualTo(1);
        assertThat(people(needs, 7, "day")).isEqualTo(1);
        // (15.4 − 2 weekend shifts) / 5 = 2.7 → 2 a weekday
        assertThat(people(needs, 1, "day")).isEqualTo(2);
        int weekly = 0;
        for (int d = 1; d <= 7; d++) {
            weekly += people(needs, d, "day");
        }
        assertThat(weekly * 8).as("needed hours a week").isLessThan(4 * 37);
    }

    @Test
    void hourlySubstitutesAddNoDemandAndALayerWithoutStaffStillNeedsOnePerson() {
        person("sosu_helper", ShiftLayer.EVENING, 37, EmploymentType.HOURLY, 2);

        List<Need> needs = DemoRosters.demand(staff, weekendEvery);

        assertThat(people(needs, 1, "evening")).isEqualTo(1);
        assertThat(people(needs, 6, "night")).isEqualTo(1);
    }

    @Test
    void aNurseOnWeekdayDayShiftsOnlyWhenThereAreTwoAndAnAssistantOnEveningsWhenThereAreThree() {
        person("nurse", ShiftLayer.DAY, 37, EmploymentType.PERMANENT, 2);
        for (int i = 0; i < 3; i++) {
            person("sosu_assistant", ShiftLayer.EVENING, 37, EmploymentType.PERMANENT, 2);
        }
        assertThat(DemoRosters.demand(staff, weekendEvery)).noneMatch(n -> n.skill().equals("nurse"))
                .anyMatch(n -> n.weekday() == 7 && n.shift().equals("evening") && n.skill().equals("sosu_assistant"));

        person("nurse", ShiftLayer.EVENING, 37, EmploymentType.PERMANENT, 2);
        List<Need> needs = DemoRosters.demand(staff, weekendEvery);
        assertThat(needs).anyMatch(n -> n.weekday() == 1 && n.shift().equals("day") && n.skill().equals("nurse"))
                .noneMatch(n -> n.weekday() == 6 && n.skill().equals("nurse"));
    }
}
