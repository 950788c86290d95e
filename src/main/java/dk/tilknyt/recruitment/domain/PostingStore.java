package dk.tilknyt.recruitment.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingOutcome;

/** Postings and applications in the V1 tables (plus V7's columns), on H2 and PostgreSQL alike. */
@Repository
public class PostingStore {

    static final String POSTING_COLUMNS = """
            p.id, p.unit_id, p.job_family, p.title, p.employment_type, p.weekly_hours, p.published_date, p.deadline,
            p.reposting_of, p.outcome, p.filled_date, p.channels, p.full_time""";
    static final String APPLICATION_COLUMNS = """
            a.id, a.posting_id, a.applied_date, a.furthest_stage, a.outcome, a.withdrawn_reason, a.employment_id,
            a.called_before_interview""";

    private final JdbcClient jdbc;

    PostingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which postings a list shows: {@code units == null} means every unit. */
    public record PostingFilter(Set<String> units, PostingOutcome outcome, String jobFamily) {
    }

    /** A posting as a list shows it: with its number of applications and the posting that re-posted it. */
    public record PostingLine(Posting posting, int applications, String repostedBy) {
    }

    public Optional<Posting> find(String id) {
        return jdbc.sql("select " + POSTING_COLUMNS + " from posting p where p.id = ?").param(id)
                .query(PostingStore::posting).optional();
    }

    /** The posting that re-posts this one, if any (there is at most one). */
    public Optional<String> repostedBy(String id) {
        return jdbc.sql("select id from posting where reposting_of = ?").param(id).query(String.class).optional();
    }

    /** The chain the posting belongs to, walked through {@code reposting_of} both ways (key-figures.md). */
    public List<Posting> chainOf(Posting posting) {
        LinkedList<Posting> chain = new LinkedList<>();
        Set<String> seen = new HashSet<>();
        chain.add(posting);
        seen.add(posting.id());
        for (Posting p = posting; p.repostingOf() != null; ) {
            p = find(p.repostingOf()).orElse(null);
            if (p == null || !seen.add(p.id())) {
                break;
            }
            chain.addFirst(p);
        }
        for (String next = repostedBy(posting.id()).orElse(null); next != null && seen.add(next);
                next = repostedBy(next).orElse(null)) {
            find(next).ifPresent(chain::addLast);
        }
        return List.copyOf(chain);
    }

    public List<Posting> all() {
        return jdbc.sql("select " + POSTING_COLUMNS + " from posting p order by p.published_date, p.id")
                .query(PostingStore::posting).list();
    }

