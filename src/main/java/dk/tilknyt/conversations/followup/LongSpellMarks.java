package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** §7b: a leader's marks that a spell is expected to last beyond 8 weeks, by person and spell start. */
@Repository
public class LongSpellMarks {

    private final JdbcClient jdbc;

    LongSpellMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<LocalDate, LocalDate> forPerson(String personId) {
        Map<LocalDate, LocalDate> marks = new HashMap<>();
        jdbc.sql("select spell_start, marked_on from sickness_expectation where person_id = ?").param(personId)
                .query(rs -> {
                    marks.put(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class));
                });
        return marks;
    }

    public Map<String, Map<LocalDate, LocalDate>> all() {
        Map<String, Map<LocalDate, LocalDate>> marks = new HashMap<>();
        jdbc.sql("select person_id, spell_start, marked_on from sickness_expectation").query(rs -> {
            marks.computeIfAbsent(rs.getString(1), p -> new HashMap<>())
                    .put(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class));
        });
        return marks;
    }

    /** Marks the spell; a second mark keeps the first day. */
    public void mark(String personId, LocalDate spellStart, LocalDate on, String by) {
        if (jdbc.sql("select count(*) from sickness_expectation where person_id = ? and spell_start = ?")
                .params(personId, spellStart).query(Long.class).single() == 0) {
            jdbc.sql("insert into sickness_expectation (person_id, spell_start, marked_on, marked_by) values (?, ?, ?, ?)")
                    .params(personId, spellStart, on, by).update();
        }
    }
}
