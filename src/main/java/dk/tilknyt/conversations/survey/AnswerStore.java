package dk.tilknyt.conversations.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.conversations.domain.ExitReason;

/** Answers with coded reasons, from exit interviews and the anonymous surveys. */
@Repository
public class AnswerStore {

    public enum Source {
        EXIT_INTERVIEW, EXIT_SURVEY, ENTRY_SURVEY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record NewAnswer(Source source, Long itemId, String personId, String employmentId, AnswerGroup group,
                     LocalDate answeredOn, LocalDate lastDay, Boolean wouldComeBack, Boolean couldHaveKept,
                     String outcome, String notes, Set<ExitReason> reasons) {
    }

    /** An answer as the analysis reads it: groups and reasons, never the person. */
    public record Analysed(Source source, String unitId, String jobFamily, String tenureBand, String ageBand,
                           LocalDate answeredOn, Boolean wouldComeBack, Set<ExitReason> reasons) {
    }

    private final JdbcClient jdbc;

    AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewAnswer a) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into reason_answer (source, item_id, person_id, employment_id, unit_id, job_family, tenure_band,
                    age_band, answered_on, last_day, would_come_back, could_have_kept, outcome, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.source().code(), a.itemId(), a.personId(), a.employmentId(), a.group().unitId(),
                        a.group().jobFamily(), a.group().tenureBand(), a.group().ageBand(), a.answeredOn(), a.lastDay(),
                        a.wouldComeBack(), a.couldHaveKept(), a.outcome(), a.notes())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (ExitReason reason : a.reasons()) {
            jdbc.sql("insert into reason_answer_reason (answer_id, reason) values (?, ?)").params(id, reason.code()).update();
        }
        return id;
    }

    List<String> reasons(long answerId) {
        return jdbc.sql("select reason from reason_answer_reason where answer_id = ? order by reason")
                .param(answerId).query(String.class).list();
    }

    /** Answers given in [from, to] in the units (null: all), with their reasons. */
    public List<Analysed> answers(Collection<String> unitsOrNull, LocalDate from, LocalDate to) {
        if (unitsOrNull != null && unitsOrNull.isEmpty()) {
            return List.of();
        }
        String where = " where a.answered_on between :from and :to" + (unitsOrNull == null ? "" : " and a.unit_id in (:units)");
        Map<Long, Set<ExitReason>> reasons = new HashMap<>();
        var reasonSpec = jdbc.sql("select r.answer_id, r.reason from reason_answer_reason r join reason_answer a on a.id = r.answer_id" + where)
                .param("from", from).param("to", to);
        var answerSpec = jdbc.sql("select a.id, a.source, a.unit_id, a.job_family, a.tenure_band, a.age_band, a.answered_on, a.would_come_back from reason_answer a" + where)
                .param("from", from).param("to", to);
        if (unitsOrNull != null) {
            reasonSpec = reasonSpec.param("units", unitsOrNull);
            answerSpec = answerSpec.param("units", unitsOrNull);
        }
        reasonSpec.query(rs -> {
            reasons.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(ExitReason.class))
                    .add(ExitReason.fromCode(rs.getString(2)).orElseThrow());
        });
        List<Analysed> result = new ArrayList<>();
        answerSpec.query(rs -> {
            result.add(new Analysed(Source.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                    (Boolean) rs.getObject(8), reasons.getOrDefault(rs.getLong(1), Set.of())));
        });
        return result;
    }
}
