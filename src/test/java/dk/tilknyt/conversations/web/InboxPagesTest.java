package dk.tilknyt.conversations.web;

import static dk.tilknyt.conversations.Fixtures.as;
import static dk.tilknyt.conversations.Fixtures.hr;
import static dk.tilknyt.conversations.Fixtures.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.conversations.Fixtures;
import dk.tilknyt.conversations.ConversationsTest;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.people.Staff;
import dk.tilknyt.security.Role;

/** The inbox pages: scope, recording with the diagnosis guard, exit interviews, hours changes. */
@AutoConfigureMockMvc
class InboxPagesTest extends ConversationsTest {

    static final LocalDate DERIVED_ON = LocalDate.of(2025, 3, 20);

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;

    @BeforeEach
    void municipality() {
        emptyMunicipality(LocalDate.of(2025, 1, 1))
                .person("p1", 1980).segment("e1", "p1", LocalDate.of(2018, 1, 1), null, "pc-sol", "nurse", 30, null)
                .person("p2", 1985).segment("e2", "p2", LocalDate.of(2019, 1, 1), null, "hp-syd", "sosu_helper", 30, null)
                .person("p3", 1990).segment("e3", "p3", LocalDate.of(2021, 2, 1), LocalDate.of(2025, 3, 31), "pc-sol", "sosu_assistant", 37, "resigned")
                .sick("a1", "p1", LocalDate.of(2025, 3, 3), null)
                .sick("a2", "p2", LocalDate.of(2025, 3, 3), null);
        derivation.refreshAll(DERIVED_ON);
    }

    private InboxItem item(String personId, ItemKind kind) {
        return item(personId, kind, DERIVED_ON);
    }

