package dk.tilknyt.conversations.web;

import static dk.tilknyt.conversations.Fixtures.as;
import static dk.tilknyt.conversations.Fixtures.hr;
import static dk.tilknyt.conversations.Fixtures.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.security.Role;

/** HR's programmes and settings, completion rates, senior arrangements and §56 agreements. */
@AutoConfigureMockMvc
class AdminAndReportPagesTest extends ConversationsTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void municipality() {
        emptyMunicipality(TODAY.minusYears(1))
                .task("Mentor tildelt", -7, "mentor").task("3-måneders-samtale", 90, "three_month_conversation")
                .person("p1", TODAY.getYear() - 60).segment("e1", "p1", TODAY.minusYears(10).plusDays(20), null, "pc-sol", "nurse", 37, null)
                .person("p2", 1999).segment("e2", "p2", TODAY.plusDays(10), null, "pc-sol", "sosu_helper", 37, null);
        derivation.refreshAll(TODAY);
    }

    private InboxItem item(String personId, ItemKind kind) {
        return item(personId, kind, TODAY);
    }

    @Test
    void hrEditsTheProgrammesAndOnlyHrMay() throws Exception {
        mvc.perform(get("/conversations/programmes").with(hr())).andExpect(status().isOk())
                .andExpect(content().string(containsString("3-måneders-samtale")));
        mvc.perform(get("/conversations/programmes").with(leader("nord"))).andExpect(status().isForbidden());
        mvc.perform(post("/conversations/programmes/tasks").with(hr()).with(csrf())
                        .param("jobFamily", "nurse").param("title", "Sygeplejefaglig introduktion").param("dayOffset", "14")
                        .param("taskType", "task"))
                .andExpect(status().is3xxRedirection());
        // The nurses' own programme starts as a copy of the common one, plus the new task
        assertThat(jdbc.sql("select count(*) from onboarding_task where job_family = 'nurse'").query(Long.class).single()).isEqualTo(3);
        mvc.perform(post("/conversations/programmes/tasks").with(hr()).with(csrf())
                .param("title", "Uden dag").param("taskType", "task"));
        assertThat(jdbc.sql("select count(*) from onboarding_task").query(Long.class).single()).isEqualTo(5);
        long id = jdbc.sql("select min(id) from onboarding_task where job_family = 'nurse'").query(Long.class).single();
        mvc.perform(post("/conversations/programmes/tasks/" + id + "/delete").with(hr()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/conversations/refresh").with(hr()).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theSeniorAgeIsSetByHr() throws Exception {
        mvc.perform(post("/conversations/settings").with(hr()).with(csrf()).param("seniorAge", "60"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.settings().seniorAge()).isEqualTo(60);
        mvc.perform(post("/conversations/settings").with(hr()).with(csrf()).param("seniorAge", "12"));
        assertThat(settings.settings().seniorAge()).isEqualTo(60);
    }

    @Test
    void aSeniorConversationRecordsLifePhaseArrangementsWithAReviewDate() throws Exception {
        InboxItem senior = item("p1", ItemKind.SENIOR_CONVERSATION);
        mvc.perform(get("/inbox/items/" + senior.id()).with(leader("nord"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Seniordage")));
        mvc.perform(post("/inbox/items/" + senior.id() + "/record").with(leader("nord")).with(csrf())
                        .param("heldOn", TODAY.toString()).param("arrangements", "SENIOR_DAYS", "NO_NIGHTS"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/inbox/items/" + senior.id() + "/record").with(leader("nord")).with(csrf())
                        .param("heldOn", TODAY.toString()).param("arrangements", "SENIOR_DAYS", "NO_NIGHTS")
                        .param("reviewOn", TODAY.plusYears(1).toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/conversations/persons/p1").with(leader("nord"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Seniordage")))
                .andExpect(content().string(containsString("Fritaget for nattevagt")));
    }

    @Test
    void aMentorIsRecordedOnTheMentorTaskAndAnEntrySurveyLinkCanBeMade() throws Exception {
        InboxItem mentor = item("p2", ItemKind.ONBOARDING_TASK);
        mvc.perform(get("/inbox/items/" + mentor.id()).with(leader("nord"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mentor (hvis tildelt)")));
        mvc.perform(post("/inbox/items/" + mentor.id() + "/record").with(leader("nord")).with(csrf())
                .param("heldOn", TODAY.toString()).param("mentor", "p1")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/inbox/items/" + mentor.id()).with(leader("nord")))
                .andExpect(content().string(containsString("Udført den")));
        var result = mvc.perform(post("/inbox/items/" + item("p2", ItemKind.THREE_MONTH_CONVERSATION).id() + "/survey")
                .with(leader("nord")).with(csrf())).andReturn();
        String link = (String) result.getFlashMap().get("surveyLink");
        mvc.perform(get(link.substring(link.indexOf("/survey/")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hvad betyder mest for, at du bliver?")));
    }

    @Test
    void aSection56AgreementPutsItsReviewInTheInbox() throws Exception {
        mvc.perform(post("/conversations/persons/p1/agreements").with(leader("nord")).with(csrf())
                        .param("validFrom", TODAY.minusYears(1).toString()).param("expiresOn", TODAY.plusDays(40).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(item("p1", ItemKind.AGREEMENT_REVIEW).refDate()).isEqualTo(TODAY.plusDays(40));
        mvc.perform(post("/conversations/persons/p1/agreements").with(leader("nord")).with(csrf())
                .param("validFrom", TODAY.toString()).param("expiresOn", TODAY.plusYears(3).toString()));
        assertThat(jdbc.sql("select count(*) from sickness_agreement").query(Long.class).single()).isOne();
    }

    @Test
    void completionRatesCountHeldOnTimeAgainstOwedItems() throws Exception {
        new Fixtures(jdbc).person("p9", 1980).segment("e9", "p9", TODAY.minusYears(3), null, "pc-sol", "nurse", 37, null)
                .sick("a9", "p9", TODAY.minusDays(60), TODAY.minusDays(1));
        derivation.refreshAll(TODAY);
        InboxItem conversation = item("p9", ItemKind.SICKNESS_CONVERSATION);
        items.complete(conversation.id(), conversation.dueDate(), "leader", null);
        mvc.perform(get("/conversations/completion").param("unit", "nord").with(leader("nord")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plejecenter Solgården")))
                .andExpect(content().string(containsString("Sygefraværssamtale (§ 7a)")))
                // held on its due date: 1 of 1 on time
                .andExpect(content().string(containsString("100.0 %")));
        mvc.perform(get("/conversations/completion").with(as("council.nord", Role.COUNCIL, "nord", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReasonsPageAndTheHoursFormRender() throws Exception {
        mvc.perform(get("/conversations/reasons").with(hr()).param("by", "age_band").param("source", "exit_interview"))
                .andExpect(status().isOk());
        mvc.perform(get("/conversations/reasons").with(hr()).param("by", "shoe_size")).andExpect(status().isBadRequest());
        mvc.perform(get("/conversations/my-hours").with(as("p1", Role.EMPLOYEE, null, "p1")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/conversations/persons/p1/hours").with(as("p1", Role.EMPLOYEE, null, "p1")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Send anmodning")));
        mvc.perform(get("/conversations/persons/p1/hours").with(as("p2", Role.EMPLOYEE, null, "p2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/conversations/persons/p1").with(as("p1", Role.EMPLOYEE, null, "p1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/inbox").param("lang", "en").with(leader("nord")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Inbox")));
    }
}
