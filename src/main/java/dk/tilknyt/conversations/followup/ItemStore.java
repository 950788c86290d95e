package dk.tilknyt.conversations.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.domain.ClosedReason;
import dk.tilknyt.conversations.domain.DueItem;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;

/** The stored inbox items. */
@Repository
public class ItemStore {

    static final String COLUMNS = """
            id, item_key, kind, person_id, employment_id, unit_id, due_date, ref_date, task_id, title, status,
            closed_reason, closed_on, completed_on, completed_by, outcome, survey_issued_on""";

    private static final String INSERT = """
            insert into conversation_item (item_key, kind, person_id, employment_id, unit_id, due_date, ref_date,
                task_id, title, status, closed_reason, closed_on, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String UPDATE = """
            update conversation_item set kind = ?, person_id = ?, employment_id = ?, unit_id = ?, due_date = ?,
                ref_date = ?, task_id = ?, title = ?, status = ?, closed_reason = ?, closed_on = ?, updated_at = ?
            where id = ? and status <> 'done'""";

    /** What a refresh changed. */
    public record Changes(int inserted, int updated, int deleted, int unchanged) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ItemStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    public Optional<InboxItem> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from conversation_item where id = ?").param(id)
                .query(ItemStore::item).optional();
    }

    public List<InboxItem> list(InboxFilter f) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from conversation_item where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.units() != null) {
            if (f.units().isEmpty()) {
                return List.of();
            }
            sql.append(" and unit_id in (:units)");
            params.put("units", f.units());
        }
        condition(sql, params, f.from(), " and due_date >= :from", "from");
        condition(sql, params, f.to(), " and due_date <= :to", "to");
        condition(sql, params, f.status() == null ? null : f.status().code(), " and status = :status", "status");
        condition(sql, params, f.kind() == null ? null : f.kind().code(), " and kind = :kind", "kind");
        condition(sql, params, f.personId(), " and person_id = :person", "person");
        sql.append(" order by case when status = 'open' and due_date < :today then 0 else 1 end, due_date, id limit :limit");
        params.put("today", f.today());
        params.put("limit", f.limit());
        return jdbc.sql(sql.toString()).params(params).query(ItemStore::item).list();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    /**
     * Makes the stored derived items (all, or one person's) equal to what the rules say now: new ones are
     * inserted, changed ones updated, vanished ones deleted. Items that were held (done) are never touched.
     */
    @Transactional
    public Changes reconcile(List<DueItem> desired, String personIdOrNull) {
        Map<String, InboxItem> stored = new HashMap<>();
        String sql = "select " + COLUMNS + " from conversation_item where kind <> 'hours_change_request'"
                + (personIdOrNull == null ? "" : " and person_id = :person");
        var spec = jdbc.sql(sql);
        if (personIdOrNull != null) {
            spec = spec.param("person", personIdOrNull);
        }
        spec.query(ItemStore::item).list().forEach(i -> stored.put(i.key(), i));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (DueItem d : desired) {
            InboxItem s = stored.remove(d.key());
            if (s == null) {
                inserts.add(new Object[] {d.key(), d.kind().code(), d.personId(), d.employmentId(), d.unitId(),
                        d.dueDate(), d.refDate(), d.taskId(), d.title(), d.status().code(), code(d.closedReason()),
                        d.closedOn(), now, now});
            } else if (s.isDone() || s.asDue().equals(d)) {
                unchanged++;
            } else {
                updates.add(new Object[] {d.kind().code(), d.personId(), d.employmentId(), d.unitId(), d.dueDate(),
                        d.refDate(), d.taskId(), d.title(), d.status().code(), code(d.closedReason()), d.closedOn(),
                        now, s.id()});
            }
        }
        List<Object[]> deletes = stored.values().stream().filter(s -> !s.isDone())
                .map(s -> new Object[] {s.id()}).toList();
        template.batchUpdate(INSERT, inserts);
        template.batchUpdate(UPDATE, updates);
        template.batchUpdate("delete from conversation_item where id = ? and status <> 'done'", deletes);
        return new Changes(inserts.size(), updates.size(), deletes.size(), unchanged);
    }

    /** An item made by a person (an hours-change request); returns its id. */
    public long insert(DueItem d) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(INSERT).params(d.key(), d.kind().code(), d.personId(), d.employmentId(), d.unitId(), d.dueDate(),
                        d.refDate(), d.taskId(), d.title(), d.status().code(), code(d.closedReason()), d.closedOn(), now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Marks the item held on the day; false when it was already done. */
    public boolean complete(long id, LocalDate on, String by, String outcome) {
        return jdbc.sql("""
                update conversation_item set status = 'done', completed_on = ?, completed_by = ?, outcome = ?, updated_at = ?
                where id = ? and status <> 'done'""")
                .params(on, by, outcome, OffsetDateTime.now(clock), id).update() == 1;
    }

    public void markSurveyIssued(long id, LocalDate on) {
        jdbc.sql("update conversation_item set survey_issued_on = ? where id = ?").params(on, id).update();
    }

    private static String code(ClosedReason reason) {
        return reason == null ? null : reason.code();
    }

    static InboxItem item(ResultSet rs, int n) throws SQLException {
        return new InboxItem(rs.getLong(1), rs.getString(2), ItemKind.fromCode(rs.getString(3)).orElseThrow(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), (Long) rs.getObject(9, Long.class), rs.getString(10),
                ItemStatus.fromCode(rs.getString(11)).orElseThrow(), ClosedReason.fromCode(rs.getString(12)),
                rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getString(15),
                rs.getString(16), rs.getObject(17, LocalDate.class));
    }
}
