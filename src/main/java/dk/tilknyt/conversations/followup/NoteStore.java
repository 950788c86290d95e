package dk.tilknyt.conversations.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NoteStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoteStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Note> find(long itemId) {
        return jdbc.sql("select held_on, by_phone, follow_up_on, mentor, notes, recorded_by from conversation_note where item_id = ?")
                .param(itemId)
                .query((rs, n) -> new Note(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional();
    }

    void save(long itemId, Note note) {
        jdbc.sql("""
                insert into conversation_note (item_id, held_on, by_phone, follow_up_on, mentor, notes, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, note.heldOn(), note.byPhone(), note.followUpOn(), note.mentor(), note.notes(),
                        note.recordedBy(), OffsetDateTime.now(clock))
                .update();
    }
}
