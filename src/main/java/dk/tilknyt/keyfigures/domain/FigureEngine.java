package dk.tilknyt.keyfigures.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import dk.tilknyt.absence.AbsenceType;
import dk.tilknyt.keyfigures.AgeBand;
import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureKind;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.people.DepartureReason;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.shared.DateRange;

/**
 * Computes the figures of key-figures.md for one scope, period and filter from a {@link Snapshot},
 * in one pass over the persons who ever had an included segment in the scope. Each rule is commented
 * with the definition it implements.
 */
public final class FigureEngine {

    /** key-figures.md "Departure from scope": not employed in scope in (e, e + 90 days]. */
    private static final int DEPARTURE_WINDOW_DAYS = 90;
    /** key-figures.md first_year_departure_rate: a departure within 365 days of the first day. */
    private static final int FIRST_YEAR_DAYS = 365;
    private static final int FULL_TIME_HUNDREDTHS = 3700;
    private static final int SENIOR_AGE = 60;
    private static final int ANY_JOB = -1;
    private static final int NO_REASON_RANK = DepartureReason.values().length;
    private static final AbsenceType[] TYPES = AbsenceType.values();

    private final Snapshot s;
    private final boolean[] unitInScope;
    private final boolean wholeMunicipality;
    private final int job;
    private final AgeBand ageBand;
    private final int from;
    private final int to;
    private final int yearOfTo;
    private final int firstYearFrom;
    private final int firstYearTo;
    private final int[] monthEnds;
    private final int[] monthEndHeadcount;
    private final Set<FigureCode> codes;
    private final Tally tally = new Tally();

    private int[] counted = new int[16];
    private int[] departureDays = new int[16];

    private FigureEngine(Snapshot snapshot, Set<String> scopeUnits, String jobFamily, AgeBand ageBand,
            DateRange period, Set<FigureCode> codes) {
        this.s = snapshot;
        this.unitInScope = new boolean[snapshot.unitIndex.size()];
        int inScope = 0;
        for (String unit : scopeUnits) {
            Integer u = snapshot.unitIndex.get(unit);
            if (u != null && !unitInScope[u]) {
                unitInScope[u] = true;
                inScope++;
            }
        }
        this.wholeMunicipality = inScope == unitInScope.length;
        this.job = jobFamily == null ? ANY_JOB : snapshot.jobFamilyIndex.getOrDefault(jobFamily, -2);
        this.ageBand = ageBand;
        this.from = (int) period.from().toEpochDay();
        this.to = (int) period.to().toEpochDay();
        this.yearOfTo = period.to().getYear();
        this.firstYearFrom = (int) period.from().minusMonths(12).toEpochDay();
        this.firstYearTo = (int) period.to().minusMonths(12).toEpochDay();
        this.monthEnds = monthEnds(period);
        this.monthEndHeadcount = new int[monthEnds.length];
        this.codes = codes;
        tally.periodDays = (int) period.days();
    }

    /** All wanted figures for the scope (the unit ids of the subtree), period and filters. */
    public static Map<FigureCode, FigureValue> compute(Snapshot snapshot, Set<String> scopeUnits, String jobFamily,
            AgeBand ageBand, DateRange period, Set<FigureCode> codes) {
        FigureEngine engine = new FigureEngine(snapshot, scopeUnits, jobFamily, ageBand, period, codes);
        engine.run();
        return FigureAssembler.figures(engine.tally, codes);
    }

    private void run() {
        if (needsPersons()) {
            if (wholeMunicipality) {
                for (int p = 0; p < s.personCount; p++) {
                    person(p);
                }
            } else {
                boolean[] seen = new boolean[s.personCount];
                for (int u = 0; u < unitInScope.length; u++) {
                    if (unitInScope[u]) {
                        for (int p : s.personsByUnit[u]) {
                            if (!seen[p]) {
                                seen[p] = true;
                                person(p);
                            }
                        }
                    }
                }
            }
            for (int m = 0; m < monthEnds.length; m++) {
                tally.monthEndHeadcounts += monthEndHeadcount[m];
            }
            tally.monthEnds = monthEnds.length;
        }
        if (needsRecruitment()) {
            recruitment();
        }
    }

