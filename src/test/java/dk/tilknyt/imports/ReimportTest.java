package dk.tilknyt.imports;

import static dk.tilknyt.imports.BadFilesTest.ABS;
import static dk.tilknyt.imports.BadFilesTest.EMP;
import static dk.tilknyt.imports.BadFilesTest.ORG;
import static dk.tilknyt.imports.BadFilesTest.POS;
import static dk.tilknyt.imports.ImportFixtures.csv;
import static dk.tilknyt.imports.ImportFixtures.file;
import static dk.tilknyt.imports.ImportFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/** import-format.md "Idempotent": keyed by id, upsert inserts and updates, replace also deletes. */
@DatabaseTest
@Import(ReimportTest.Events.class)
class ReimportTest {

    @Autowired
    Importer importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Events events;

    @TestConfiguration
    static class Events {
        final List<Object> seen = new ArrayList<>();

        @EventListener
        void on(ImportCompleted event) {
            seen.add(event);
        }

        @EventListener
        void on(AbsencesChanged event) {
            seen.add(event);
        }
    }

    @BeforeEach
    void fixtureMunicipality() {
        DatabaseCleaner.clean(dataSource);
        ImportFixtures.loadAll(importer);
        events.seen.clear();
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        for (ImportKind kind : ImportKind.values()) {
            ImportResult again = ImportFixtures.load(importer, kind);
            assertThat(again.unchanged()).as(kind.code()).isEqualTo(again.rows()).isPositive();
            assertThat(again.inserted() + again.updated() + again.deleted()).as(kind.code()).isZero();
        }
        assertThat(events.seen).doesNotContain(new AbsencesChanged());
    }

    @Test
    void replacingWithTheSameFilesChangesNothingEither() {
        for (ImportKind kind : ImportKind.values()) {
            ImportResult again = importer.run(kind, ImportMode.REPLACE, source("f.csv", file(kind.code())), "test");
            assertThat(again.unchanged()).as(kind.code()).isEqualTo(again.rows());
            assertThat(again.deleted()).as(kind.code()).isZero();
        }
    }

    @Test
    void upsertCountsNewAndChangedRowsAndKeepsTheRest() {
        ImportResult result = importer.run(ImportKind.ABSENCES, ImportMode.UPSERT, source("a.csv", csv(ABS,
                "a1;p1;;sick;2024-01-08;2024-01-11;;",
                "a2;p1;e1;vacation;2024-07-01;2024-07-19;;",
                "a9;p3;e3;sick;2024-09-02;;50;")), "test");
        assertThat(result).extracting(ImportResult::rows, ImportResult::inserted, ImportResult::updated,
                ImportResult::deleted, ImportResult::unchanged).containsExactly(3L, 1L, 1L, 0L, 1L);
        assertThat(jdbc.sql("select count(*) from absence").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select end_date from absence where id = 'a1'").query(LocalDate.class).single())
                .isEqualTo("2024-01-11");
        assertThat(events.seen).contains(new AbsencesChanged(),
                new ImportCompleted(ImportKind.ABSENCES, ImportMode.UPSERT, 3, 1, 1, 0, 1));
    }

    @Test
    void replaceDeletesStoredRowsThatAreNotInTheFile() {
        ImportResult result = importer.run(ImportKind.ABSENCES, ImportMode.REPLACE, source("a.csv", csv(ABS,
                "a1;p1;;sick;2024-01-08;2024-01-10;;")), "test");
        assertThat(result).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::deleted,
                ImportResult::unchanged).containsExactly(0L, 0L, 3L, 1L);
        assertThat(jdbc.sql("select id from absence").query(String.class).list()).containsExactly("a1");
    }

