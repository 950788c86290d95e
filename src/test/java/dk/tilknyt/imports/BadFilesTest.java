package dk.tilknyt.imports;

import static dk.tilknyt.imports.ImportFixtures.counts;
import static dk.tilknyt.imports.ImportFixtures.csv;
import static dk.tilknyt.imports.ImportFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;

/**
 * import-format.md "All or nothing": each bad file is rejected with the error where it is (line, column,
 * what is wrong) and nothing of it is stored. The fixture municipality is stored before each case.
 */
@DatabaseTest
class BadFilesTest {

    static final String ORG = "unit_id;name;parent_id;level";
    static final String EMP = "employment_id;segment_start;segment_end;person_id;unit_id;job_family;employment_type;"
            + "weekly_hours;departure_reason;birth_year;shift_layer";
    static final String ABS = "absence_id;person_id;employment_id;type;start_date;end_date;extent_pct;hours";
    static final String POS = "posting_id;unit_id;job_family;title;employment_type;weekly_hours;published_date;"
            + "deadline;reposting_of;outcome;filled_date;channels";
    static final String APP = "application_id;posting_id;applied_date;furthest_stage;outcome;withdrawn_reason;employment_id";

    @Autowired
    Importer importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void fixtureMunicipality() {
        DatabaseCleaner.clean(dataSource);
        ImportFixtures.loadAll(importer);
    }

    // --- the file as a whole ---

