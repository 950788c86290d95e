package dk.tilknyt.conversations.survey;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * rules.md, "Retention": identifiable exit-interview and survey answers are deleted 12 months after they
 * were given; the coded reasons stay, anonymised, for statistics. What identifies is cleared (person,
 * employment, item, free text), and the day is coarsened to its month. Spent or expired survey links
 * older than 12 months are deleted.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    static final int MONTHS = 12;

    /** What one run did. */
    public record Result(int anonymised, int invitationsDeleted) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${tilknyt.conversations.retention-cron:0 15 3 * * *}", zone = "Europe/Copenhagen")
    @Transactional
    public Result run() {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(MONTHS);
        LocalDate today = LocalDate.now(clock);
        int anonymised = 0;
        for (var answer : jdbc.sql("select id, answered_on from reason_answer where anonymised_on is null and answered_on < ?")
                .param(cutoff).query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)}).list()) {
            anonymised += jdbc.sql("""
                    update reason_answer set person_id = null, employment_id = null, item_id = null, notes = null,
                        answered_on = ?, last_day = null, anonymised_on = ?
                    where id = ?""")
                    .params(((LocalDate) answer[1]).withDayOfMonth(1), today, answer[0]).update();
        }
        int deleted = jdbc.sql("delete from survey_invitation where created_on < ?").param(cutoff).update();
        if (anonymised + deleted > 0) {
            log.info("Retention: {} answers anonymised, {} survey links deleted", anonymised, deleted);
        }
        return new Result(anonymised, deleted);
    }
}
