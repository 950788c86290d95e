package dk.tilknyt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseTest;

/**
 * Issue 2, "Done when": signed in as the leader of area A, every page and endpoint called with area B's
 * unit and person ids answers 404 (or 403 where the role may not come at all). The table below is
 * checked against the application's request mappings: a new endpoint without a leader case here fails
 * the build until someone decides how it is scoped. Works-council and employee cases ride along, and HR
 * cases show that the same ids exist (so a 404 above is the scope, not a typo).
 */
@DatabaseTest
@AutoConfigureMockMvc
class EveryEndpointIsScopedTest {

    /** Who calls: a web session after a real form login, or HTTP Basic for the API. */
    enum Caller { HR, LEADER_A, COUNCIL_A, EMPLOYEE_PA1 }

    /** One call: which mapping it exercises ("GET /org/{unitId}"), who calls, the request, the expected status. */
    record Case(String mapping, Caller caller, MockHttpServletRequestBuilder request, int status) {
    }

    private static final String USER_JSON = """
            {"username":"ny.bruger","password":"correct-horse-battery","role":"leader","scope":"omr-b"}""";

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        // --- the shell
        c.add(new Case("GET /", Caller.LEADER_A, get("/"), 200));
        c.add(new Case("GET /login", Caller.LEADER_A, get("/login"), 200));
        // --- org browser: B, and the municipality above A's scope, do not exist for A's leader
        c.add(new Case("GET /org", Caller.LEADER_A, get("/org"), 302));
        c.add(new Case("GET /org/{unitId}", Caller.LEADER_A, get("/org/omr-b"), 404));
        c.add(new Case("GET /org/{unitId}", Caller.LEADER_A, get("/org/pc-b1"), 404));
        c.add(new Case("GET /org/{unitId}", Caller.LEADER_A, get("/org/kommune"), 404));
        c.add(new Case("GET /org/{unitId}", Caller.LEADER_A, get("/org/omr-a"), 200));
        c.add(new Case("GET /org/{unitId}", Caller.COUNCIL_A, get("/org/omr-b"), 404));
        c.add(new Case("GET /org/{unitId}", Caller.COUNCIL_A, get("/org/omr-a"), 200));
        c.add(new Case("GET /org/{unitId}", Caller.EMPLOYEE_PA1, get("/org/pc-a1"), 403));
        c.add(new Case("GET /org/{unitId}", Caller.HR, get("/org/omr-b"), 200));
        // --- staff list
        c.add(new Case("GET /staff", Caller.LEADER_A, get("/staff").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /staff", Caller.LEADER_A, get("/staff").param("unit", "kommune"), 404));
        c.add(new Case("GET /staff", Caller.LEADER_A, get("/staff"), 200));
        c.add(new Case("GET /staff", Caller.COUNCIL_A, get("/staff").param("unit", "omr-a"), 403));
        c.add(new Case("GET /staff", Caller.EMPLOYEE_PA1, get("/staff"), 403));
        c.add(new Case("GET /staff", Caller.HR, get("/staff").param("unit", "pc-b1"), 200));
        // --- person page and its absence fragment
        c.add(new Case("GET /people/{personId}", Caller.LEADER_A, get("/people/pb1"), 404));
        c.add(new Case("GET /people/{personId}", Caller.LEADER_A, get("/people/pa6"), 200));
        c.add(new Case("GET /people/{personId}", Caller.COUNCIL_A, get("/people/pa1"), 404));
        c.add(new Case("GET /people/{personId}", Caller.EMPLOYEE_PA1, get("/people/pa2"), 404));
        c.add(new Case("GET /people/{personId}", Caller.EMPLOYEE_PA1, get("/people/pa1"), 200));
        c.add(new Case("GET /people/{personId}", Caller.HR, get("/people/pb1"), 200));
        c.add(new Case("GET /people/{personId}/absences", Caller.LEADER_A, get("/people/pb1/absences"), 404));
        c.add(new Case("GET /people/{personId}/absences", Caller.COUNCIL_A, get("/people/pa1/absences"), 404));
        c.add(new Case("GET /people/{personId}/absences", Caller.EMPLOYEE_PA1, get("/people/pb1/absences"), 404));
        c.add(new Case("GET /people/{personId}/absences", Caller.HR, get("/people/pb1/absences"), 200));
        c.add(new Case("GET /me", Caller.LEADER_A, get("/me"), 404));
        c.add(new Case("GET /me", Caller.COUNCIL_A, get("/me"), 404));
        c.add(new Case("GET /me", Caller.EMPLOYEE_PA1, get("/me"), 200));
        // --- user administration and audit: HR only
        c.add(new Case("GET /admin/users", Caller.LEADER_A, get("/admin/users"), 403));
        c.add(new Case("GET /admin/users/new", Caller.LEADER_A, get("/admin/users/new"), 403));
        c.add(new Case("POST /admin/users", Caller.LEADER_A, post("/admin/users").with(csrf())
                .param("username", "x.y").param("password", "correct-horse-battery").param("role", "hr"), 403));
        c.add(new Case("GET /admin/users/{username}/edit", Caller.LEADER_A, get("/admin/users/leder.a/edit"), 403));
        c.add(new Case("POST /admin/users/{username}", Caller.LEADER_A, post("/admin/users/leder.a").with(csrf())
                .param("role", "hr"), 403));
        c.add(new Case("GET /admin/users/{username}/delete", Caller.LEADER_A, get("/admin/users/hr.anne/delete"), 403));
        c.add(new Case("POST /admin/users/{username}/delete", Caller.LEADER_A,
                post("/admin/users/hr.anne/delete").with(csrf()), 403));
        c.add(new Case("POST /admin/users/{username}/delete", Caller.EMPLOYEE_PA1,
                post("/admin/users/hr.anne/delete").with(csrf()), 403));
        c.add(new Case("GET /admin/audit", Caller.LEADER_A, get("/admin/audit"), 403));
        c.add(new Case("GET /admin/audit", Caller.COUNCIL_A, get("/admin/audit"), 403));
        c.add(new Case("GET /admin/audit", Caller.HR, get("/admin/audit"), 200));
        // --- users API: HR only
        c.add(new Case("GET /api/users", Caller.LEADER_A, get("/api/users"), 403));
        c.add(new Case("GET /api/users/{username}", Caller.LEADER_A, get("/api/users/hr.anne"), 403));
        c.add(new Case("POST /api/users", Caller.LEADER_A, post("/api/users")
                .contentType(MediaType.APPLICATION_JSON).content(USER_JSON), 403));
        c.add(new Case("PUT /api/users/{username}", Caller.LEADER_A, put("/api/users/leder.a")
                .contentType(MediaType.APPLICATION_JSON).content("{\"scope\":\"kommune\"}"), 403));
        c.add(new Case("DELETE /api/users/{username}", Caller.LEADER_A, delete("/api/users/hr.anne"), 403));
        c.add(new Case("DELETE /api/users/{username}", Caller.EMPLOYEE_PA1, delete("/api/users/hr.anne"), 403));
        c.add(new Case("GET /api/users", Caller.HR, get("/api/users"), 200));
        // --- key figures: B's units do not exist for A's leader; employees get none
        c.add(new Case("GET /api/key-figures", Caller.LEADER_A, get("/api/key-figures").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /api/key-figures", Caller.LEADER_A, get("/api/key-figures").param("unit", "kommune"), 404));
        c.add(new Case("GET /api/key-figures", Caller.LEADER_A, get("/api/key-figures").param("unit", "omr-a"), 200));
        c.add(new Case("GET /api/key-figures", Caller.COUNCIL_A, get("/api/key-figures").param("unit", "omr-b"), 404));
        c.add(new Case("GET /api/key-figures", Caller.EMPLOYEE_PA1, get("/api/key-figures").param("unit", "pc-a1"), 403));
        c.add(new Case("GET /api/key-figures", Caller.HR, get("/api/key-figures").param("unit", "pc-b1"), 200));
        // --- recruitment: B's posting and application do not exist for A's leader; a new posting in B's unit
        //     is refused as an unknown unit (422 on the unitId field, the same answer as for a unit that does not exist)
        c.add(new Case("GET /recruitment", Caller.LEADER_A, get("/recruitment").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /recruitment", Caller.COUNCIL_A, get("/recruitment"), 403));
        c.add(new Case("GET /recruitment/chains", Caller.LEADER_A, get("/recruitment/chains").param("unit", "omr-b"), 404));
        c.add(new Case("GET /recruitment/funnel", Caller.LEADER_A, get("/recruitment/funnel").param("unit", "omr-b"), 404));
        c.add(new Case("GET /recruitment/funnel.xlsx", Caller.LEADER_A, get("/recruitment/funnel.xlsx").param("unit", "omr-b"), 404));
        c.add(new Case("GET /recruitment/hard-to-fill", Caller.LEADER_A, get("/recruitment/hard-to-fill").param("unit", "omr-b"), 404));
        c.add(new Case("GET /recruitment/postings.xlsx", Caller.LEADER_A, get("/recruitment/postings.xlsx").param("unit", "omr-b"), 404));
        c.add(new Case("GET /recruitment/postings/new", Caller.LEADER_A, get("/recruitment/postings/new"), 200));
        c.add(new Case("GET /recruitment/postings/new", Caller.EMPLOYEE_PA1, get("/recruitment/postings/new"), 403));
        c.add(new Case("GET /recruitment/postings/{id}", Caller.LEADER_A, get("/recruitment/postings/post-b1"), 404));
        c.add(new Case("GET /recruitment/postings/{id}", Caller.HR, get("/recruitment/postings/post-b1"), 200));
        c.add(new Case("GET /recruitment/postings/{id}/edit", Caller.LEADER_A, get("/recruitment/postings/post-b1/edit"), 404));
        c.add(new Case("POST /recruitment/postings", Caller.LEADER_A, post("/recruitment/postings").with(csrf())
                .param("unitId", "pc-b1").param("jobFamily", "pedagogue").param("employmentType", "permanent")
                .param("weeklyHours", "32").param("publishedDate", "2024-02-01").param("deadline", "2024-02-20"), 422));
        c.add(new Case("POST /recruitment/postings/{id}", Caller.LEADER_A, post("/recruitment/postings/post-b1").with(csrf())
                .param("title", "x"), 404));
        c.add(new Case("POST /recruitment/postings/{id}/applications", Caller.LEADER_A,
                post("/recruitment/postings/post-b1/applications").with(csrf()).param("count", "1"), 404));
        c.add(new Case("POST /recruitment/postings/{id}/close", Caller.LEADER_A,
                post("/recruitment/postings/post-b1/close").with(csrf()).param("outcome", "cancelled"), 404));
        c.add(new Case("POST /recruitment/postings/{id}/repost", Caller.LEADER_A,
                post("/recruitment/postings/post-b1/repost").with(csrf()).param("deadline", "2099-01-01"), 404));
        for (String action : List.of("advance", "back", "called", "employment", "reject", "withdraw")) {
            c.add(new Case("POST /recruitment/applications/{id}/" + action, Caller.LEADER_A,
                    post("/recruitment/applications/app-b1/" + action).with(csrf()), 404));
        }
        c.add(new Case("GET /api/postings", Caller.LEADER_A, get("/api/postings").param("unit", "omr-b"), 404));
        c.add(new Case("GET /api/postings/{id}", Caller.LEADER_A, get("/api/postings/post-b1"), 404));
        c.add(new Case("GET /api/postings/{id}", Caller.HR, get("/api/postings/post-b1"), 200));
        c.add(new Case("POST /api/postings", Caller.LEADER_A, post("/api/postings").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"unitId":"pc-b1","jobFamily":"pedagogue","employmentType":"permanent","weeklyHours":32,
                         "publishedDate":"2024-02-01","deadline":"2024-02-20"}"""), 422));
        c.add(new Case("PUT /api/postings/{id}", Caller.LEADER_A, put("/api/postings/post-b1")
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"), 404));
        c.add(new Case("POST /api/postings/{id}/applications", Caller.LEADER_A, post("/api/postings/post-b1/applications")
                .contentType(MediaType.APPLICATION_JSON).content("{\"count\":1}"), 404));
        c.add(new Case("POST /api/postings/{id}/close", Caller.LEADER_A, post("/api/postings/post-b1/close")
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"cancelled\"}"), 404));
        c.add(new Case("POST /api/postings/{id}/repost", Caller.LEADER_A, post("/api/postings/post-b1/repost")
                .contentType(MediaType.APPLICATION_JSON).content("{\"deadline\":\"2099-01-01\"}"), 404));
        c.add(new Case("POST /api/applications/{id}/{action}", Caller.LEADER_A, post("/api/applications/app-b1/advance")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), 404));
        // --- conversations and the inbox: B's units, persons and items do not exist for A's leader
        c.add(new Case("GET /inbox", Caller.LEADER_A, get("/inbox").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /inbox", Caller.EMPLOYEE_PA1, get("/inbox"), 403));
        c.add(new Case("POST /inbox/digest", Caller.LEADER_A, post("/inbox/digest").with(csrf()).param("action", "unsubscribe"), 302));
        c.add(new Case("POST /inbox/digest", Caller.EMPLOYEE_PA1, post("/inbox/digest").with(csrf()), 403));
        c.add(new Case("GET /inbox/items/{id}", Caller.LEADER_A, get("/inbox/items/9001"), 404));
        c.add(new Case("GET /inbox/items/{id}", Caller.HR, get("/inbox/items/9001"), 200));
        for (String action : List.of("record", "exit", "decision", "survey", "expected-long")) {
            c.add(new Case("POST /inbox/items/{id}/" + action, Caller.LEADER_A,
                    post("/inbox/items/9001/" + action).with(csrf()), 404));
        }
        c.add(new Case("GET /api/inbox", Caller.LEADER_A, get("/api/inbox").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /api/inbox", Caller.LEADER_A, get("/api/inbox").param("unit", "omr-a"), 200));
        c.add(new Case("GET /api/inbox", Caller.EMPLOYEE_PA1, get("/api/inbox").param("unit", "pc-a1"), 403));
        c.add(new Case("GET /conversations/persons/{personId}", Caller.LEADER_A, get("/conversations/persons/pb1"), 404));
        c.add(new Case("POST /conversations/persons/{personId}/agreements", Caller.LEADER_A,
                post("/conversations/persons/pb1/agreements").with(csrf()).param("expiresOn", "2030-01-01"), 404));
        c.add(new Case("GET /conversations/persons/{personId}/hours", Caller.LEADER_A, get("/conversations/persons/pb1/hours"), 404));
        c.add(new Case("POST /conversations/persons/{personId}/hours", Caller.LEADER_A,
                post("/conversations/persons/pb1/hours").with(csrf()).param("weeklyHours", "30").param("fromDate", "2030-01-01"), 404));
        c.add(new Case("GET /conversations/my-hours", Caller.LEADER_A, get("/conversations/my-hours"), 403));
        c.add(new Case("GET /conversations/reasons", Caller.LEADER_A, get("/conversations/reasons").param("unit", "omr-b"), 404));
        c.add(new Case("GET /conversations/reasons", Caller.COUNCIL_A, get("/conversations/reasons").param("unit", "omr-b"), 404));
        c.add(new Case("GET /conversations/welcome-back", Caller.LEADER_A, get("/conversations/welcome-back").param("unit", "omr-b"), 404));
        c.add(new Case("GET /conversations/completion", Caller.LEADER_A, get("/conversations/completion").param("unit", "omr-b"), 404));
        c.add(new Case("GET /conversations/programmes", Caller.LEADER_A, get("/conversations/programmes"), 403));
        c.add(new Case("POST /conversations/programmes/tasks", Caller.LEADER_A, post("/conversations/programmes/tasks").with(csrf())
                .param("title", "x").param("dayOffset", "1"), 403));
        c.add(new Case("POST /conversations/programmes/tasks/{id}/delete", Caller.LEADER_A,
                post("/conversations/programmes/tasks/1/delete").with(csrf()), 403));
        c.add(new Case("POST /conversations/settings", Caller.LEADER_A, post("/conversations/settings").with(csrf())
                .param("seniorAge", "50"), 403));
        c.add(new Case("POST /conversations/refresh", Caller.LEADER_A, post("/conversations/refresh").with(csrf()), 403));
        // --- rosters: B's unit and period do not exist for A's leader; employees may not plan
        c.add(new Case("GET /rosters", Caller.LEADER_A, get("/rosters").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /rosters", Caller.LEADER_A, get("/rosters").param("unit", "pc-a1"), 200));
        c.add(new Case("GET /rosters", Caller.EMPLOYEE_PA1, get("/rosters"), 403));
        c.add(new Case("GET /rosters", Caller.COUNCIL_A, get("/rosters"), 403));
        c.add(new Case("POST /rosters", Caller.LEADER_A, post("/rosters").with(csrf()).param("unit", "pc-b1")
                .param("firstDay", "2027-02-01").param("weeks", "4"), 404));
        c.add(new Case("GET /rosters/{id}", Caller.LEADER_A, get("/rosters/9101"), 404));
        c.add(new Case("GET /rosters/{id}", Caller.LEADER_A, get("/rosters/424242"), 404));
        c.add(new Case("GET /rosters/{id}", Caller.HR, get("/rosters/9101"), 200));
        c.add(new Case("GET /rosters/{id}", Caller.EMPLOYEE_PA1, get("/rosters/9101"), 403));
        c.add(new Case("POST /rosters/{id}/demand", Caller.LEADER_A, post("/rosters/9101/demand").with(csrf())
                .param("start_day", "07:00").param("end_day", "15:00"), 404));
        c.add(new Case("POST /rosters/{id}/open", Caller.LEADER_A, post("/rosters/9101/open").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/solve", Caller.LEADER_A, post("/rosters/9101/solve").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/stop", Caller.LEADER_A, post("/rosters/9101/stop").with(csrf()), 404));
        c.add(new Case("GET /rosters/{id}/progress", Caller.LEADER_A, get("/rosters/9101/progress"), 404));
        c.add(new Case("GET /rosters/{id}/slots/{slotId}/check", Caller.LEADER_A,
                get("/rosters/9101/slots/9103/check").param("person", "pb1"), 404));
        c.add(new Case("POST /rosters/{id}/slots/{slotId}", Caller.LEADER_A,
                post("/rosters/9101/slots/9103").with(csrf()).param("person", "pb1"), 404));
        c.add(new Case("POST /rosters/{id}/publish", Caller.LEADER_A, post("/rosters/9101/publish").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/publish", Caller.EMPLOYEE_PA1, post("/rosters/9101/publish").with(csrf()), 403));
        // --- my roster: the employee's own only; other roles are refused, another person's wish is not found
        c.add(new Case("GET /my/roster", Caller.LEADER_A, get("/my/roster"), 403));
        c.add(new Case("GET /my/roster", Caller.EMPLOYEE_PA1, get("/my/roster"), 200));
        c.add(new Case("GET /my/roster.ics", Caller.LEADER_A, get("/my/roster.ics"), 403));
        c.add(new Case("GET /my/roster.ics", Caller.EMPLOYEE_PA1, get("/my/roster.ics"), 200));
        c.add(new Case("POST /my/roster/wishes", Caller.LEADER_A, post("/my/roster/wishes").with(csrf())
                .param("period", "9101").param("date", "2027-01-05").param("kind", "off"), 403));
        c.add(new Case("POST /my/roster/wishes", Caller.EMPLOYEE_PA1, post("/my/roster/wishes").with(csrf())
                .param("period", "9101").param("date", "2027-01-05").param("kind", "off"), 404));
        c.add(new Case("POST /my/roster/wishes/{id}/delete", Caller.LEADER_A,
                post("/my/roster/wishes/9102/delete").with(csrf()), 403));
        c.add(new Case("POST /my/roster/wishes/{id}/delete", Caller.EMPLOYEE_PA1,
                post("/my/roster/wishes/9102/delete").with(csrf()), 404));
        // --- open shifts: B's period and bids do not exist for A's leader or A's employee
        c.add(new Case("GET /rosters/{id}/open-shifts", Caller.LEADER_A, get("/rosters/9101/open-shifts"), 404));
        c.add(new Case("GET /rosters/{id}/open-shifts", Caller.HR, get("/rosters/9101/open-shifts"), 200));
        c.add(new Case("GET /rosters/{id}/open-shifts", Caller.EMPLOYEE_PA1, get("/rosters/9101/open-shifts"), 403));
        c.add(new Case("POST /rosters/{id}/open-shifts/{slotId}/allocate", Caller.LEADER_A,
                post("/rosters/9101/open-shifts/9103/allocate").with(csrf()).param("bid", "9104"), 404));
        c.add(new Case("POST /rosters/{id}/open-shifts/{slotId}/allocate", Caller.EMPLOYEE_PA1,
                post("/rosters/9101/open-shifts/9103/allocate").with(csrf()).param("bid", "9104"), 403));
        // --- external temps and roster figures: B's period and unit do not exist for A; the council sees A's figures
        c.add(new Case("POST /rosters/{id}/open-shifts/{slotId}/external", Caller.LEADER_A,
                post("/rosters/9101/open-shifts/9103/external").with(csrf()).param("agency", "Bureau"), 404));
        c.add(new Case("POST /rosters/{id}/open-shifts/{slotId}/external", Caller.EMPLOYEE_PA1,
                post("/rosters/9101/open-shifts/9103/external").with(csrf()), 403));
        c.add(new Case("POST /rosters/{id}/open-shifts/{slotId}/external/undo", Caller.LEADER_A,
                post("/rosters/9101/open-shifts/9103/external/undo").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/open-shifts/{slotId}/external/undo", Caller.EMPLOYEE_PA1,
                post("/rosters/9101/open-shifts/9103/external/undo").with(csrf()), 403));
        c.add(new Case("GET /rosters/figures", Caller.LEADER_A, get("/rosters/figures").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /rosters/figures", Caller.LEADER_A, get("/rosters/figures").param("unit", "kommune"), 404));
        c.add(new Case("GET /rosters/figures", Caller.LEADER_A, get("/rosters/figures").param("unit", "pc-a1"), 200));
        c.add(new Case("GET /rosters/figures", Caller.COUNCIL_A, get("/rosters/figures").param("unit", "omr-b"), 404));
        c.add(new Case("GET /rosters/figures", Caller.COUNCIL_A, get("/rosters/figures").param("unit", "omr-a"), 200));
        c.add(new Case("GET /rosters/figures", Caller.EMPLOYEE_PA1, get("/rosters/figures"), 403));
        c.add(new Case("GET /rosters/figures", Caller.HR, get("/rosters/figures").param("unit", "pc-b1"), 200));
        c.add(new Case("GET /rosters/figures.xlsx", Caller.LEADER_A, get("/rosters/figures.xlsx").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /rosters/figures.xlsx", Caller.LEADER_A, get("/rosters/figures.xlsx").param("unit", "pc-a1"), 200));
        c.add(new Case("GET /rosters/figures.xlsx", Caller.COUNCIL_A, get("/rosters/figures.xlsx").param("unit", "omr-b"), 404));
        c.add(new Case("GET /rosters/figures.xlsx", Caller.EMPLOYEE_PA1, get("/rosters/figures.xlsx"), 403));
        c.add(new Case("POST /my/roster/bids", Caller.LEADER_A, post("/my/roster/bids").with(csrf()).param("slot", "9103"), 403));
        c.add(new Case("POST /my/roster/bids", Caller.EMPLOYEE_PA1, post("/my/roster/bids").with(csrf()).param("slot", "9103"), 404));
        c.add(new Case("POST /my/roster/bids/{id}/delete", Caller.LEADER_A,
                post("/my/roster/bids/9104/delete").with(csrf()), 403));
        c.add(new Case("POST /my/roster/bids/{id}/delete", Caller.EMPLOYEE_PA1,
                post("/my/roster/bids/9104/delete").with(csrf()), 404));
        // --- roster admin: terms of B's unit and person, B's pools and B's period's exceptions do not exist for A's leader
        c.add(new Case("GET /rosters/terms", Caller.LEADER_A, get("/rosters/terms").param("unit", "pc-b1"), 404));
        c.add(new Case("GET /rosters/terms", Caller.LEADER_A, get("/rosters/terms").param("unit", "pc-a1"), 200));
        c.add(new Case("GET /rosters/terms", Caller.EMPLOYEE_PA1, get("/rosters/terms"), 403));
        c.add(new Case("GET /rosters/terms", Caller.HR, get("/rosters/terms").param("unit", "pc-b1"), 200));
        c.add(new Case("POST /rosters/terms/{personId}", Caller.LEADER_A, post("/rosters/terms/pb1").with(csrf())
                .param("unit", "pc-b1").param("weekendEvery", "3"), 404));
        c.add(new Case("POST /rosters/terms/{personId}", Caller.LEADER_A, post("/rosters/terms/pb1").with(csrf())
                .param("unit", "pc-a1").param("weekendEvery", "3"), 404));
        c.add(new Case("POST /rosters/terms/{personId}", Caller.EMPLOYEE_PA1, post("/rosters/terms/pa1").with(csrf())
                .param("unit", "pc-a1").param("weekendEvery", "3"), 403));
        c.add(new Case("GET /rosters/pool", Caller.LEADER_A, get("/rosters/pool"), 200));
        c.add(new Case("GET /rosters/pool", Caller.COUNCIL_A, get("/rosters/pool"), 403));
        c.add(new Case("GET /rosters/pool", Caller.EMPLOYEE_PA1, get("/rosters/pool"), 403));
        c.add(new Case("POST /rosters/pool", Caller.LEADER_A, post("/rosters/pool").with(csrf())
                .param("person", "pb1").param("poolUnit", "omr-a"), 404));
        c.add(new Case("POST /rosters/pool", Caller.LEADER_A, post("/rosters/pool").with(csrf())
                .param("person", "pa1").param("poolUnit", "omr-b"), 404));
        c.add(new Case("POST /rosters/pool", Caller.EMPLOYEE_PA1, post("/rosters/pool").with(csrf())
                .param("person", "pa1").param("poolUnit", "omr-a"), 403));
        c.add(new Case("POST /rosters/pool/{personId}/delete", Caller.LEADER_A,
                post("/rosters/pool/pb1/delete").with(csrf()), 404));
        c.add(new Case("POST /rosters/pool/{personId}/delete", Caller.EMPLOYEE_PA1,
                post("/rosters/pool/pb1/delete").with(csrf()), 403));
        c.add(new Case("GET /rosters/{id}/exceptions", Caller.LEADER_A, get("/rosters/9101/exceptions"), 404));
        c.add(new Case("GET /rosters/{id}/exceptions", Caller.HR, get("/rosters/9101/exceptions"), 200));
        c.add(new Case("GET /rosters/{id}/exceptions", Caller.EMPLOYEE_PA1, get("/rosters/9101/exceptions"), 403));
        c.add(new Case("POST /rosters/{id}/exceptions", Caller.LEADER_A, post("/rosters/9101/exceptions").with(csrf())
                .param("date", "2027-01-06").param("shift", "day").param("skill", "care").param("staff", "1"), 404));
        c.add(new Case("POST /rosters/{id}/exceptions/delete", Caller.LEADER_A, post("/rosters/9101/exceptions/delete")
                .with(csrf()).param("date", "2027-01-06").param("shift", "day").param("skill", "care"), 404));
        c.add(new Case("POST /rosters/{id}/exceptions/holidays", Caller.LEADER_A,
                post("/rosters/9101/exceptions/holidays").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/exceptions/holidays", Caller.EMPLOYEE_PA1,
                post("/rosters/9101/exceptions/holidays").with(csrf()), 403));
        // --- swaps, notices and sickness: B's period, shifts and swap do not exist for A's leader or A's employee
        c.add(new Case("GET /rosters/{id}/swaps", Caller.LEADER_A, get("/rosters/9101/swaps"), 404));
        c.add(new Case("GET /rosters/{id}/swaps", Caller.HR, get("/rosters/9101/swaps"), 200));
        c.add(new Case("GET /rosters/{id}/swaps", Caller.EMPLOYEE_PA1, get("/rosters/9101/swaps"), 403));
        c.add(new Case("POST /rosters/{id}/swaps/{swapId}/approve", Caller.LEADER_A,
                post("/rosters/9101/swaps/9105/approve").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/swaps/{swapId}/approve", Caller.EMPLOYEE_PA1,
                post("/rosters/9101/swaps/9105/approve").with(csrf()), 403));
        c.add(new Case("POST /rosters/{id}/swaps/{swapId}/reject", Caller.LEADER_A,
                post("/rosters/9101/swaps/9105/reject").with(csrf()), 404));
        c.add(new Case("POST /rosters/{id}/sickness", Caller.LEADER_A, post("/rosters/9101/sickness").with(csrf())
                .param("person", "pb2").param("from", "2027-01-04").param("to", "2027-01-06"), 404));
        c.add(new Case("POST /rosters/{id}/sickness", Caller.EMPLOYEE_PA1, post("/rosters/9101/sickness").with(csrf())
                .param("person", "pb2"), 403));
        c.add(new Case("GET /my/roster/swaps/new", Caller.LEADER_A, get("/my/roster/swaps/new").param("slot", "9103"), 403));
        c.add(new Case("GET /my/roster/swaps/new", Caller.EMPLOYEE_PA1, get("/my/roster/swaps/new").param("slot", "9103"), 404));
        c.add(new Case("POST /my/roster/swaps", Caller.LEADER_A, post("/my/roster/swaps").with(csrf())
                .param("slot", "9103").param("choice", "0:pb1"), 403));
        c.add(new Case("POST /my/roster/swaps", Caller.EMPLOYEE_PA1, post("/my/roster/swaps").with(csrf())
                .param("slot", "9103").param("choice", "0:pb1"), 404));
        for (String action : List.of("accept", "decline", "withdraw")) {
            c.add(new Case("POST /my/roster/swaps/{id}/" + action, Caller.LEADER_A,
                    post("/my/roster/swaps/9105/" + action).with(csrf()), 403));
            c.add(new Case("POST /my/roster/swaps/{id}/" + action, Caller.EMPLOYEE_PA1,
                    post("/my/roster/swaps/9105/" + action).with(csrf()), 404));
        }
        c.add(new Case("POST /my/roster/notices/read", Caller.LEADER_A, post("/my/roster/notices/read").with(csrf()), 403));
        c.add(new Case("POST /my/roster/notices/read", Caller.EMPLOYEE_PA1, post("/my/roster/notices/read").with(csrf()), 302));
        // the anonymous survey needs no login; an unknown token is simply not found
        c.add(new Case("GET /survey/{token}", Caller.LEADER_A, get("/survey/no-such-token"), 404));
        c.add(new Case("POST /survey/{token}", Caller.LEADER_A, post("/survey/no-such-token").with(csrf()), 404));
        // --- key-figure pages: dashboards, comparison, exports, goals and boards of B do not exist for A's leader
        for (String page : List.of("/keyfigures", "/keyfigures/compare", "/keyfigures/export.xlsx",
                "/keyfigures/compare/export.xlsx", "/keyfigures/goals", "/keyfigures/medpack.pdf")) {
            c.add(new Case("GET " + page, Caller.LEADER_A, get(page).param("unit", "pc-b1"), 404));
            c.add(new Case("GET " + page, Caller.EMPLOYEE_PA1, get(page).param("unit", "pc-a1"), 403));
        }
        c.add(new Case("GET /keyfigures", Caller.LEADER_A, get("/keyfigures"), 200));
        c.add(new Case("GET /keyfigures", Caller.COUNCIL_A, get("/keyfigures").param("unit", "omr-b"), 404));
        c.add(new Case("GET /keyfigures", Caller.HR, get("/keyfigures").param("unit", "pc-b1"), 200));
        c.add(new Case("GET /keyfigures/national", Caller.LEADER_A, get("/keyfigures/national"), 200));
        c.add(new Case("POST /keyfigures/national", Caller.LEADER_A, post("/keyfigures/national").with(csrf()), 403));
        c.add(new Case("POST /keyfigures/goals", Caller.LEADER_A, post("/keyfigures/goals").with(csrf())
                .param("unit", "pc-b1").param("figure", "turnover_rate").param("kind", "absolute")
                .param("direction", "at_most").param("amount", "10").param("deadline", "2030-12-31"), 404));
        c.add(new Case("POST /keyfigures/goals/strategy", Caller.LEADER_A, post("/keyfigures/goals/strategy").with(csrf())
                .param("unit", "pc-b1"), 404));
        c.add(new Case("POST /keyfigures/goals/{id}/delete", Caller.LEADER_A,
                post("/keyfigures/goals/9002/delete").with(csrf()), 404));
        c.add(new Case("GET /keyfigures/board/{unit}", Caller.LEADER_A, get("/keyfigures/board/pc-b1"), 404));
        c.add(new Case("GET /keyfigures/board/{unit}", Caller.LEADER_A, get("/keyfigures/board/pc-a1"), 200));
        c.add(new Case("GET /keyfigures/board/{unit}", Caller.HR, get("/keyfigures/board/pc-b1"), 200));
        c.add(new Case("POST /keyfigures/board/{unit}/figures", Caller.LEADER_A, post("/keyfigures/board/pc-b1/figures")
                .with(csrf()).param("figure", "headcount", "fte", "turnover_rate"), 404));
        c.add(new Case("POST /keyfigures/board/{unit}/actions", Caller.LEADER_A, post("/keyfigures/board/pc-b1/actions")
                .with(csrf()).param("text", "x"), 404));
        c.add(new Case("POST /keyfigures/board/{unit}/actions/{id}", Caller.LEADER_A,
                post("/keyfigures/board/pc-b1/actions/9003").with(csrf()).param("status", "done"), 404));
        c.add(new Case("POST /keyfigures/board/{unit}/actions/{id}", Caller.LEADER_A,
                post("/keyfigures/board/pc-a1/actions/9003").with(csrf()).param("status", "done"), 404));
        c.add(new Case("POST /keyfigures/board/{unit}/actions/{id}/delete", Caller.LEADER_A,
                post("/keyfigures/board/pc-a1/actions/9003/delete").with(csrf()), 404));
        // --- imports: HR only
        c.add(new Case("GET /imports", Caller.LEADER_A, get("/imports"), 403));
        c.add(new Case("GET /imports", Caller.HR, get("/imports"), 200));
        c.add(new Case("GET /imports/template/{kind}", Caller.LEADER_A, get("/imports/template/employments"), 403));
        c.add(new Case("GET /imports/progress/{id}", Caller.LEADER_A, get("/imports/progress/1"), 403));
        c.add(new Case("POST /imports", Caller.LEADER_A, post("/imports").with(csrf()).param("kind", "org_units"), 403));
        c.add(new Case("POST /api/imports/{kind}", Caller.LEADER_A, post("/api/imports/org_units")
                .contentType("text/csv").content("unit_id;name;parent_id;level\nomr-b;Område B;kommune;area\n"), 403));
        c.add(new Case("POST /api/imports/{kind}", Caller.COUNCIL_A, post("/api/imports/org_units")
                .contentType("text/csv").content("unit_id;name;parent_id;level\n"), 403));
        return c;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    TwoAreas.Loader twoAreas;
    @Autowired
    UserAdministration users;

    private final Map<Caller, MockHttpSession> sessions = new HashMap<>();

    @BeforeEach
    void twoAreas() {
        twoAreas.load();
    }

    @Test
    void everyRequestMappingOfTheApplicationHasALeaderCase() {
        Set<String> covered = new TreeSet<>();
        cases().stream().filter(c -> c.caller() == Caller.LEADER_A).forEach(c -> covered.add(c.mapping()));
        assertThat(applicationMappings()).as("mappings without a case for A's leader in cases()")
                .allSatisfy(mapping -> assertThat(covered).contains(mapping));
        assertThat(covered).as("cases for mappings that do not exist (renamed?)").isSubsetOf(applicationMappings());
    }

    @Test
    void areaBIsNotFoundForAreaAAndRolesAreRefused() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            var response = mvc.perform(authenticated(c)).andReturn().getResponse();
            if (response.getStatus() != c.status()) {
                wrong.add(c.caller() + " " + c.mapping() + " -> " + response.getStatus() + ", expected " + c.status());
            } else if (response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).contains("??")) {
                wrong.add(c.caller() + " " + c.mapping() + " renders a missing message key (??...??)");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MockHttpServletRequestBuilder authenticated(Case c) throws Exception {
        String username = switch (c.caller()) {
            case HR -> TwoAreas.HR;
            case LEADER_A -> TwoAreas.LEADER_A;
            case COUNCIL_A -> TwoAreas.COUNCIL_A;
            case EMPLOYEE_PA1 -> TwoAreas.EMPLOYEE_PA1;
        };
        if (c.mapping().contains(" /api/")) {
            return c.request().with(httpBasic(username, TwoAreas.PASSWORD));
        }
        MockHttpSession session = sessions.get(c.caller());
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TwoAreas.PASSWORD))
                    .andReturn().getRequest().getSession(false);
            sessions.put(c.caller(), session);
        }
        return c.request().session(session);
    }

    /** "METHOD /pattern" for every handler Tilknyt itself declares (not springdoc's or Boot's error controller). */
    private Set<String> applicationMappings() {
        Set<String> keys = new TreeSet<>();
        for (var entry : handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("dk.tilknyt")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    keys.add("* " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        }
        return keys;
    }
}
