package dk.tilknyt.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.absence.AbsenceType;
import dk.tilknyt.absence.AbsenceWriter;
import dk.tilknyt.people.EmploymentWriter;
import dk.tilknyt.people.Person;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/**
 * The writers' bulk path (COPY in binary on PostgreSQL, batches on H2) stores values exactly, and a
 * large load that rebuilds the table's indexes leaves them as they were, also when it is rolled back.
 */
@DatabaseTest
class BulkWritingTest {

    @Autowired
    AbsenceWriter absences;
    @Autowired
    EmploymentWriter employments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate tx;

    @BeforeEach
    void onePerson() {
        DatabaseCleaner.clean(dataSource);
        tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(s -> employments.write(new EmploymentWriter.EmploymentChanges(
                List.of(new Person("p1", 1980)), List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    void decimalsDatesAndNullsArriveExactly() {
        String[] hours = {"0.00", "0.01", "7.50", "37.25", "12345.67", "999999.99", "10000.00", "0.10"};
        List<Absence> rows = new ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            rows.add(absence("a" + i, LocalDate.of(1999, 12, 31).plusDays(400L * i), new BigDecimal(hours[i])));
        }
        rows.add(new Absence("open", "p1", "e1", AbsenceType.CHILD_SICK, LocalDate.of(2030, 1, 1), null, 50, null));
        tx.executeWithoutResult(s -> absences.write(rows, List.of(), List.of()));

        assertThat(jdbc.sql("select id, start_date, end_date, extent_pct, hours, employment_id, type from absence order by id")
                .query((rs, n) -> new Absence(rs.getString(1), "p1", rs.getString(6), AbsenceType.fromCode(rs.getString(7)),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getBigDecimal(5)))
                .list())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("hours")
                .containsExactlyInAnyOrderElementsOf(rows);
        for (int i = 0; i < hours.length; i++) {
            assertThat(jdbc.sql("select hours from absence where id = ?").param("a" + i).query(BigDecimal.class).single())
                    .isEqualByComparingTo(hours[i]);
        }
        assertThat(jdbc.sql("select hours from absence where id = 'open'").query(BigDecimal.class).optional()).isEmpty();
    }

    @Test
    void manyUpdatesAndDeletesGoThroughInOneStatementEach() {
        List<Absence> rows = IntStream.range(0, 2_500).mapToObj(i -> absence("a" + i, LocalDate.of(2000, 1, 1).plusDays(2L * i), null)).toList();
        tx.executeWithoutResult(s -> absences.write(rows, List.of(), List.of()));
        List<Absence> changed = rows.subList(0, 1_200).stream()
                .map(a -> new Absence(a.id(), a.personId(), null, AbsenceType.LEAVE, a.start(), a.end(), 20, new BigDecimal("3.25")))
                .toList();
        List<String> removed = rows.subList(1_200, 2_400).stream().map(Absence::id).toList();
        tx.executeWithoutResult(s -> absences.write(List.of(), changed, removed));

        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isEqualTo(1_300);
        assertThat(jdbc.sql("select count(*) from absence where type = 'leave' and extent_pct = 20 and hours = 3.25 and employment_id is null")
                .query(Long.class).single()).isEqualTo(1_200);
    }

    @Test
    void aLargeLoadRebuildsTheIndexesItDroppedAndARollbackKeepsThem() throws SQLException {
        assumeTrue(isPostgres(), "index rebuilding is PostgreSQL's");
        List<String> before = indexesAndKeys();
        List<Absence> rows = IntStream.range(0, 60_000)
                .mapToObj(i -> absence("a" + i, LocalDate.of(1950, 1, 1).plusDays(2L * i), null)).toList();

        tx.executeWithoutResult(s -> {
            absences.write(rows, List.of(), List.of());
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isZero();
        assertThat(indexesAndKeys()).isEqualTo(before);

        tx.executeWithoutResult(s -> absences.write(rows, List.of(), List.of()));
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isEqualTo(60_000);
        assertThat(indexesAndKeys()).isEqualTo(before).contains("absence_pkey", "absence_person", "absence_person_id_fkey");
    }

    private List<String> indexesAndKeys() {
        List<String> names = new ArrayList<>(jdbc.sql("select indexname from pg_indexes where tablename = 'absence'")
                .query(String.class).list());
        names.addAll(jdbc.sql("select conname from pg_constraint where conrelid = 'absence'::regclass and contype in ('p', 'f', 'u')")
                .query(String.class).list());
        names.sort(null);
        return names;
    }

    private boolean isPostgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    private static Absence absence(String id, LocalDate start, BigDecimal hours) {
        return new Absence(id, "p1", "e1", AbsenceType.SICK, start, start.plusDays(1), 100, hours);
    }
}
