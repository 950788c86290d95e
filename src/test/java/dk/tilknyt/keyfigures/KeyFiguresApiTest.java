package dk.tilknyt.keyfigures;

import static dk.tilknyt.keyfigures.Municipality.AREA;
import static dk.tilknyt.keyfigures.Municipality.U1;
import static dk.tilknyt.keyfigures.Municipality.U2;
import static dk.tilknyt.keyfigures.Municipality.U3;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;

/** api.md "Key figures": the JSON contract, bad parameters, scope and roles, council suppression. */
class KeyFiguresApiTest extends MunicipalityFiguresTest {

    private static final String PASSWORD = "a-long-enough-password";
    private static final String YEAR = "&from=2025-01-01&to=2025-12-31";

    @Autowired
    UserAdministration users;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fiveInUnitOneAndOneInUnitTwo() {
        // u1: five persons, one leaves on 30 June 2025; u2: one person
        m.segment("e1", "p1", U1, "2024-01-01", "2025-06-30", "37", "resigned");
        for (int i = 2; i <= 5; i++) {
            m.segment("e" + i, "p" + i, U1, "2024-01-01", null, "37");
        }
        m.segment("e6", "p6", U2, "2024-01-01", null, "30");
        m.published();
        user("hr", "hr", null, null);
        user("leader-u1", "leader", U1, null);
        user("planner-area", "planner", AREA, null);
        user("council-area", "council", AREA, null);
        user("employee", "employee", null, "p2");
    }

    @Test
    void answersEveryFigureWithValueNumeratorDenominatorAndPopulation() throws Exception {
        call("hr", "/api/key-figures?unit=" + AREA + YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value(AREA))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-12-31"))
                .andExpect(jsonPath("$.jobFamily").value(nullValue()))
                .andExpect(jsonPath("$.figures", aMapWithSize(FigureCode.values().length)))
                // month-ends: Jan–Jun 6, Jul–Dec 5 → 66 / 12 = 5.5; 1 / 5.5 × 100 = 18.18
                .andExpect(jsonPath("$.figures.turnover_rate.value").value(18.18))
                .andExpect(jsonPath("$.figures.turnover_rate.numerator").value(1))
                .andExpect(jsonPath("$.figures.turnover_rate.denominator").value(5.5))
                .andExpect(jsonPath("$.figures.turnover_rate.population").value(6))
                .andExpect(jsonPath("$.figures.turnover_rate.suppressed").value(false))
                .andExpect(jsonPath("$.figures.headcount.value").value(5))
                .andExpect(jsonPath("$.figures.sickness_absence_pct.value").value(0))
                .andExpect(jsonPath("$.figures.fill_rate.value").value(nullValue()));
    }

    @Test
    void codesJobFamilyAndAgeBandNarrowTheAnswer() throws Exception {
        call("hr", "/api/key-figures?unit=" + AREA + YEAR + "&codes=headcount,%20fte&jobFamily=sosu_helper&ageBand=60%2B")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures", aMapWithSize(2)))
                .andExpect(jsonPath("$.jobFamily").value("sosu_helper"))
                .andExpect(jsonPath("$.ageBand").value("60+"))
                .andExpect(jsonPath("$.figures.headcount.value").value(0));
    }

    @Test
    void withoutAPeriodTheLastTwelveWholeMonthsAreUsed() throws Exception {
        // today is 15 January 2026
        call("hr", "/api/key-figures?unit=" + AREA + "&codes=headcount")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-12-31"));
    }

    @Test
    void malformedParametersAreBadRequestsWithAMessage() throws Exception {
        String unit = "/api/key-figures?unit=" + AREA;
        call("hr", unit + "&from=2025-13-01&to=2025-12-31").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("2025-13-01")));
        call("hr", unit + "&from=2025-12-31&to=2025-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("2025-12-31")));
        call("hr", unit + YEAR + "&codes=headcount,staff_happiness").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("staff_happiness")));
        call("hr", unit + YEAR + "&jobFamily=astronaut").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("astronaut")));
        call("hr", unit + YEAR + "&ageBand=30-39").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("30-39")));
    }

    @Test
    void aUnitOutsideTheScopeOrUnknownIsNotFound() throws Exception {
        call("leader-u1", "/api/key-figures?unit=" + U1 + YEAR).andExpect(status().isOk());
        call("leader-u1", "/api/key-figures?unit=" + AREA + YEAR).andExpect(status().isNotFound());
        call("planner-area", "/api/key-figures?unit=" + U3 + YEAR).andExpect(status().isNotFound());
        call("hr", "/api/key-figures?unit=nowhere" + YEAR).andExpect(status().isNotFound());
    }

    @Test
    void employeesMayNotReadKeyFigures() throws Exception {
        call("employee", "/api/key-figures?unit=" + AREA + YEAR).andExpect(status().isForbidden());
    }

    @Test
    void plannersSeeTheirScopeUnsuppressed() throws Exception {
        call("planner-area", "/api/key-figures?unit=" + U2 + YEAR + "&codes=headcount")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.headcount.value").value(1))
                .andExpect(jsonPath("$.figures.headcount.suppressed").value(false));
    }

    @Test
    void worksCouncilSeesFiguresOfFewerThanFivePersonsSuppressed() throws Exception {
        // the area has 6 persons in the period and 5 on 31 December: visible
        call("council-area", "/api/key-figures?unit=" + AREA + YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.headcount.value").value(5))
                .andExpect(jsonPath("$.figures.headcount.suppressed").value(false))
                .andExpect(jsonPath("$.figures.turnover_rate.numerator").value(1))
                // no decided posting chains: population 0
                .andExpect(jsonPath("$.figures.fill_rate.suppressed").value(true));
        // u2 has one person: every person figure is hidden, population stays
        call("council-area", "/api/key-figures?unit=" + U2 + YEAR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.headcount.value").value(nullValue()))
                .andExpect(jsonPath("$.figures.headcount.suppressed").value(true))
                .andExpect(jsonPath("$.figures.headcount.population").value(1))
                .andExpect(jsonPath("$.figures.headcount", not(org.hamcrest.Matchers.hasKey("numerator"))))
                .andExpect(jsonPath("$.figures.sickness_absence_pct", not(org.hamcrest.Matchers.hasKey("denominator"))));
    }

    private ResultActions call(String username, String url) throws Exception {
        return mvc.perform(get(java.net.URI.create(url)).with(httpBasic(username, PASSWORD)));
    }

    private void user(String username, String role, String scope, String personId) {
        users.create(new NewUser(username, PASSWORD, role, scope, personId), false);
    }
}
