package dk.tilknyt.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.tilknyt.shared.DanishCalendar;
import dk.tilknyt.shared.DateRange;

/** The generated municipality keeps the import format's rules and looks like real municipal HR data. */
class MunicipalityGeneratorTest {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 15);
    static final Pattern TEN_DIGITS = Pattern.compile("\\d{6}-?\\d{4}");

    @TempDir
    static Path dir;

    static GeneratedMunicipality municipality;
    static Map<String, String> parentOf = new HashMap<>();
    static List<Seg> segments = new ArrayList<>();
    static List<Map<String, String>> absences;
    static List<Map<String, String>> postings;
    static List<Map<String, String>> applications;

    record Seg(String employmentId, LocalDate start, LocalDate end, String personId, String unitId, String family,
               String type, double hours, String reason, String birthYear) {

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }

        boolean included() {
            return type.equals("permanent") || type.equals("temporary");
        }

        LocalDate endOr(LocalDate open) {
            return end == null ? open : end;
        }
    }

    @BeforeAll
    static void generate() {
        municipality = MunicipalityGenerator.write(new GeneratorSettings(1500, 5, LAST_DAY, 7L), dir.resolve("scale1"));
        CsvRows.read(municipality.file("org_units")).rows().forEach(r -> parentOf.put(r.get("unit_id"), r.get("parent_id")));
        for (Map<String, String> r : CsvRows.read(municipality.file("employments")).rows()) {
            segments.add(new Seg(r.get("employment_id"), CsvRows.date(r, "segment_start"), CsvRows.date(r, "segment_end"),
                    r.get("person_id"), r.get("unit_id"), r.get("job_family"), r.get("employment_type"),
                    Double.parseDouble(r.get("weekly_hours")), r.get("departure_reason"), r.get("birth_year")));
        }
        absences = CsvRows.read(municipality.file("absences")).rows();
        postings = CsvRows.read(municipality.file("postings")).rows();
        applications = CsvRows.read(municipality.file("applications")).rows();
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        GeneratedMunicipality a = MunicipalityGenerator.write(new GeneratorSettings(300, 5, LAST_DAY, 11L), dir.resolve("a"));
        GeneratedMunicipality b = MunicipalityGenerator.write(new GeneratorSettings(300, 5, LAST_DAY, 11L), dir.resolve("b"));
        GeneratedMunicipality c = MunicipalityGenerator.write(new GeneratorSettings(300, 5, LAST_DAY, 12L), dir.resolve("c"));
        for (String kind : GeneratedMunicipality.IMPORT_ORDER) {
            assertThat(Files.mismatch(a.file(kind), b.file(kind))).as(kind).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.file("absences"), c.file("absences"))).isNotEqualTo(-1L);
    }

    @Test
    void theOrgTreeHasOneRootAndFiveLevelsWithReadableIds() {
        assertThat(parentOf.entrySet().stream().filter(e -> e.getValue() == null || e.getValue().isEmpty()).map(Map.Entry::getKey))
                .containsExactly(MunicipalityGenerator.ROOT);
        parentOf.values().stream().filter(p -> p != null && !p.isEmpty()).forEach(p -> assertThat(parentOf).containsKey(p));
        assertThat(parentOf).containsKeys("sos", "bu", "tm", "kf", "adm", "omr-nord", "omr-syd", "pc-solbakken",
                "hp-oest-nat", "bo-lindely", "sundhedsplejen", "den-kommunale-tandpleje", "pulje-nord");
        assertThat(isWithin("pc-solbakken", "omr-nord")).isTrue();
        assertThat(municipality.orgUnits()).isEqualTo(parentOf.size());
    }

    @Test
    void segmentsOfOneEmploymentNeverOverlapAndBelongToOnePerson() {
        Map<String, List<Seg>> byEmployment = group(segments, Seg::employmentId);
        assertThat(byEmployment).hasSizeGreaterThan(1500);
        byEmployment.forEach((id, list) -> {
            list.sort(Comparator.comparing(Seg::start));
            assertThat(list.stream().map(Seg::personId).distinct()).as(id).hasSize(1);
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i - 1).end()).as(id).isNotNull().isBefore(list.get(i).start());
            }
            for (Seg s : list) {
                assertThat(s.end() == null || !s.end().isBefore(s.start())).as(id).isTrue();
                assertThat(s.hours()).isGreaterThan(0).isLessThanOrEqualTo(48);
                assertThat(parentOf).containsKey(s.unitId());
            }
            Seg lastSegment = list.getLast();
            list.stream().filter(s -> s != lastSegment).forEach(s -> assertThat(s.reason()).as(id).isEmpty());
            assertThat(lastSegment.end() == null).as(id + " has a reason exactly when it ended")
                    .isEqualTo(lastSegment.reason().isEmpty());
        });
    }

    @Test
    void allRowsOfAPersonAgreeOnTheBirthYear() {
        group(segments, Seg::personId).forEach((person, list) ->
                assertThat(list.stream().map(Seg::birthYear).distinct()).as(person).hasSize(1));
    }

    @Test
    void historyHasHiresHoursChangesMovesDeparturesAndReHires() {
        Map<String, List<Seg>> byEmployment = group(segments, Seg::employmentId);
        long hoursChanges = byEmployment.values().stream().filter(l -> l.stream().map(Seg::hours).distinct().count() > 1).count();
        long transfers = byEmployment.values().stream().filter(l -> l.stream().map(Seg::unitId).distinct().count() > 1).count();
        long reHires = group(segments, Seg::personId).values().stream()
                .filter(l -> l.stream().map(Seg::employmentId).distinct().count() > 1).count();
        Map<String, Long> reasons = new HashMap<>();
        segments.stream().filter(s -> !s.reason().isEmpty()).forEach(s -> reasons.merge(s.reason(), 1L, Long::sum));
        assertThat(hoursChanges).isGreaterThan(50);
        assertThat(transfers).isGreaterThan(5);
        assertThat(reHires).isGreaterThan(30);
        assertThat(reasons.get("resigned")).isGreaterThan(reasons.get("retired")).isGreaterThan(reasons.get("dismissed"));
        assertThat(reasons).containsKeys("end_of_contract", "retired", "dismissed");
        assertThat(segments.stream().map(Seg::type).distinct()).contains("permanent", "temporary", "trainee", "hourly");
    }

    @Test
    void mostHelpersWorkPartTime() {
        List<Seg> helpers = employedOn(LAST_DAY).stream().filter(s -> s.family().equals("sosu_helper")).toList();
        double partTime = helpers.stream().filter(s -> s.hours() < 37).count() / (double) helpers.size();
        assertThat(partTime).isGreaterThan(0.5);
        List<Seg> admin = employedOn(LAST_DAY).stream().filter(s -> s.family().equals("admin")).toList();
        assertThat(admin.stream().filter(s -> s.hours() < 37).count() / (double) admin.size()).isLessThan(partTime);
    }

    @Test
    void betweenAFifthAndTwoFifthsOfTheStaffAre55OrOlder() {
        Map<String, Seg> persons = new HashMap<>();
        employedOn(LAST_DAY).forEach(s -> persons.put(s.personId(), s));
        double share = persons.values().stream()
                .filter(s -> LAST_DAY.getYear() - Integer.parseInt(s.birthYear()) >= 55).count() / (double) persons.size();
        assertThat(share).isBetween(0.20, 0.40);
        assertThat(persons).hasSizeBetween(1250, 1500);
    }

    @Test
    void yearlyTurnoverInSocialAndHealthIsBetween12And28Percent() {
        for (int back = 0; back < 4; back++) {
            LocalDate to = LAST_DAY.minusYears(back);
            double rate = turnover("sos", new DateRange(to.minusYears(1).plusDays(1), to));
            assertThat(rate).as("turnover up to " + to).isBetween(12.0, 28.0);
        }
        assertThat(turnover("adm", new DateRange(LAST_DAY.minusYears(1).plusDays(1), LAST_DAY)))
                .isLessThan(turnover("sos", new DateRange(LAST_DAY.minusYears(1).plusDays(1), LAST_DAY)) + 5);
    }

    @Test
    void sickDaysPerFullTimeEmployeeAreAroundTheNationalLevelAndHigherInCare() {
        DateRange year = new DateRange(LAST_DAY.minusYears(1).plusDays(1), LAST_DAY);
        double all = sickDaysPerFte(year, family -> true);
        double care = sickDaysPerFte(year, family -> family.startsWith("sosu_"));
        double office = sickDaysPerFte(year, family -> family.equals("admin") || family.equals("leader"));
        assertThat(all).isBetween(12.0, 20.0);
        assertThat(care).isGreaterThan(all).isGreaterThan(office + 4);
    }

    @Test
    void everyAbsenceLiesInsideAnEmploymentOfThePersonAndNoTwoShareADay() {
        Map<String, List<Seg>> byEmployment = group(segments, Seg::employmentId);
        Map<String, List<Map<String, String>>> byPerson = new HashMap<>();
        for (Map<String, String> row : absences) {
            List<Seg> employment = byEmployment.get(row.get("employment_id"));
            assertThat(employment).as(row.get("absence_id")).isNotNull();
            assertThat(employment.getFirst().personId()).isEqualTo(row.get("person_id"));
            LocalDate start = CsvRows.date(row, "start_date");
            LocalDate end = CsvRows.date(row, "end_date");
            LocalDate employmentStart = employment.stream().map(Seg::start).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate employmentEnd = employment.stream().map(s -> s.endOr(LocalDate.MAX)).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(start).as(row.get("absence_id")).isAfterOrEqualTo(employmentStart);
            assertThat(end == null ? LocalDate.MAX : end).as(row.get("absence_id")).isBeforeOrEqualTo(employmentEnd);
            assertThat(end == null || !end.isAfter(LAST_DAY)).isTrue();
            byPerson.computeIfAbsent(row.get("person_id"), p -> new ArrayList<>()).add(row);
        }
        byPerson.forEach((person, rows) -> {
            rows.sort(Comparator.comparing(r -> CsvRows.date(r, "start_date")));
            for (int i = 1; i < rows.size(); i++) {
                LocalDate previousEnd = CsvRows.date(rows.get(i - 1), "end_date");
                assertThat(previousEnd).as(person).isNotNull().isBefore(CsvRows.date(rows.get(i), "start_date"));
            }
        });
    }

    @Test
    void theOnlyOpenAbsencesAreAFewCurrentLongTermSick() {
        List<Map<String, String>> open = absences.stream().filter(r -> r.get("end_date").isEmpty()).toList();
        assertThat(open).hasSizeBetween(1, 30);
        open.forEach(r -> {
            assertThat(r.get("type")).isEqualTo("sick");
            assertThat(CsvRows.date(r, "start_date")).isBefore(LAST_DAY.minusDays(20));
        });
    }

    @Test
    void absenceHasEveryTypeAndSomePartialSickness() {
        assertThat(absences.stream().map(r -> r.get("type")).distinct())
                .contains("sick", "work_injury", "child_sick", "vacation", "care_day", "maternity", "leave");
        assertThat(absences.stream().filter(r -> r.get("extent_pct").equals("50")).count()).isGreaterThan(10);
        long longSpells = absences.stream().filter(r -> r.get("type").equals("sick") && !r.get("end_date").isEmpty()
                && CsvRows.date(r, "end_date").toEpochDay() - CsvRows.date(r, "start_date").toEpochDay() >= 30).count();
        assertThat(longSpells).isGreaterThan(50);
    }

    @Test
    void postingsCoverThreeYearsAndAreRepostedAtMostOnce() {
        Map<String, Map<String, String>> byId = new HashMap<>();
        postings.forEach(p -> byId.put(p.get("posting_id"), p));
        Set<String> reposted = new HashSet<>();
        for (Map<String, String> p : postings) {
            assertThat(CsvRows.date(p, "published_date")).isAfter(LAST_DAY.minusYears(3)).isBeforeOrEqualTo(LAST_DAY);
            assertThat(CsvRows.date(p, "deadline")).isAfterOrEqualTo(CsvRows.date(p, "published_date"));
            assertThat(parentOf).containsKey(p.get("unit_id"));
            assertThat(p.get("filled_date").isEmpty()).isEqualTo(!p.get("outcome").equals("filled"));
            String of = p.get("reposting_of");
            if (!of.isEmpty()) {
                assertThat(reposted.add(of)).as("re-posted once: " + of).isTrue();
                assertThat(byId.get(of).get("outcome")).isEqualTo("reposted");
                assertThat(byId.get(of).get("reposting_of")).as("chains of two").isEmpty();
            }
        }
        assertThat(postings).hasSizeGreaterThan(400);
        assertThat(reposted).hasSizeGreaterThan(30);
        assertThat(postings.stream().filter(p -> p.get("outcome").equals("open")).count()).isGreaterThan(5);
    }

    @Test
    void assistantsAndNursesAreRepostedMoreOftenThanHelpers() {
        assertThat(repostShare("nurse")).isGreaterThan(repostShare("sosu_helper") + 0.1);
        assertThat(repostShare("sosu_assistant")).isGreaterThan(repostShare("sosu_helper") + 0.1);
    }

    @Test
    void hiredApplicantsBecameAnEmploymentInThePostingsUnitStartingAfterTheDeadline() {
        Map<String, Map<String, String>> byId = new HashMap<>();
        postings.forEach(p -> byId.put(p.get("posting_id"), p));
        Map<String, List<Seg>> byEmployment = group(segments, Seg::employmentId);
        long linked = 0;
        for (Map<String, String> a : applications) {
            Map<String, String> posting = byId.get(a.get("posting_id"));
            assertThat(posting).isNotNull();
            assertThat(CsvRows.date(a, "applied_date")).isBetween(CsvRows.date(posting, "published_date"), CsvRows.date(posting, "deadline"));
            assertThat(a.get("withdrawn_reason").isEmpty()).isEqualTo(!a.get("outcome").equals("withdrawn"));
            if (a.get("outcome").equals("hired")) {
                assertThat(posting.get("outcome")).isEqualTo("filled");
            }
            if (!a.get("employment_id").isEmpty()) {
                linked++;
                assertThat(byEmployment.get(a.get("employment_id"))).as(a.get("application_id"))
                        .anyMatch(s -> s.unitId().equals(posting.get("unit_id"))
                                && s.start().isAfter(CsvRows.date(posting, "deadline")));
            }
        }
        assertThat(linked).isGreaterThan(postings.size() / 2);
        assertThat(applications.stream().filter(a -> a.get("furthest_stage").equals("invited")
                && a.get("outcome").equals("withdrawn")).count()).isGreaterThan(20);
    }

    @Test
    void healthVisitorAndDentalPostingsHaveAtMostTwoApplicants() {
        Map<String, Long> perPosting = new HashMap<>();
        applications.forEach(a -> perPosting.merge(a.get("posting_id"), 1L, Long::sum));
        postings.stream().filter(p -> Set.of("health_visitor", "dental").contains(p.get("job_family")))
                .forEach(p -> assertThat(perPosting.getOrDefault(p.get("posting_id"), 0L)).isLessThanOrEqualTo(2));
    }

    @Test
    void noValueLooksLikeACprNumber() throws IOException {
        for (String kind : GeneratedMunicipality.IMPORT_ORDER) {
            for (String line : Files.readAllLines(municipality.file(kind))) {
                for (String cell : line.split(";")) {
                    assertThat(TEN_DIGITS.matcher(cell).find()).as(kind + ": " + cell).isFalse();
                }
            }
        }
    }

    // ---- small calculations after key-figures.md

    private static List<Seg> employedOn(LocalDate day) {
        return segments.stream().filter(s -> s.included() && s.covers(day)).toList();
    }

    private static boolean isWithin(String unit, String ancestor) {
        for (String u = unit; u != null && !u.isEmpty(); u = parentOf.get(u)) {
            if (u.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** key-figures.md turnover_rate: departures from scope (not back within 90 days) ÷ average month-end headcount. */
    private static double turnover(String scope, DateRange period) {
        Map<String, List<Seg>> inScope = group(segments.stream()
                .filter(s -> s.included() && isWithin(s.unitId(), scope)).toList(), Seg::personId);
        long departures = 0;
        for (List<Seg> list : inScope.values()) {
            departures += list.stream().map(Seg::end)
                    .filter(e -> e != null && period.contains(e))
                    .filter(e -> list.stream().noneMatch(o -> o.endOr(LocalDate.MAX).isAfter(e)
                            && !o.start().isAfter(e.plusDays(90))))
                    .distinct().count();
        }
        double headcounts = 0;
        int months = 0;
        for (YearMonth m = YearMonth.from(period.from()); !m.atEndOfMonth().isAfter(period.to()); m = m.plusMonths(1)) {
            LocalDate monthEnd = m.atEndOfMonth();
            if (period.contains(monthEnd)) {
                headcounts += inScope.values().stream().filter(l -> l.stream().anyMatch(s -> s.covers(monthEnd))).count();
                months++;
            }
        }
        return departures / (headcounts / months) * 100;
    }

    /** key-figures.md sick_days_per_fte: sickness hours (weekly hours / 5 on working days × extent) ÷ 7.4 ÷ FTE. */
    private static double sickDaysPerFte(DateRange period, java.util.function.Predicate<String> family) {
        Map<String, List<Seg>> byEmployment = group(segments, Seg::employmentId);
        double fte = 0;
        for (Seg s : segments) {
            if (s.included() && family.test(s.family())) {
                fte += s.hours() / 37 * period.overlapDays(s.start(), s.end()) / period.days();
            }
        }
        double hours = 0;
        for (Map<String, String> row : absences) {
            if (!row.get("type").equals("sick") && !row.get("type").equals("work_injury")) {
                continue;
            }
            LocalDate start = CsvRows.date(row, "start_date");
            LocalDate end = CsvRows.date(row, "end_date");
            if (!period.overlaps(start, end)) {
                continue;
            }
            double extent = Integer.parseInt(row.get("extent_pct")) / 100.0;
            LocalDate to = end == null || end.isAfter(period.to()) ? period.to() : end;
            for (LocalDate d = start.isBefore(period.from()) ? period.from() : start; !d.isAfter(to); d = d.plusDays(1)) {
                if (DanishCalendar.isWorkingDay(d)) {
                    for (Seg s : byEmployment.get(row.get("employment_id"))) {
                        if (s.included() && family.test(s.family()) && s.covers(d)) {
                            hours += s.hours() / 5 * extent;
                        }
                    }
                }
            }
        }
        return hours / 7.4 / fte;
    }

    private static double repostShare(String family) {
        List<Map<String, String>> of = postings.stream().filter(p -> p.get("job_family").equals(family)).toList();
        return of.stream().filter(p -> p.get("outcome").equals("reposted")).count() / (double) of.size();
    }

    private static <K> Map<K, List<Seg>> group(List<Seg> list, java.util.function.Function<Seg, K> key) {
        Map<K, List<Seg>> map = new HashMap<>();
        list.forEach(s -> map.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return map;
    }
}