    @Test
    void replacingTheOrgTreeMovesAndRemovesUnitsInAnOrderTheDatabaseAccepts() {
        // a new area "syd" between nord and its units would be a move; here "nord" is replaced by "syd"
        // after first moving the units with employments, and a leaf without anything is removed.
        importer.run(ImportKind.ORG_UNITS, ImportMode.UPSERT, source("o.csv", csv(ORG,
                "tom;Tom enhed;nord;unit", "tom2;Tom team;tom;team")), "test");
        ImportResult result = importer.run(ImportKind.ORG_UNITS, ImportMode.REPLACE, source("o.csv", csv(ORG,
                "kom;Kommune;;municipality", "sund;Sundhed og Omsorg;kom;department", "syd;Område Syd;sund;area",
                "sol;Plejecenter Solhøj;syd;unit", "hjem;Hjemmeplejen;syd;unit")), "test");
        assertThat(result).extracting(ImportResult::inserted, ImportResult::updated, ImportResult::deleted,
                ImportResult::unchanged).containsExactly(1L, 2L, 3L, 2L);
        assertThat(jdbc.sql("select parent_id from org_unit where id = 'sol'").query(String.class).single()).isEqualTo("syd");
    }

    @Test
    void employmentsCreatePersonsAndCorrectTheirBirthYearWhenAllTheirRowsAreInTheFile() {
        importer.run(ImportKind.EMPLOYMENTS, ImportMode.UPSERT, source("e.csv", csv(EMP,
                "e3;2022-01-01;;p3;hjem;nurse;temporary;37,5;;1990;",
                "e9;2024-01-01;;p9;sol;nurse;permanent;37;;2001;night")), "test");
        assertThat(jdbc.sql("select id, birth_year from person order by id").query((rs, n) -> rs.getString(1) + "=" + rs.getObject(2)).list())
                .containsExactly("p1=1980", "p2=1975", "p3=1990", "p9=2001");
    }

    @Test
    void anUnchangedRowIsRecognisedWhateverTheDecimalOrDateNotation() {
        ImportResult result = importer.run(ImportKind.EMPLOYMENTS, ImportMode.UPSERT, source("e.csv", csv(EMP,
                "e3;01-01-2022;;p3;hjem;nurse;TEMPORARY;37.50;;;")), "test");
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(jdbc.sql("select weekly_hours from employment_segment where employment_id = 'e3'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("37.5");
    }

    @Test
    void aRepostingMayMoveToAnotherPostingInOneFile() {
        // j2 re-posts j1; now j2 re-posts j3 and a new j4 re-posts j1
        ImportResult result = importer.run(ImportKind.POSTINGS, ImportMode.UPSERT, source("p.csv", csv(POS,
                "j2;sol;sosu_assistant;\"SOSU-assistent; genopslag\";permanent;32;2024-02-01;2024-02-20;j3;filled;2024-03-01;jobnet",
                "j4;sol;sosu_assistant;;permanent;32;2024-05-01;2024-05-20;j1;open;;")), "test");
        assertThat(result).extracting(ImportResult::inserted, ImportResult::updated).containsExactly(1L, 1L);
        assertThat(jdbc.sql("select reposting_of from posting where id = 'j4'").query(String.class).single()).isEqualTo("j1");
    }

    @Test
    void unknownColumnsAreIgnoredWithAWarning() {
        ImportResult result = importer.run(ImportKind.ORG_UNITS, ImportMode.UPSERT, source("o.csv", csv(ORG + ";Leder",
                "sol;Plejecenter Solhøj;nord;unit;Hanne")), "test");
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.warnings()).extracting(ImportProblem::messageKey, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.header.unknown", "leder"));
    }

    @Test
    void everyImportIsInTheHistoryWithWhoAndCounts() {
        importer.run(ImportKind.ABSENCES, ImportMode.UPSERT, source("fravaer-maj.csv", csv(ABS,
                "a9;p3;e3;sick;2024-09-02;;50;")), "hr.anne");
        assertThat(jdbc.sql("select username, filename, kind, mode, status, rows, inserted from import_run "
                        + "order by id desc limit 1")
                .query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7))).single())
                .isEqualTo("hr.anne|fravaer-maj.csv|absences|upsert|ok|1|1");
    }
}