    @Test
    void anEmptyFileIsRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, ""), 1, null, "import.file.empty");
    }

    @Test
    void aHeaderOnlyFileIsFineAndStoresNothing() {
        Map<String, Long> before = counts(jdbc);
        ImportResult result = importer.run(ImportKind.ABSENCES, ImportMode.UPSERT, source("a.csv", csv(ABS)), "test");
        assertThat(result.rows()).isZero();
        assertThat(counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedNamingTheFirstBadLine() {
        byte[] ansi = csv(ORG, "kom;Kommune;;municipality", "ost;Område Øst;sund;area").getBytes(Charset.forName("windows-1252"));
        ImportRejected e = rejected(ImportKind.ORG_UNITS, ImportMode.UPSERT, ImportSource.of("o.csv", "text/csv", ansi));
        assertProblem(e, 3, null, "import.file.notUtf8");
        assertThat(e.problems().getFirst().message(messages, Locale.ENGLISH)).contains("not saved as UTF-8", "line 3");
    }

    @Test
    void oneColumnGarbageIsRejectedAsAnUnknownDelimiter() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv("unit_id\tname\tparent_id\tlevel", "kom\tKommune\t\tmunicipality")),
                1, null, "import.header.oneColumn");
    }

    @Test
    void aMissingRequiredColumnIsRejected() {
        ImportRejected e = rejected(ImportKind.ABSENCES, csv("absence_id;person_id;start_date", "a9;p1;2024-05-01"));
        assertProblem(e, 1, "type", "import.header.missing");
        assertThat(e.problems().getFirst().message(messages, Locale.of("da")))
                .isEqualTo("Den påkrævede kolonne \"type\" mangler i overskriftsrækken.");
    }

    @Test
    void aColumnTwiceIsRejected() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv(ORG + ";name", "x;X;kom;unit;Y")), 1, "name", "import.header.duplicate");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejected() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv(ORG, "x;X;kom;unit;extra")), 2, null, "import.row.tooManyCells");
    }

    @Test
    void everyErrorIsListedNotOnlyTheFirst() {
        ImportRejected e = rejected(ImportKind.ABSENCES, csv(ABS,
                "a10;p1;;sygdom;2024-05-01;;;",
                "a11;p1;;sick;2024-05-40;;;",
                "a12;p1;;sick;2024-06-01;;0;"));
        assertThat(e.errorCount()).isEqualTo(3);
        assertProblem(e, 2, "type", "import.value.code");
        assertProblem(e, 3, "start_date", "import.value.date");
        assertProblem(e, 4, "extent_pct", "import.value.range");
    }

    @Test
    void onlyTheFirstThousandErrorsAreListedButAllAreCounted() {
        StringBuilder text = new StringBuilder(ABS + "\n");
        for (int i = 0; i < 1_500; i++) {
            text.append("x").append(i).append(";p1;;nonsense;2024-05-01;2024-05-01;;\n");
        }
        ImportRejected e = rejected(ImportKind.ABSENCES, text.toString());
        assertThat(e.problems()).hasSize(1_000);
        assertThat(e.errorCount()).isEqualTo(1_500);
    }

    @Test
    void aBadRowAfterThousandsOfGoodOnesStillStoresNothing() {
        // enough rows that the good ones are already on their way to the database when the bad one comes
        StringBuilder text = new StringBuilder(ABS + "\n");
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 12_000; i++) {
            text.append("b").append(i).append(";p1;e1;vacation;").append(day.plusDays(i)).append(";;;\n");
        }
        text.append("b-last;p1;e1;vacation;2099-13-01;;;\n");
        assertProblem(rejected(ImportKind.ABSENCES, text.toString()), 12_002, "start_date", "import.value.date");
    }

    @Test
    void aValidChangeInARejectedFileIsNotStoredEither() {
        rejected(ImportKind.ORG_UNITS, csv(ORG, "sol;Plejecenter Solhøj (nyt navn);nord;unit", "x;X;nowhere;unit"));
        assertThat(jdbc.sql("select name from org_unit where id = 'sol'").query(String.class).single())
                .isEqualTo("Plejecenter Solhøj");
    }

    // --- values ---

    @Test
    void anUnknownCodeIsRejected() {
        ImportRejected e = rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;;sygdom;2024-05-01;2024-05-02;;"));
        assertProblem(e, 2, "type", "import.value.code");
        assertThat(e.problems().getFirst().message(messages, Locale.ENGLISH))
                .contains("sick, work_injury, child_sick, maternity, vacation, care_day, leave, other");
    }

    @Test
    void aBadDateIsRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;;sick;2024/05/01;;;")), 2, "start_date", "import.value.date");
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;;sick;2024-05-03;2024-05-01;;")),
                2, "end_date", "import.dates.endBeforeStart");
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-05-03;2024-05-01;p9;sol;nurse;permanent;37;;;")),
                2, "segment_end", "import.dates.endBeforeStart");
    }

    @Test
    void weeklyHoursOfZeroOrOverFortyEightAreRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;p9;sol;nurse;permanent;0;;;")),
                2, "weekly_hours", "import.value.rangeAbove");
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;p9;sol;nurse;permanent;60;;;")),
                2, "weekly_hours", "import.value.rangeAbove");
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS, "j9;sol;nurse;;permanent;48,5;2024-01-01;2024-01-10;;open;;")),
                2, "weekly_hours", "import.value.rangeAbove");
    }

    @Test
    void anExtentOfZeroOrOverAHundredIsRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;;sick;2024-05-01;;0;")), 2, "extent_pct", "import.value.range");
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;;sick;2024-05-01;;101;")), 2, "extent_pct", "import.value.range");
    }

    @Test
    void anIdLongerThanSixtyFourCharactersIsRejected() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv(ORG, "u".repeat(65) + ";Lang;kom;unit")), 2, "unit_id", "import.value.tooLong");
    }

    @Test
    void aMissingRequiredValueIsRejected() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv(ORG, "x;;kom;unit")), 2, "name", "import.value.required");
    }

    @Test
    void aBirthYearThatIsNotFourDigitsIsRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;p9;sol;nurse;permanent;37;;80;")),
                2, "birth_year", "import.value.birthYear");
    }

    @Test
    void aDepartureReasonOnARunningSegmentIsRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;p9;sol;nurse;permanent;37;resigned;;")),
                2, "departure_reason", "import.employment.departureWithoutEnd");
    }

    @Test
    void aDuplicateIdInOneFileIsRejected() {
        ImportRejected e = rejected(ImportKind.ABSENCES, csv(ABS,
                "a9;p1;;sick;2024-05-01;2024-05-01;;", "a9;p1;;sick;2024-06-01;2024-06-01;;"));
        assertProblem(e, 3, "absence_id", "import.id.duplicate");
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP,
                        "e9;2024-01-01;;p9;sol;nurse;permanent;37;;;", "e9;2024-01-01;;p9;sol;nurse;permanent;30;;;")),
                3, "segment_start", "import.employment.duplicate");
    }

    // --- CPR numbers ---

    @Test
    void aCprNumberInAnyColumnIsRejectedAndNeverEchoed() {
        ImportRejected e = rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;0101901234;sol;nurse;permanent;37;;;"));
        assertProblem(e, 2, "person_id", "import.value.cpr");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().getFirst().value()).isEqualTo("010190-****");
    }

    @Test
    void aCprNumberWithADashInAnUnknownColumnIsRejectedToo() {
        ImportRejected e = rejected(ImportKind.ABSENCES, csv(ABS + ";note", "a9;p1;;sick;2024-05-01;;;;ring 010190-1234"));
        assertProblem(e, 2, "note", "import.value.cpr");
        assertThat(e.problems().getFirst().value()).isEqualTo("ring 010190-****");
    }

    // --- references ---

    @Test
    void anUnknownUnitIsRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;p9;vest;nurse;permanent;37;;;")),
                2, "unit_id", "import.ref.unit");
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS, "j9;vest;nurse;;permanent;37;2024-01-01;2024-01-10;;open;;")),
                2, "unit_id", "import.ref.unit");
    }

    @Test
    void anUnknownParentIsRejected() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv(ORG, "x;X;nowhere;unit")), 2, "parent_id", "import.ref.parent");
    }

    @Test
    void anUnknownJobFamilyIsRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e9;2024-01-01;;p9;sol;cook;permanent;37;;;")),
                2, "job_family", "import.value.code");
    }

    @Test
    void anAbsenceOfAnUnknownPersonIsRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p99;;sick;2024-05-01;;;")), 2, "person_id", "import.ref.person");
    }

    @Test
    void anAbsenceWithoutAnEmploymentCoveringItIsRejected() {
        // p3's only employment starts 2022-01-01
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p3;;sick;2021-05-01;2021-05-03;;")),
                2, "start_date", "import.absence.noEmployment");
        // e2 of p2 ended 2024-06-30
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p2;e2;sick;2024-08-01;2024-08-03;;")),
                2, "start_date", "import.absence.noEmployment");
    }

    @Test
    void anAbsenceNamingAnotherPersonsEmploymentIsRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;e3;sick;2024-05-01;;;")),
                2, "employment_id", "import.absence.employmentOfOther");
    }

    @Test
    void anApplicationToAnUnknownPostingIsRejectedButAnUnknownEmploymentIsNot() {
        ImportRejected e = rejected(ImportKind.APPLICATIONS, csv(APP,
                "ap9;j99;2024-05-01;applied;pending;;", "ap10;j3;2024-05-01;hired;hired;;e-later"));
        assertProblem(e, 2, "posting_id", "import.ref.posting");
        assertThat(e.errorCount()).isEqualTo(1);
    }

    // --- rules across rows ---

    @Test
    void overlappingSegmentsOfOneEmploymentAreRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP,
                        "e9;2024-01-01;2024-06-30;p9;sol;nurse;permanent;37;;;",
                        "e9;2024-06-01;;p9;sol;nurse;permanent;30;;;")),
                3, "segment_start", "import.employment.overlap");
        // against a stored segment of e1 (2023-01-01, still running)
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e1;2024-01-01;;p1;sol;sosu_assistant;permanent;30;;;")),
                2, "segment_start", "import.employment.overlapStored");
    }

    @Test
    void segmentsOfOneEmploymentWithTwoPersonsAreRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP,
                        "e9;2023-01-01;2023-12-31;p8;sol;nurse;permanent;37;;;",
                        "e9;2024-01-01;;p9;sol;nurse;permanent;30;;;")),
                3, "person_id", "import.employment.twoPersons");
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e1;2019-01-01;2019-12-31;p2;sol;sosu_assistant;permanent;37;;;")),
                2, "person_id", "import.employment.twoPersonsStored");
    }

    @Test
    void anInconsistentBirthYearIsRejected() {
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP,
                        "e8;2024-01-01;;p9;sol;nurse;permanent;37;;1980;",
                        "e9;2024-01-01;;p9;hjem;nurse;permanent;10;;1981;")),
                3, "birth_year", "import.employment.birthYear");
        // p1 has stored segments not in this file, with birth year 1980
        assertProblem(rejected(ImportKind.EMPLOYMENTS, csv(EMP, "e10;2024-01-01;;p1;hjem;nurse;hourly;5;;1979;")),
                2, "birth_year", "import.employment.birthYearStored");
    }

    @Test
    void absencesCoveringTheSameDayTwiceAreRejected() {
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS,
                        "a9;p1;;sick;2024-05-01;2024-05-10;;",
                        "a10;p1;e1;child_sick;2024-05-10;2024-05-10;;")),
                3, "start_date", "import.absence.overlap");
        // a1 is stored: p1 sick 2024-01-08..10, person-wide
        assertProblem(rejected(ImportKind.ABSENCES, csv(ABS, "a9;p1;e1;sick;2024-01-10;2024-01-12;;")),
                2, "start_date", "import.absence.overlapStored");
    }

    @Test
    void absencesOfTwoDifferentEmploymentsOnOneDayAreFine() {
        // p2 works in e2 (until 2024-06-30) and e4 (from 2023-05-01); a3 is e2 sick 2024-02-01..02
        ImportResult result = importer.run(ImportKind.ABSENCES, ImportMode.UPSERT,
                source("a.csv", csv(ABS, "a9;p2;e4;sick;2024-02-01;2024-02-02;;")), "test");
        assertThat(result.inserted()).isEqualTo(1);
    }

    @Test
    void aCycleInTheOrgTreeIsRejected() {
        ImportRejected e = rejected(ImportKind.ORG_UNITS, csv(ORG, "nord;Område Nord;sol;area"));
        assertProblem(e, 2, "parent_id", "import.org.circle");
        assertThat(e.problems().getFirst().message(messages, Locale.ENGLISH)).contains("nord → sol → nord");
    }

    @Test
    void twoRootsAreRejected() {
        assertProblem(rejected(ImportKind.ORG_UNITS, csv(ORG, "kom2;Nabokommune;;municipality")), 2, "parent_id", "import.org.roots");
    }

    @Test
    void aPostingRepostedTwiceIsRejected() {
        // j2 already re-posts j1
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS, "j9;sol;nurse;;permanent;37;2024-03-01;2024-03-10;j1;open;;")),
                2, "reposting_of", "import.posting.repostedTwiceStored");
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS,
                        "j8;sol;nurse;;permanent;37;2024-03-01;2024-03-10;j3;open;;",
                        "j9;sol;nurse;;permanent;37;2024-03-01;2024-03-10;j3;open;;")),
                3, "reposting_of", "import.posting.repostedTwice");
    }

    @Test
    void aRepostingChainInACircleIsRejected() {
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS, "j1;sol;sosu_assistant;;permanent;32;2024-01-05;2024-01-26;j2;reposted;;")),
                2, "reposting_of", "import.posting.circle");
    }

    @Test
    void aDeadlineBeforeThePublishedDateIsRejected() {
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS, "j9;sol;nurse;;permanent;37;2024-03-10;2024-03-01;;open;;")),
                2, "deadline", "import.posting.deadline");
    }

    @Test
    void aFilledPostingWithoutFilledDateIsRejected() {
        assertProblem(rejected(ImportKind.POSTINGS, csv(POS, "j9;sol;nurse;;permanent;37;2024-03-01;2024-03-10;;filled;;")),
                2, "filled_date", "import.posting.filledDate");
    }

    // --- replace may not delete what others use ---

    @Test
    void replacingOrgUnitsCannotDeleteAUnitWithEmployments() {
        ImportRejected e = rejected(ImportKind.ORG_UNITS, ImportMode.REPLACE, source("o.csv", csv(ORG,
                "kom;Kommune;;municipality", "sund;Sundhed og Omsorg;kom;department", "nord;Område Nord;sund;area",
                "sol;Plejecenter Solhøj;nord;unit")));
        assertProblem(e, 0, "unit_id", "import.org.inUse");
        assertThat(e.problems().getFirst().value()).isEqualTo("hjem");
        assertThat(e.problems().getFirst().message(messages, Locale.ENGLISH)).contains("2 employment segments and 1 postings");
    }

    @Test
    void replacingPostingsCannotDeleteAPostingWithApplications() {
        assertProblem(rejected(ImportKind.POSTINGS, ImportMode.REPLACE, source("p.csv", csv(POS,
                        "j3;hjem;nurse;Sygeplejerske;permanent;37;2024-04-01;2024-04-20;;open;;"))),
                0, "posting_id", "import.posting.inUse");
    }

    @Test
    void replacingEmploymentsCannotDeleteAnEmploymentAbsencesReferTo() {
        // a2 names e1; a3 names e2
        ImportRejected e = rejected(ImportKind.EMPLOYMENTS, ImportMode.REPLACE, source("e.csv", csv(EMP,
                "e3;2022-01-01;;p3;hjem;nurse;temporary;37,5;;;", "e4;2023-05-01;;p2;sol;sosu_helper;hourly;10;;1975;")));
        assertProblem(e, 0, "employment_id", "import.employment.inUse");
        assertThat(e.problems()).extracting(ImportProblem::value).containsExactly("e1", "e2");
    }

    @Test
    void aReplaceReferringToARowItDeletesIsAnUnknownReference() {
        assertProblem(rejected(ImportKind.ORG_UNITS, ImportMode.REPLACE, source("o.csv", csv(ORG,
                        "kom;Kommune;;municipality", "sol;Plejecenter Solhøj;nord;unit", "hjem;Hjemmeplejen Nord;nord;unit"))),
                3, "parent_id", "import.ref.parent");
    }

    // --- helpers ---

    private ImportRejected rejected(ImportKind kind, String text) {
        return rejected(kind, ImportMode.UPSERT, source(kind.code() + ".csv", text));
    }

    private ImportRejected rejected(ImportKind kind, ImportMode mode, ImportSource source) {
        Map<String, Long> before = counts(jdbc);
        long history = jdbc.sql("select count(*) from import_run where status = 'rejected'").query(Long.class).single();
        ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> importer.run(kind, mode, source, "test"));
        assertThat(rejected).as("the file is rejected").isNotNull();
        assertThat(counts(jdbc)).as("nothing is stored").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from import_run where status = 'rejected'").query(Long.class).single())
                .as("the rejection is in the history").isEqualTo(history + 1);
        return rejected;
    }

    private static void assertProblem(ImportRejected rejected, int line, String column, String messageKey) {
        assertThat(rejected.problems())
                .extracting(p -> p.line() + " | " + p.column() + " | " + p.messageKey())
                .contains(line + " | " + column + " | " + messageKey);
    }
}