    private boolean needsPersons() {
        return codes.stream().anyMatch(c -> c.kind() != FigureKind.RECRUITMENT);
    }

    private boolean needsRecruitment() {
        return codes.stream().anyMatch(c -> c.kind() == FigureKind.RECRUITMENT);
    }

    /** key-figures.md "Filters": the segment is in scope and of the job family asked for. */
    private boolean counts(int segment) {
        return unitInScope[s.segUnit[segment]] && (job == ANY_JOB || s.segJob[segment] == job);
    }

    private void person(int p) {
        if (ageBand != null) {
            int born = s.birthYear[p];
            // key-figures.md: age = year of `to` − birth year; a person without a birth year is in no band
            if (born == 0 || !ageBand.contains(yearOfTo - born)) {
                return;
            }
        }
        int n = 0;
        for (int x = s.segmentOffset[p]; x < s.segmentOffset[p + 1]; x++) {
            if (counts(x)) {
                if (n == counted.length) {
                    counted = java.util.Arrays.copyOf(counted, n * 2);
                }
                counted[n++] = x;
            }
        }
        if (n == 0) {
            return;
        }
        segments(p, n);
        int departures = departures(p, n);
        entries(n, departures);
        absence(p);
        spells(p);
    }

    /** Populations, headcounts, FTE, agreed hours, working time and composition. */
    private void segments(int p, int n) {
        boolean inPeriod = false;
        boolean onFrom = false;
        boolean onTo = false;
        boolean up = false;
        boolean down = false;
        int weeklyOnTo = 0;
        int chainStartOnTo = 0;
        for (int i = 0; i < n; i++) {
            int x = counted[i];
            int start = s.segStart[x];
            int end = s.segEnd[x];
            if (start <= to && end >= from) {
                inPeriod = true;
                int a = Math.max(start, from);
                int b = Math.min(end, to);
                // key-figures.md FTE: weekly_hours / 37 × days of the segment inside the period / days in the period
                tally.weeklyHoursDays += (long) s.segWeekly[x] * (b - a + 1);
                // key-figures.md "Agreed hours": weekly_hours / 5 on working days (micro-hours: hundredths × 2000)
                tally.agreedMicro += (long) s.segWeekly[x] * 2000 * WorkingDays.between(a, b);
                // key-figures.md hours_up / hours_down: starts in the period, directly after the same employment
                if (start >= from) {
                    up |= s.segHoursChange[x] > 0;
                    down |= s.segHoursChange[x] < 0;
                }
            }
            if (start <= to && end >= to) {
                onTo = true;
                weeklyOnTo += s.segWeekly[x];
                chainStartOnTo = s.segChainStart[x];
            }
            if (start <= from && end >= from) {
                onFrom = true;
            }
        }
        for (int m = 0; m < monthEnds.length; m++) {
            int day = monthEnds[m];
            for (int i = 0; i < n; i++) {
                int x = counted[i];
                if (s.segStart[x] <= day && s.segEnd[x] >= day) {
                    monthEndHeadcount[m]++;
                    break;
                }
            }
        }
        if (inPeriod) {
            tally.periodPopulation++;
        }
        tally.hoursUp += up ? 1 : 0;
        tally.hoursDown += down ? 1 : 0;
        // key-figures.md departure_rate: B = employed in scope on `from`, A = those of B not employed on `to`
        if (onFrom) {
            tally.cohortOnFrom++;
            tally.cohortGoneOnTo += onTo ? 0 : 1;
        }
        if (onTo) {
            tally.headcountOnTo++;
            tally.weeklyHoursOnTo += weeklyOnTo;
            tally.fullTimeOnTo += weeklyOnTo >= FULL_TIME_HUNDREDTHS ? 1 : 0;
            int born = s.birthYear[p];
            if (born != 0) {
                int age = yearOfTo - born;
                tally.ageKnown++;
                tally.ageSum += age;
                tally.seniors += age >= SENIOR_AGE ? 1 : 0;
            }
            // key-figures.md avg_tenure_years: days since the first day of the chain that reaches `to`
            tally.tenureDays += to - chainStartOnTo;
        }
    }

