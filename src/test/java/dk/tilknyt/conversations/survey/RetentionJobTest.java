package dk.tilknyt.conversations.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** rules.md, "Retention": identifiable answers go after 12 months; the coded reasons stay, anonymised. */
@DatabaseTest
class RetentionJobTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(dataSource);
    }

    private RetentionJob jobOn(LocalDate day) {
        return new RetentionJob(jdbc, Clock.fixed(day.atStartOfDay(COPENHAGEN).toInstant(), COPENHAGEN));
    }

    private long interview(LocalDate answeredOn) {
        jdbc.sql("""
                insert into reason_answer (source, item_id, person_id, employment_id, unit_id, job_family, tenure_band,
                    age_band, answered_on, last_day, would_come_back, could_have_kept, outcome, notes)
                values ('exit_interview', 41, 'p7', 'e7', 'pc-sol', 'nurse', '3-5', '35-44', ?, ?, true, false, 'left', 'Flytter til Aarhus')""")
                .params(answeredOn, answeredOn.plusDays(5)).update();
        long id = jdbc.sql("select max(id) from reason_answer").query(Long.class).single();
        jdbc.sql("insert into reason_answer_reason (answer_id, reason) values (?, 'commute')").param(id).update();
        return id;
    }

    private Map<String, Object> answer(long id) {
        return jdbc.sql("select * from reason_answer where id = ?").param(id).query().singleRow();
    }

    @Test
    void anAnswerTwelveMonthsOldLosesWhatIdentifiesTheLeaverButKeepsItsReasons() {
        long old = interview(LocalDate.of(2024, 6, 14));
        long recent = interview(LocalDate.of(2024, 6, 16));

        RetentionJob.Result result = jobOn(LocalDate.of(2025, 6, 15)).run();

        assertThat(result.anonymised()).isOne();
        Map<String, Object> anonymised = answer(old);
        assertThat(anonymised.get("person_id")).isNull();
        assertThat(anonymised.get("employment_id")).isNull();
        assertThat(anonymised.get("item_id")).isNull();
        assertThat(anonymised.get("notes")).isNull();
        assertThat(anonymised.get("last_day")).isNull();
        assertThat(anonymised.get("answered_on").toString()).isEqualTo("2024-06-01");
        assertThat(anonymised.get("job_family")).isEqualTo("nurse");
        assertThat(jdbc.sql("select reason from reason_answer_reason where answer_id = ?").param(old).query(String.class).list())
                .containsExactly("commute");
        assertThat(answer(recent).get("person_id")).isEqualTo("p7");
        assertThat(answer(recent).get("notes")).isEqualTo("Flytter til Aarhus");
    }

    @Test
    void runningAgainChangesNothingMoreAndOldSurveyLinksAreDeleted() {
        interview(LocalDate.of(2024, 1, 10));
        jdbc.sql("""
                insert into survey_invitation (token_hash, kind, unit_id, job_family, tenure_band, created_on, expires_on)
                values ('h1', 'exit', 'pc-sol', 'nurse', '<1', ?, ?), ('h2', 'exit', 'pc-sol', 'nurse', '<1', ?, ?)""")
                .params(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 1))
                .update();
        RetentionJob job = jobOn(LocalDate.of(2025, 6, 15));
        assertThat(job.run()).isEqualTo(new RetentionJob.Result(1, 1));
        assertThat(job.run()).isEqualTo(new RetentionJob.Result(0, 0));
        assertThat(jdbc.sql("select token_hash from survey_invitation").query(String.class).list()).containsExactly("h2");
    }
}
