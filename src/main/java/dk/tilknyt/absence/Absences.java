package dk.tilknyt.absence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to absence rows. */
@Service
public class Absences {

    private static final int STREAM_FETCH_SIZE = 10_000;

    static final String COLUMNS = "id, person_id, employment_id, type, start_date, end_date, extent_pct, hours";

    private final JdbcClient jdbc;

    Absences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's absence rows, newest first. */
    public List<Absence> forPerson(String personId) {
        return jdbc.sql("select " + COLUMNS + " from absence where person_id = ? order by start_date desc, id")
                .param(personId).query(Absences::row).list();
    }

    /** Rows that overlap [from, to]. */
    public List<Absence> overlapping(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from absence where start_date <= :to and (end_date is null or end_date >= :from)")
                .param("from", from).param("to", to).query(Absences::row).list();
    }

    /**
     * Streams every stored row ordered by person and start, for in-memory engines. Inside a
     * transaction PostgreSQL then sends the rows in batches instead of all at once.
     */
    public void forEach(Consumer<Absence> consumer) {
        jdbc.sql("select " + COLUMNS + " from absence order by person_id, start_date")
                .withFetchSize(STREAM_FETCH_SIZE)
                .query(rs -> {
                    consumer.accept(row(rs, 0));
                });
    }

    static Absence row(ResultSet rs, int n) throws SQLException {
        return new Absence(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                AbsenceType.fromCode(rs.getString(4)),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getInt(7),
                rs.getBigDecimal(8));
    }
}
