package dk.tilknyt.keyfigures.targets;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.keyfigures.FigureCode;

/** Targets in {@code keyfigure_target}. */
@Repository
public class TargetStore {

    private static final String COLUMNS = "id, unit_id, figure_code, kind, direction, amount, baseline_year, deadline, strategy, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    TargetStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a person asks for; checked by {@link Targets} before it is stored. */
    public record NewTarget(String unitId, FigureCode figure, Target.Kind kind, Target.Direction direction,
            BigDecimal amount, Integer baselineYear, LocalDate deadline, boolean strategy) {
    }

    public long insert(NewTarget target, String username) {
        return jdbc.sql("""
                insert into keyfigure_target (unit_id, figure_code, kind, direction, amount, baseline_year, deadline,
                    strategy, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(target.unitId(), target.figure().code(), code(target.kind()), code(target.direction()),
                        target.amount(), target.baselineYear(), target.deadline(), target.strategy(), username,
                        OffsetDateTime.now(clock))
                .update() == 1 ? latestId(target.unitId()) : -1;
    }

    private long latestId(String unitId) {
        return jdbc.sql("select max(id) from keyfigure_target where unit_id = ?").param(unitId).query(Long.class).single();
    }

    /** Strategy targets first, then by deadline. */
    public List<Target> forUnit(String unitId) {
        return jdbc.sql("select " + COLUMNS + " from keyfigure_target where unit_id = ? order by strategy desc, deadline, id")
                .param(unitId).query(TargetStore::target).list();
    }

    public Optional<Target> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from keyfigure_target where id = ?").param(id)
                .query(TargetStore::target).optional();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from keyfigure_target where id = ?").param(id).update() == 1;
    }

    private static Target target(ResultSet rs, int row) throws SQLException {
        int year = rs.getInt("baseline_year");
        Integer baselineYear = rs.wasNull() ? null : year;
        return new Target(rs.getLong("id"), rs.getString("unit_id"),
                FigureCode.fromCode(rs.getString("figure_code")).orElseThrow(),
                Target.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                Target.Direction.valueOf(rs.getString("direction").toUpperCase(Locale.ROOT)),
                rs.getBigDecimal("amount").stripTrailingZeros(), baselineYear, rs.getObject("deadline", LocalDate.class),
                rs.getBoolean("strategy"), rs.getObject("created_at", OffsetDateTime.class).toLocalDate());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
