package dk.tilknyt.keyfigures.board;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * A unit's board for the board meeting (tavlemøde): the 3–6 figures it follows and its improvement
 * actions. Access checks are the caller's.
 */
@Service
public class Boards {

    public static final int FEWEST_FIGURES = 3;
    public static final int MOST_FIGURES = 6;
    public static final int MAX_TEXT = 500;
    public static final int MAX_OWNER = 120;

    /** What a board shows until someone chooses: the three strategy goals and sickness absence. */
    static final List<FigureCode> DEFAULT_FIGURES = List.of(FigureCode.SICKNESS_ABSENCE_PCT, FigureCode.TURNOVER_RATE,
            FigureCode.PRESENT_HOURS_PER_EMPLOYEE, FigureCode.FILL_RATE_FIRST_POSTING);

    private final JdbcClient jdbc;
    private final Clock clock;

    Boards(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<FigureCode> figures(String unitId) {
        List<FigureCode> chosen = jdbc.sql("select figure_code from board_figure where unit_id = ? order by position")
                .param(unitId).query(String.class).list().stream()
                .flatMap(code -> FigureCode.fromCode(code).stream()).toList();
        return chosen.isEmpty() ? DEFAULT_FIGURES : chosen;
    }

    @Transactional
    public void chooseFigures(String unitId, List<FigureCode> figures) {
        var distinct = new LinkedHashSet<>(figures);
        if (distinct.size() < FEWEST_FIGURES || distinct.size() > MOST_FIGURES) {
            throw InvalidInputException.unprocessable("keyfigures.board.error.figureCount",
                    "Choose between " + FEWEST_FIGURES + " and " + MOST_FIGURES + " figures.");
        }
        jdbc.sql("delete from board_figure where unit_id = ?").param(unitId).update();
        int position = 0;
        for (FigureCode code : distinct) {
            jdbc.sql("insert into board_figure (unit_id, position, figure_code) values (?, ?, ?)")
                    .params(unitId, position++, code.code()).update();
        }
    }

    /** Open actions first (new, then in progress), then done; oldest first within each. */
    public List<BoardAction> actions(String unitId) {
        return jdbc.sql("""
                select id, unit_id, text, owner, status from board_action where unit_id = ?
                order by case status when 'new' then 0 when 'in_progress' then 1 else 2 end, id""")
                .param(unitId)
                .query((rs, n) -> new BoardAction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        BoardAction.Status.fromCode(rs.getString(5)).orElseThrow()))
                .list();
    }

    public BoardAction action(long id) {
        return jdbc.sql("select id, unit_id, text, owner, status from board_action where id = ?").param(id)
                .query((rs, n) -> new BoardAction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        BoardAction.Status.fromCode(rs.getString(5)).orElseThrow()))
                .optional().orElseThrow(() -> new NotFoundException("Action", Long.toString(id)));
    }

    @Transactional
    public void addAction(String unitId, String text, String owner) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into board_action (unit_id, text, owner, status, created_at, updated_at)
                values (?, ?, ?, 'new', ?, ?)""")
                .params(unitId, text(text), owner(owner), now, now).update();
    }

    @Transactional
    public void changeAction(long id, String text, String owner, BoardAction.Status status) {
        if (status == null) {
            throw InvalidInputException.unprocessable("keyfigures.board.error.status", "Unknown status.");
        }
        int changed = jdbc.sql("update board_action set text = ?, owner = ?, status = ?, updated_at = ? where id = ?")
                .params(text(text), owner(owner), status.name().toLowerCase(Locale.ROOT), OffsetDateTime.now(clock), id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Action", Long.toString(id));
        }
    }

    @Transactional
    public void deleteAction(long id) {
        if (jdbc.sql("delete from board_action where id = ?").param(id).update() == 0) {
            throw new NotFoundException("Action", Long.toString(id));
        }
    }

    private static String text(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > MAX_TEXT) {
            throw InvalidInputException.unprocessable("keyfigures.board.error.text",
                    "Describe the action in 1-" + MAX_TEXT + " characters.");
        }
        return value;
    }

    private static String owner(String owner) {
        String value = owner == null ? "" : owner.strip();
        if (value.length() > MAX_OWNER) {
            throw InvalidInputException.unprocessable("keyfigures.board.error.owner",
                    "The owner may be at most " + MAX_OWNER + " characters.");
        }
        return value.isEmpty() ? null : value;
    }
}
