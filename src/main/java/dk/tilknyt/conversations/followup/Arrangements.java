package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.conversations.domain.ArrangementKind;

/** Life-phase arrangements (reduced hours, senior days, no nights, other tasks) with a review date. */
@Repository
public class Arrangements {

    public record Arrangement(long id, String personId, ArrangementKind kind, LocalDate agreedOn, LocalDate reviewOn) {
    }

    private final JdbcClient jdbc;

    Arrangements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Arrangement> forPerson(String personId) {
        return jdbc.sql("select id, person_id, kind, agreed_on, review_on from life_phase_arrangement where person_id = ? order by agreed_on desc, id")
                .param(personId)
                .query((rs, n) -> new Arrangement(rs.getLong(1), rs.getString(2),
                        ArrangementKind.fromCode(rs.getString(3)).orElseThrow(), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    void add(Long itemId, String personId, ArrangementKind kind, LocalDate agreedOn, LocalDate reviewOn, String by) {
        jdbc.sql("insert into life_phase_arrangement (item_id, person_id, kind, agreed_on, review_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(itemId, personId, kind.code(), agreedOn, reviewOn, by).update();
    }
}
