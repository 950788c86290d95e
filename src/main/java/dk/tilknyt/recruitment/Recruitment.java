package dk.tilknyt.recruitment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to postings and applications. */
@Service
public class Recruitment {

    private final JdbcClient jdbc;

    Recruitment(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Posting> postings() {
        return jdbc.sql("""
                select id, unit_id, job_family, title, employment_type, weekly_hours, published_date, deadline,
                       reposting_of, outcome, filled_date, channels
                from posting order by published_date, id""")
                .query((rs, n) -> new Posting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), PostingOutcome.fromCode(rs.getString(10)),
                        rs.getObject(11, LocalDate.class), channels(rs.getString(12))))
                .list();
    }

    public List<Application> applications() {
        return jdbc.sql("""
                select id, posting_id, applied_date, furthest_stage, outcome, withdrawn_reason, employment_id
                from application order by posting_id, id""")
                .query((rs, n) -> new Application(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static List<String> channels(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).toList();
    }
}
