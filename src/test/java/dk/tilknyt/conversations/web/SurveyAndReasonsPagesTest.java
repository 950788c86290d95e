package dk.tilknyt.conversations.web;

import static dk.tilknyt.conversations.Fixtures.as;
import static dk.tilknyt.conversations.Fixtures.leader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import dk.tilknyt.conversations.ConversationsTest;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.security.Role;

/** The anonymous one-time survey link, and reason analysis with small groups suppressed. */
@AutoConfigureMockMvc
class SurveyAndReasonsPagesTest extends ConversationsTest {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void aLeaver() {
        emptyMunicipality(LocalDate.of(2025, 1, 1))
                .person("p3", 1990).segment("e3", "p3", LocalDate.of(2021, 2, 1), LocalDate.of(2025, 3, 31), "pc-sol", "sosu_assistant", 37, "resigned");
        derivation.refreshAll(LocalDate.of(2025, 3, 20));
    }

    private String issueLink() throws Exception {
        InboxItem exit = items.list(InboxFilter.forPerson("p3", LocalDate.now())).stream()
                .filter(i -> i.kind() == ItemKind.EXIT_CONVERSATION).findFirst().orElseThrow();
        var result = mvc.perform(post("/inbox/items/" + exit.id() + "/survey").with(leader("nord")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String link = (String) result.getFlashMap().get("surveyLink");
        assertThat(link).contains("/survey/");
        return link.substring(link.indexOf("/survey/"));
    }

    @Test
    void aSurveyLinkWorksOnceAndOnlyOnceWithoutLogin() throws Exception {
        String path = issueLink();
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Hvorfor stopper du?")));
        mvc.perform(post(path).with(csrf()).param("reasons", "WEEKENDS", "SHIFT_LAYER").param("wouldComeBack", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tak for dine svar")));
        mvc.perform(post(path).with(csrf()).param("reasons", "PAY")).andExpect(status().isGone());
        mvc.perform(get(path)).andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from reason_answer where source = 'exit_survey'").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from reason_answer where person_id is not null or item_id is not null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAHashOfTheTokenIsStoredAndAnUnknownTokenIsNotFound() throws Exception {
        String path = issueLink();
        String token = path.substring("/survey/".length());
        assertThat(jdbc.sql("select token_hash from survey_invitation").query(String.class).single()).isNotEqualTo(token).hasSize(64);
        mvc.perform(get("/survey/" + token + "x")).andExpect(status().isNotFound());
    }

    @Test
    void aSecondLinkForTheSameItemIsRefused() throws Exception {
        issueLink();
        InboxItem exit = items.list(InboxFilter.forPerson("p3", LocalDate.now())).stream()
                .filter(i -> i.kind() == ItemKind.EXIT_CONVERSATION).findFirst().orElseThrow();
        var result = mvc.perform(post("/inbox/items/" + exit.id() + "/survey").with(leader("nord")).with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("surveyLink")).isNull();
        assertThat(jdbc.sql("select count(*) from survey_invitation").query(Long.class).single()).isOne();
    }

    @Test
    void anAnswerWithoutReasonsIsRefusedAndTheLinkStaysUsable() throws Exception {
        String path = issueLink();
        mvc.perform(post(path).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(post(path).with(csrf()).param("reasons", "PAY")).andExpect(status().isOk());
    }

    private void answers(String jobFamily, int n) {
        for (int i = 0; i < n; i++) {
            jdbc.sql("""
                    insert into reason_answer (source, unit_id, job_family, tenure_band, age_band, answered_on, would_come_back)
                    values ('exit_survey', 'pc-sol', ?, '1-2', '25-34', ?, true)""")
                    .params(jobFamily, LocalDate.now().minusMonths(2)).update();
        }
        jdbc.sql("insert into reason_answer_reason (answer_id, reason) select id, 'pay' from reason_answer where job_family = ?")
                .param(jobFamily).update();
    }

    @Test
    void worksCouncilMembersSeeReasonsOnlyInGroupsOfFiveOrMore() throws Exception {
        answers("nurse", 6);
        answers("sosu_helper", 3);
        answers("service", 7);
        String page = mvc.perform(get("/conversations/reasons").param("unit", "nord").param("by", "job_family")
                        .with(as("council.nord", Role.COUNCIL, "nord", null)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // nurse (6) is hidden too: with only sosu_helper (3) hidden, the total would reveal it
        assertThat(row(page, "sosu_helper")).contains("under 5").doesNotContain(">3<");
        assertThat(row(page, "nurse")).doesNotContain(">6<");
        assertThat(row(page, "service")).contains(">7<");
        mvc.perform(get("/conversations/reasons").param("unit", "syd").with(as("council.nord", Role.COUNCIL, "nord", null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void fewerThanFiveAnswersInAllShowNoTable() throws Exception {
        answers("nurse", 4);
        mvc.perform(get("/conversations/reasons").param("unit", "nord").with(as("council.nord", Role.COUNCIL, "nord", null)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("færre end 5 svar")))
                .andExpect(content().string(not(containsString("data-group"))));
    }

    private static String row(String page, String group) {
        int start = page.indexOf("data-group=\"" + group + "\"");
        assertThat(start).as("row of " + group).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