    public List<PostingLine> lines(PostingFilter filter, int limit, int offset) {
        Where where = where(filter);
        if (where.empty()) {
            return List.of();
        }
        return jdbc.sql("select " + POSTING_COLUMNS + """
                        , (select count(*) from application a where a.posting_id = p.id) as applications,
                        (select r.id from posting r where r.reposting_of = p.id) as reposted_by
                        from posting p""" + where.sql() + " order by p.deadline desc, p.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new PostingLine(posting(rs, n), rs.getInt("applications"), rs.getString("reposted_by")))
                .list();
    }

    public long count(PostingFilter filter) {
        Where where = where(filter);
        return where.empty() ? 0
                : jdbc.sql("select count(*) from posting p" + where.sql()).params(where.params()).query(Long.class).single();
    }

    public void insert(Posting p) {
        jdbc.sql("""
                insert into posting (id, unit_id, job_family, title, employment_type, weekly_hours, published_date,
                                     deadline, reposting_of, outcome, filled_date, channels, full_time)
                values (:id, :unit, :family, :title, :type, :hours, :published, :deadline, :repostingOf, :outcome,
                        :filled, :channels, :fullTime)""")
                .params(postingParams(p)).update();
    }

    public void update(Posting p) {
        jdbc.sql("""
                update posting set unit_id = :unit, job_family = :family, title = :title, employment_type = :type,
                       weekly_hours = :hours, published_date = :published, deadline = :deadline,
                       reposting_of = :repostingOf, outcome = :outcome, filled_date = :filled, channels = :channels,
                       full_time = :fullTime
                where id = :id""")
                .params(postingParams(p)).update();
    }

    public Optional<Application> application(String id) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + " from application a where a.id = ?").param(id)
                .query(PostingStore::application).optional();
    }

    public List<Application> applications(String postingId) {
        return jdbc.sql("select " + APPLICATION_COLUMNS + " from application a where a.posting_id = ? "
                        + "order by a.applied_date, a.id")
                .param(postingId).query(PostingStore::application).list();
    }

    /** Number of applications per posting id (postings without any are absent). */
    public Map<String, Integer> applicationCounts() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select posting_id, count(*) from application group by posting_id")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    public List<Application> allApplications() {
        return jdbc.sql("select " + APPLICATION_COLUMNS + " from application a order by a.posting_id, a.id")
                .query(PostingStore::application).list();
    }

    /** Applications to postings in the units ({@code null} = all) whose deadline lies in [from, to]. */
    public List<Application> applicationsToPostings(Set<String> units, LocalDate from, LocalDate to) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String unitClause = units == null ? "" : " and p.unit_id in (:units)";
        var spec = jdbc.sql("select " + APPLICATION_COLUMNS + " from application a join posting p on p.id = a.posting_id "
                        + "where p.deadline between :from and :to" + unitClause + " order by a.posting_id, a.id")
                .param("from", from).param("to", to);
        if (units != null) {
            spec = spec.param("units", units);
        }
        return spec.query(PostingStore::application).list();
    }

    /** Another application already linked to this employment, if any. */
    public Optional<String> applicationWithEmployment(String employmentId, String exceptApplicationId) {
        return jdbc.sql("select id from application where employment_id = ? and id <> ? order by id")
                .params(employmentId, exceptApplicationId).query(String.class).optional();
    }

    /** Every channel code stored postings use. */
    public Set<String> channelsInUse() {
        Set<String> channels = new java.util.TreeSet<>();
        jdbc.sql("select distinct channels from posting where channels is not null").query(String.class).list()
                .forEach(value -> channels.addAll(channels(value)));
        return channels;
    }

    /** Employment ids that applications are linked to. */
    public Set<String> linkedEmployments() {
        return Set.copyOf(jdbc.sql("select distinct employment_id from application where employment_id is not null")
                .query(String.class).list());
    }

    public void insert(Application a) {
        jdbc.sql("""
                insert into application (id, posting_id, applied_date, furthest_stage, outcome, withdrawn_reason,
                                         employment_id, called_before_interview)
                values (:id, :posting, :applied, :stage, :outcome, :reason, :employment, :called)""")
                .params(applicationParams(a)).update();
    }

    public void update(Application a) {
        jdbc.sql("""
                update application set furthest_stage = :stage, outcome = :outcome, withdrawn_reason = :reason,
                       employment_id = :employment, called_before_interview = :called
                where id = :id""")
                .params(applicationParams(a)).update();
    }

    /**
     * The next free readable id for this prefix and year, e.g. {@code P-2026-0042}. The counter row is
     * locked by the update until the transaction ends, so two users never get the same number; ids taken by
     * imported rows are skipped.
     */
    public String nextId(String prefix, int year, int digits, String table) {
        String counter = prefix + "-" + year;
        jdbc.sql("insert into recruitment_counter (name, last_value) values (?, 0) on conflict do nothing")
                .param(counter).update();
        while (true) {
            jdbc.sql("update recruitment_counter set last_value = last_value + 1 where name = ?").param(counter).update();
            int n = jdbc.sql("select last_value from recruitment_counter where name = ?").param(counter)
                    .query(Integer.class).single();
            String id = String.format("%s-%d-%0" + digits + "d", prefix, year, n);
            if (jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single() == 0) {
                return id;
            }
        }
    }

    private record Where(String sql, Map<String, Object> params, boolean empty) {
    }

    private static Where where(PostingFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.units() != null) {
            if (filter.units().isEmpty()) {
                return new Where("", params, true);
            }
            clauses.add("p.unit_id in (:units)");
            params.put("units", filter.units());
        }
        if (filter.outcome() != null) {
            clauses.add("p.outcome = :outcome");
            params.put("outcome", filter.outcome().code());
        }
        if (filter.jobFamily() != null) {
            clauses.add("p.job_family = :family");
            params.put("family", filter.jobFamily());
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params, false);
    }

    private static Map<String, Object> postingParams(Posting p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("unit", p.unitId());
        m.put("family", p.jobFamily());
        m.put("title", p.title());
        m.put("type", p.employmentType());
        m.put("hours", p.weeklyHours());
        m.put("published", p.publishedDate());
        m.put("deadline", p.deadline());
        m.put("repostingOf", p.repostingOf());
        m.put("outcome", p.outcome().code());
        m.put("filled", p.filledDate());
        m.put("channels", p.channels().isEmpty() ? null : String.join("|", p.channels()));
        m.put("fullTime", p.fullTime());
        return m;
    }

    private static Map<String, Object> applicationParams(Application a) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id());
        m.put("posting", a.postingId());
        m.put("applied", a.appliedDate());
        m.put("stage", a.furthestStage());
        m.put("outcome", a.outcome());
        m.put("reason", a.withdrawnReason());
        m.put("employment", a.employmentId());
        m.put("called", a.calledBeforeInterview());
        return m;
    }

    public static Posting posting(ResultSet rs, int row) throws SQLException {
        return new Posting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                PostingOutcome.fromCode(rs.getString(10)), rs.getObject(11, LocalDate.class), channels(rs.getString(12)),
                (Boolean) rs.getObject(13));
    }

    public static Application application(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8));
    }

    static List<String> channels(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