    /**
     * key-figures.md "Departure from scope": a counted segment ends on e and no counted segment covers
     * a day of (e, e + 90]; one departure per person and day. Collects the departure days of the
     * person (any date) into {@link #departureDays} and returns how many there are.
     */
    private int departures(int p, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            int e = s.segEnd[counted[i]];
            if (e == Snapshot.OPEN || endsEarlier(i, e) || employedWithin(e, n)) {
                continue;
            }
            if (count == departureDays.length) {
                departureDays = java.util.Arrays.copyOf(departureDays, count * 2);
            }
            departureDays[count++] = e;
            if (e < from || e > to) {
                continue;
            }
            tally.departures++;
            if (reasonRank(e, n) == DepartureReason.RESIGNED.ordinal()) {
                tally.voluntaryDepartures++;
            }
            if (!employedAnywhereWithin(p, e)) {
                tally.externalDepartures++;
            }
        }
        return count;
    }

    /** Whether an earlier counted segment ends the same day (that departure is already counted). */
    private boolean endsEarlier(int i, int e) {
        for (int j = 0; j < i; j++) {
            if (s.segEnd[counted[j]] == e) {
                return true;
            }
        }
        return false;
    }

    private boolean employedWithin(int e, int n) {
        for (int j = 0; j < n; j++) {
            int y = counted[j];
            if (s.segStart[y] <= e + DEPARTURE_WINDOW_DAYS && s.segEnd[y] >= e + 1) {
                return true;
            }
        }
        return false;
    }

    /** key-figures.md "External departure": no included employment anywhere in (e, e + 90]. */
    private boolean employedAnywhereWithin(int p, int e) {
        for (int y = s.segmentOffset[p]; y < s.segmentOffset[p + 1]; y++) {
            if (s.segStart[y] <= e + DEPARTURE_WINDOW_DAYS && s.segEnd[y] >= e + 1) {
                return true;
            }
        }
        return false;
    }

    /** key-figures.md "Reason": of segments ending the same day, the first reason in the list counts. */
    private int reasonRank(int e, int n) {
        int best = NO_REASON_RANK;
        for (int j = 0; j < n; j++) {
            int y = counted[j];
            if (s.segEnd[y] == e && s.segReason[y] >= 0) {
                best = Math.min(best, s.segReason[y]);
            }
        }
        return best;
    }

    /**
     * key-figures.md first_year_departure_rate: entries (first day of a counted segment without
     * counted employment in the 90 days before) in [from − 12 months, to − 12 months], and whether a
     * departure follows within 365 days of that first day.
     */
    private void entries(int n, int departures) {
        for (int i = 0; i < n; i++) {
            int d = s.segStart[counted[i]];
            if (d < firstYearFrom || d > firstYearTo || startsEarlier(i, d)) {
                continue;
            }
            boolean employedBefore = false;
            for (int j = 0; j < n && !employedBefore; j++) {
                int y = counted[j];
                employedBefore = s.segStart[y] <= d - 1 && s.segEnd[y] >= d - DEPARTURE_WINDOW_DAYS;
            }
            if (employedBefore) {
                continue;
            }
            tally.entries++;
            for (int k = 0; k < departures; k++) {
                if (departureDays[k] >= d && departureDays[k] <= d + FIRST_YEAR_DAYS) {
                    tally.entriesLeftWithinYear++;
                    break;
                }
            }
        }
    }

    private boolean startsEarlier(int i, int d) {
        for (int j = 0; j < i; j++) {
            if (s.segStart[counted[j]] == d) {
                return true;
            }
        }
        return false;
    }

    /** key-figures.md "Absence": the hours of every piece on a counted segment, inside the period. */
    private void absence(int p) {
        int lo = s.pieceFrom[p];
        int hi = s.pieceTo[p];
        if (lo == hi) {
            return;
        }
        int last = firstStartAfter(s.pieceStart, lo, hi, to);
        long earliest = (long) from - s.pieceMaxLength[p];
        for (int i = last - 1; i >= lo && s.pieceStart[i] >= earliest; i--) {
            if (s.pieceEnd[i] < from || !counts(s.pieceSegment[i])) {
                continue;
            }
            int days = WorkingDays.between(Math.max(s.pieceStart[i], from), Math.min(s.pieceEnd[i], to));
            if (days == 0) {
                continue;
            }
            double hours = s.pieceRate[i] * days;
            byte kind = s.pieceKind[i];
            AbsenceType type = TYPES[kind & Snapshot.TYPE_MASK];
            if (type.reducesPossibleHours()) {
                tally.vacationAndCareMicro += hours;
                continue;
            }
            tally.absenceMicro += hours;
            if (type.isSickness()) {
                tally.sicknessMicro += hours;
                if ((kind & Snapshot.LONG_SPELL) != 0) {
                    tally.longSpellSicknessMicro += hours;
                }
            } else if (type == AbsenceType.CHILD_SICK) {
                tally.childSickMicro += hours;
            }
        }
    }

    /**
     * key-figures.md sickness_spells: ended spells whose last day lies in the period and that carry
     * hours on a counted segment anywhere in their span.
     */
    private void spells(int p) {
        for (int i = s.spellFrom[p]; i < s.spellTo[p]; i++) {
            int end = s.spellEnd[i];
            if (end < from) {
                continue;
            }
            if (end > to) {
                break;
            }
            for (int k = s.spellSegmentOffset[i]; k < s.spellSegmentOffset[i + 1]; k++) {
                if (counts(s.spellSegments[k])) {
                    tally.spellsEnded++;
                    break;
                }
            }
        }
    }

    /** key-figures.md "Recruitment": chains by their first posting's unit, postings by their own. */
    private void recruitment() {
        PostingChains r = s.recruitment;
        for (int u = 0; u < unitInScope.length; u++) {
            if (!unitInScope[u]) {
                continue;
            }
            for (int c : r.chainsByUnit[u]) {
                if (job != ANY_JOB && r.chainJob[c] != job) {
                    continue;
                }
                PostingOutcome outcome = r.chainOutcome[c];
                int deadline = r.chainFirstDeadline[c];
                boolean decided = outcome == PostingOutcome.FILLED || outcome == PostingOutcome.UNFILLED;
                if (decided && deadline >= from && deadline <= to) {
                    tally.chainsDecided++;
                    tally.chainsFilledFirstTime += r.chainFirstFilled[c] ? 1 : 0;
                    tally.chainsFilled += outcome == PostingOutcome.FILLED ? 1 : 0;
                }
                int filled = r.chainFilledDate[c];
                if (outcome == PostingOutcome.FILLED && filled != Snapshot.NO_DAY && filled >= from && filled <= to) {
                    tally.addDaysToFill(filled - r.chainFirstPublished[c]);
                }
            }
            for (int x : r.postingsByUnit[u]) {
                if ((job != ANY_JOB && r.postingJob[x] != job) || r.postingDeadline[x] < from || r.postingDeadline[x] > to) {
                    continue;
                }
                tally.postings++;
                tally.applications += r.postingApplications[x];
                tally.invitedOrLater += r.postingInvitedOrLater[x];
                tally.invitedThenWithdrawn += r.postingInvitedWithdrawn[x];
            }
        }
    }

    /** The first index in [lo, hi) whose value is after {@code day} (values ascending). */
    private static int firstStartAfter(int[] values, int lo, int hi, int day) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int mid = (a + b) >>> 1;
            if (values[mid] <= day) {
                a = mid + 1;
            } else {
                b = mid;
            }
        }
        return a;
    }

    /** key-figures.md "Average headcount": the last day of each calendar month that lies in the period. */
    static int[] monthEnds(DateRange period) {
        IntList days = new IntList(16);
        for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.to()); month = month.plusMonths(1)) {
            LocalDate last = month.atEndOfMonth();
            if (period.contains(last)) {
                days.add((int) last.toEpochDay());
            }
        }
        return days.toArray();
    }
}
