package dk.tilknyt.conversations.hours;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.domain.Deadlines;
import dk.tilknyt.conversations.domain.DueItem;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.followup.ConversationRecords;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.conversations.followup.SettingsStore;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.HoursChanges;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * "May I go up in hours?": an employee or a leader asks for other weekly hours from a date; the request
 * waits in the leader's inbox; an approval becomes a new employment segment ({@link HoursChanges}).
 */
@Service
public class HoursRequests {

    private static final String COLUMNS = """
            id, item_id, person_id, employment_id, from_date, current_hours, requested_hours, requested_by,
            requested_on, status, decided_by, decided_on, decline_reason""";

    private final JdbcClient jdbc;
    private final HoursChanges hoursChanges;
    private final ItemStore items;
    private final SettingsStore settings;

    HoursRequests(JdbcClient jdbc, HoursChanges hoursChanges, ItemStore items, SettingsStore settings) {
        this.jdbc = jdbc;
        this.hoursChanges = hoursChanges;
        this.items = items;
        this.settings = settings;
    }

    @Transactional
    public HoursRequest request(String personId, String employmentId, LocalDate from, BigDecimal hours, String by,
                                LocalDate today) {
        EmploymentSegment current = hoursChanges.check(employmentId, from, hours);
        if (!current.personId().equals(personId)) {
            throw new NotFoundException("Employment", employmentId);
        }
        if (jdbc.sql("select count(*) from hours_change_request where employment_id = ? and status = 'pending'")
                .param(employmentId).query(Long.class).single() > 0) {
            throw InvalidInputException.unprocessable("conv.hours.pendingExists",
                    "A request for this employment is already waiting for an answer.");
        }
        LocalDate due = Deadlines.withinDaysOf(today, settings.settings().hoursDecisionDays());
        long itemId = items.insert(DueItem.open("hours|" + UUID.randomUUID(), ItemKind.HOURS_CHANGE_REQUEST, personId,
                employmentId, current.unitId(), due, from));
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into hours_change_request (item_id, person_id, employment_id, from_date, current_hours,
                    requested_hours, requested_by, requested_on, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'pending')""")
                .params(itemId, personId, employmentId, from, current.weeklyHours(), hours, by, today)
                .update(keys, "id");
        return find(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    public Optional<HoursRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from hours_change_request where id = ?").param(id).query(HoursRequests::row).optional();
    }

    public Optional<HoursRequest> forItem(long itemId) {
        return jdbc.sql("select " + COLUMNS + " from hours_change_request where item_id = ?").param(itemId).query(HoursRequests::row).optional();
    }

    public List<HoursRequest> forPerson(String personId) {
        return jdbc.sql("select " + COLUMNS + " from hours_change_request where person_id = ? order by requested_on desc, id desc")
                .param(personId).query(HoursRequests::row).list();
    }

    /** Requests made in [from, to] in the units (null: all), for the figures: requests, approvals, hours gained. */
    public List<HoursRequest> madeIn(java.util.Collection<String> unitsOrNull, LocalDate from, LocalDate to) {
        String sql = "select r." + COLUMNS.replaceAll(",\\s*", ", r.").strip()
                + " from hours_change_request r join conversation_item i on i.id = r.item_id"
                + " where r.requested_on between :from and :to" + (unitsOrNull == null ? "" : " and i.unit_id in (:units)");
        var spec = jdbc.sql(sql).param("from", from).param("to", to);
        if (unitsOrNull != null) {
            if (unitsOrNull.isEmpty()) {
                return List.of();
            }
            spec = spec.param("units", unitsOrNull);
        }
        return spec.query(HoursRequests::row).list();
    }

    /** Approves: the new hours become a segment from the requested day. Returns that segment. */
    @Transactional
    public EmploymentSegment approve(HoursRequest request, String by, LocalDate today) {
        requirePending(request);
        EmploymentSegment changed = hoursChanges.change(request.employmentId(), request.from(), request.requestedHours());
        decide(request, HoursRequest.Status.APPROVED, by, today, null);
        return changed;
    }

    @Transactional
    public void decline(HoursRequest request, String reason, String by, LocalDate today) {
        requirePending(request);
        String text = ConversationRecords.checkFreeText(reason);
        if (text == null) {
            throw InvalidInputException.unprocessable("conv.hours.reasonRequired", "A declined request needs a reason.");
        }
        decide(request, HoursRequest.Status.DECLINED, by, today, text);
    }

    private void decide(HoursRequest request, HoursRequest.Status status, String by, LocalDate today, String reason) {
        int changed = jdbc.sql("""
                update hours_change_request set status = ?, decided_by = ?, decided_on = ?, decline_reason = ?
                where id = ? and status = 'pending'""")
                .params(status.code(), by, today, reason, request.id()).update();
        if (changed == 0) {
            throw ConversationRecords.alreadyDone();
        }
        if (request.itemId() != null) {
            items.complete(request.itemId(), today, by, status.code());
        }
    }

    private static void requirePending(HoursRequest request) {
        if (!request.isPending()) {
            throw ConversationRecords.alreadyDone();
        }
    }

    private static HoursRequest row(ResultSet rs, int n) throws SQLException {
        return new HoursRequest(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), HoursRequest.Status.valueOf(rs.getString(10).toUpperCase(Locale.ROOT)),
                rs.getString(11), rs.getObject(12, LocalDate.class), rs.getString(13));
    }
}