    @Test
    void theInboxShowsTheLeadersScopeOnly() throws Exception {
        mvc.perform(get("/inbox").param("unit", "nord").param("filtered", "1").param("status", "all").with(leader("nord")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sygefraværssamtale (§ 7a)")))
                .andExpect(content().string(containsString(">p1<")))
                .andExpect(content().string(containsString(">p3<")))
                .andExpect(content().string(not(containsString(">p2<"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/inbox").header("HX-Request", "true").param("unit", "nord").param("filtered", "1").with(leader("nord")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void worksCouncilMembersMayNotOpenTheInboxAndOtherAreasAreNotFound() throws Exception {
        mvc.perform(get("/inbox").with(as("council.nord", Role.COUNCIL, "nord", null))).andExpect(status().isForbidden());
        mvc.perform(get("/inbox").param("unit", "syd").with(leader("nord"))).andExpect(status().isNotFound());
        long p2Item = item("p2", ItemKind.SICKNESS_CONVERSATION).id();
        mvc.perform(get("/inbox/items/" + p2Item).with(leader("nord"))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/items/" + p2Item).with(hr())).andExpect(status().isOk());
    }

    @Test
    void recordingAConversationMarksItDoneWithTheDayItWasHeld() throws Exception {
        InboxItem conversation = item("p1", ItemKind.SICKNESS_CONVERSATION);
        mvc.perform(post("/inbox/items/" + conversation.id() + "/record").with(leader("nord")).with(csrf())
                        .param("heldOn", "2025-03-25").param("byPhone", "true").param("followUpOn", "2025-04-15")
                        .param("notes", "Starter gradvist op med 20 timer fra 1. april."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inbox"));
        InboxItem done = items.find(conversation.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2025, 3, 25));
        assertThat(done.completedBy()).isEqualTo("leader.nord");
        mvc.perform(get("/inbox/items/" + conversation.id()).with(leader("nord")))
                .andExpect(content().string(containsString("Starter gradvist op med 20 timer")));
    }

    @Test
    void notesThatNameAnIllnessAreRefusedWithAWarningAndNothingIsStored() throws Exception {
        InboxItem conversation = item("p1", ItemKind.SICKNESS_CONVERSATION);
        mvc.perform(post("/inbox/items/" + conversation.id() + "/record").with(leader("nord")).with(csrf())
                        .param("heldOn", "2025-03-25").param("notes", "Har fået konstateret depression"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("helbredsoplysning")))
                .andExpect(content().string(containsString("depression")));
        assertThat(items.find(conversation.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(jdbc.sql("select count(*) from conversation_note").query(Long.class).single()).isZero();
    }

    @Test
    void aFutureHeldDateIsRefused() throws Exception {
        InboxItem conversation = item("p1", ItemKind.SICKNESS_CONVERSATION);
        mvc.perform(post("/inbox/items/" + conversation.id() + "/record").with(leader("nord")).with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/inbox/items/" + conversation.id() + "/record").with(leader("nord")).with(csrf())
                        .param("heldOn", "not-a-date"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anExitInterviewRecordsCodedReasonsAndPutsAWillingLeaverOnTheWelcomeBackList() throws Exception {
        InboxItem exit = item("p3", ItemKind.EXIT_CONVERSATION);
        mvc.perform(post("/inbox/items/" + exit.id() + "/exit").with(leader("nord")).with(csrf())
                        .param("heldOn", "2025-03-26").param("reasons", "PAY", "COMMUTE")
                        .param("wouldComeBack", "true").param("outcome", "left"))
                .andExpect(status().is3xxRedirection());
        InboxItem done = items.find(exit.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.outcome()).isEqualTo("left");
        assertThat(jdbc.sql("select reason from reason_answer_reason order by reason").query(String.class).list())
                .containsExactly("commute", "pay");
        assertThat(jdbc.sql("select job_family || '/' || tenure_band || '/' || age_band from reason_answer").query(String.class).single())
                .isEqualTo("sosu_assistant/3-5/35-44");
        mvc.perform(get("/conversations/welcome-back").with(leader("nord")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">p3<")));
        mvc.perform(get("/conversations/welcome-back").with(leader("syd")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(">p3<"))));
    }

    @Test
    void anExitInterviewNeedsAReason() throws Exception {
        InboxItem exit = item("p3", ItemKind.EXIT_CONVERSATION);
        mvc.perform(post("/inbox/items/" + exit.id() + "/exit").with(leader("nord")).with(csrf())
                        .param("heldOn", "2025-03-26").param("outcome", "left"))
                .andExpect(status().isUnprocessableContent());
        assertThat(items.find(exit.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void anEmployeeAsksForMoreHoursAndTheLeadersApprovalBecomesANewSegment() throws Exception {
        LocalDate from = LocalDate.now().plusDays(20);
        mvc.perform(post("/conversations/persons/p1/hours").with(as("p1", Role.EMPLOYEE, null, "p1")).with(csrf())
                        .param("employmentId", "e1").param("from", from.toString()).param("hours", "37"))
                .andExpect(status().is3xxRedirection());
        InboxItem request = items.list(InboxFilter.forPerson("p1", LocalDate.now())).stream()
                .filter(i -> i.kind() == ItemKind.HOURS_CHANGE_REQUEST).findFirst().orElseThrow();
        assertThat(request.unitId()).isEqualTo("pc-sol");
        mvc.perform(post("/inbox/items/" + request.id() + "/decision").with(as("p1", Role.EMPLOYEE, null, "p1")).with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inbox/items/" + request.id() + "/decision").with(leader("nord")).with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/conversations/persons/p1"));
        assertThat(staff.history("p1")).extracting(s -> s.weeklyHours().intValue()).containsExactly(30, 37);
        assertThat(items.find(request.id()).orElseThrow().outcome()).isEqualTo("approved");
        mvc.perform(get("/conversations/persons/p1").with(leader("nord")))
                .andExpect(content().string(containsString(from.toString())));
    }

    @Test
    void aDeclineNeedsAReason() throws Exception {
        mvc.perform(post("/conversations/persons/p1/hours").with(leader("nord")).with(csrf())
                .param("employmentId", "e1").param("from", LocalDate.now().plusDays(20).toString()).param("hours", "25"));
        InboxItem request = items.list(InboxFilter.forPerson("p1", LocalDate.now())).stream()
                .filter(i -> i.kind() == ItemKind.HOURS_CHANGE_REQUEST).findFirst().orElseThrow();
        mvc.perform(post("/inbox/items/" + request.id() + "/decision").with(leader("nord")).with(csrf())
                        .param("decision", "decline").param("reason", " "))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/inbox/items/" + request.id() + "/decision").with(leader("nord")).with(csrf())
                        .param("decision", "decline").param("reason", "Vagtplanen kan ikke bære det før 1. januar."))
                .andExpect(status().is3xxRedirection());
        assertThat(staff.history("p1")).hasSize(1);
        assertThat(items.find(request.id()).orElseThrow().outcome()).isEqualTo("declined");
    }

    @Test
    void markingASpellAsExpectedLongPutsTheRetentionPlanOfferInTheInbox() throws Exception {
        LocalDate today = LocalDate.now();
        new Fixtures(jdbc).person("p4", 1975).segment("e4", "p4", LocalDate.of(2015, 1, 1), null, "pc-sol", "nurse", 37, null)
                .sick("a4", "p4", today.minusDays(20), null);
        derivation.refreshPerson("p4", today);
        assertThat(items.list(InboxFilter.forPerson("p4", today))).extracting(InboxItem::kind)
                .contains(ItemKind.SICKNESS_CONVERSATION).doesNotContain(ItemKind.RETENTION_PLAN_OFFER);
        InboxItem conversation = item("p4", ItemKind.SICKNESS_CONVERSATION);
        mvc.perform(post("/inbox/items/" + conversation.id() + "/expected-long").with(leader("nord")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(items.list(InboxFilter.forPerson("p4", today))).extracting(InboxItem::kind)
                .contains(ItemKind.RETENTION_PLAN_OFFER);
    }
}
