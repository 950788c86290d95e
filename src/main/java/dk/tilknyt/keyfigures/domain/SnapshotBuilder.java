package dk.tilknyt.keyfigures.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.absence.Absence;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Person;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingOutcome;

/**
 * Builds a {@link Snapshot} from rows streamed in this order: persons, segments, absence rows
 * (grouped by person, as {@code Absences.forEach} delivers them), postings and applications.
 *
 * <p>The rules that do not depend on a query are applied here, once: how an absence row's hours are
 * spread over days and segments, which rows form one sickness spell and how long it is, which
 * segments follow a segment of the same employment with other hours, and the 90-day chains behind
 * tenure.
 */
public final class SnapshotBuilder {

    /** key-figures.md: a re-hire or move within 90 days continues the chain. */
    static final int CHAIN_GAP_DAYS = 90;
    /** key-figures.md long_term_sickness_share: spells longer than 30 calendar days (the employer period). */
    static final int LONG_SPELL_DAYS = 30;
    private static final long MICRO = 1_000_000L;

    final LocalDate today;
    private final int todayDay;
    final Map<String, Integer> unitIndex = new HashMap<>();
    final Map<String, Integer> jobIndex = new HashMap<>();
    private final Map<String, Integer> personIndex = new HashMap<>();
    final IntList birthYears = new IntList();

    // every segment as it arrives, any employment type
    private final IntList rPerson = new IntList(1024);
    private final IntList rStart = new IntList(1024);
    private final IntList rEnd = new IntList(1024);
    private final IntList rUnit = new IntList(1024);
    private final IntList rJob = new IntList(1024);
    private final IntList rWeekly = new IntList(1024);
    private final IntList rEmployment = new IntList(1024);
    private final IntList rReason = new IntList(1024);
    private final IntList rIncluded = new IntList(1024);
    private final Map<String, Integer> employmentIndex = new HashMap<>();

    // after freezing: all raw segments ordered by person and start, and the included ones as the snapshot keeps them
    private boolean frozen;
    private int[] allOffset;
    private int[] allOrder;
    private int[] rawToSegment;
    int[] segmentOffset;
    int[] segStart;
    int[] segEnd;
    int[] segUnit;
    int[] segJob;
    int[] segWeekly;
    byte[] segReason;
    byte[] segHoursChange;
    int[] segChainStart;
    int[][] personsByUnit;

    // absences
    private int currentPerson = -1;
    private final List<Absence> currentRows = new ArrayList<>();
    int[] pieceFrom;
    int[] pieceTo;
    int[] pieceMaxLength;
    final IntList pieceStart = new IntList(1024);
    final IntList pieceEnd = new IntList(1024);
    final IntList pieceSegment = new IntList(1024);
    final DoubleList pieceRate = new DoubleList();
    final IntList pieceKind = new IntList(1024);
    int[] spellFrom;
    int[] spellTo;
    final IntList spellEnd = new IntList(1024);
    private final IntList spellSegmentStart = new IntList(1024);
    final IntList spellSegments = new IntList(1024);

    // recruitment
    private final List<Posting> postings = new ArrayList<>();
    private final Map<String, int[]> applicationCounts = new HashMap<>();
    int[][] chainsByUnit;
    final IntList chainJob = new IntList();
    final IntList chainFirstDeadline = new IntList();
    final IntList chainFirstPublished = new IntList();
    private final IntList chainFirstFilled = new IntList();
    final IntList chainOutcome = new IntList();
    final IntList chainFilledDate = new IntList();
    int[][] postingsByUnit;
    final IntList postingJob = new IntList();
    final IntList postingDeadline = new IntList();
    int[] postingApplications;
    int[] postingInvitedOrLater;
    int[] postingInvitedWithdrawn;

    public SnapshotBuilder(LocalDate today, Collection<String> unitIds, Collection<String> jobFamilies) {
        this.today = today;
        this.todayDay = (int) today.toEpochDay();
        unitIds.forEach(id -> unitIndex.putIfAbsent(id, unitIndex.size()));
        jobFamilies.forEach(code -> jobIndex.putIfAbsent(code, jobIndex.size()));
    }

    public void person(Person person) {
        int p = personIndex(person.id());
        birthYears.set(p, person.birthYear() == null ? 0 : person.birthYear());
    }

    public void segment(EmploymentSegment s) {
        if (frozen) {
            throw new IllegalStateException("Segments must come before absence rows");
        }
        Integer unit = unitIndex.get(s.unitId());
        rPerson.add(personIndex(s.personId()));
        rStart.add(day(s.start()));
        rEnd.add(s.end() == null ? Snapshot.OPEN : day(s.end()));
        rUnit.add(unit == null ? -1 : unit);
        rJob.add(jobIndex.computeIfAbsent(s.jobFamily(), k -> jobIndex.size()));
        rWeekly.add(hundredths(s.weeklyHours()));
        rEmployment.add(employmentIndex.computeIfAbsent(s.employmentId(), k -> employmentIndex.size()));
        rReason.add(s.departureReason() == null ? -1 : s.departureReason().ordinal());
        rIncluded.add(s.isIncluded() && unit != null ? 1 : 0);
    }

    /** Absence rows must come grouped by person (all rows of one person one after the other). */
    public void absence(Absence row) {
        freeze();
        Integer p = personIndex.get(row.personId());
        if (p == null) {
            return;
        }
        if (p != currentPerson) {
            flushAbsences();
            if (pieceTo[p] >= 0) {
                throw new IllegalStateException("Absence rows must come grouped by person; " + row.personId() + " came twice");
            }
            currentPerson = p;
        }
        currentRows.add(row);
    }

    public void posting(Posting posting) {
        postings.add(posting);
    }

    public void application(Application application) {
        int[] counts = applicationCounts.computeIfAbsent(application.postingId(), k -> new int[3]);
        counts[0]++;
        String stage = application.furthestStage() == null ? "" : application.furthestStage().trim().toLowerCase();
        boolean invitedOrLater = switch (stage) {
            case "invited", "interviewed", "offered", "hired" -> true;
            default -> false;
        };
        if (invitedOrLater) {
            counts[1]++;
        }
        // key-figures.md interview_dropout_rate: invited, then withdrew before the interview
        if (stage.equals("invited") && "withdrawn".equalsIgnoreCase(trim(application.outcome()))) {
            counts[2]++;
        }
    }

    public Snapshot build() {
        freeze();
        flushAbsences();
        for (int p = 0; p < personCount(); p++) {
            if (pieceTo[p] < 0) {
                pieceFrom[p] = pieceTo[p] = 0;
                spellFrom[p] = spellTo[p] = 0;
            }
        }
        buildRecruitment();
        return new Snapshot(this);
    }

    int personCount() {
        return personIndex.size();
    }

    // ---------------------------------------------------------------- segments

    private void freeze() {
        if (frozen) {
            return;
        }
        frozen = true;
        renumberPersonsById();
        int persons = personCount();
        int n = rPerson.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(rPerson::get).thenComparingInt(rStart::get)
                .thenComparingInt(rEmployment::get));
        allOrder = new int[n];
        allOffset = new int[persons + 1];
        for (int i = 0; i < n; i++) {
            allOrder[i] = order[i];
            allOffset[rPerson.get(order[i]) + 1]++;
        }
        for (int p = 0; p < persons; p++) {
            allOffset[p + 1] += allOffset[p];
        }

        int included = 0;
        for (int i = 0; i < n; i++) {
            included += rIncluded.get(i);
        }
        rawToSegment = new int[n];
        Arrays.fill(rawToSegment, -1);
        segmentOffset = new int[persons + 1];
        segStart = new int[included];
        segEnd = new int[included];
        segUnit = new int[included];
        segJob = new int[included];
        segWeekly = new int[included];
        segReason = new byte[included];
        segHoursChange = new byte[included];
        segChainStart = new int[included];
        int s = 0;
        for (int p = 0; p < persons; p++) {
            segmentOffset[p] = s;
            for (int i = allOffset[p]; i < allOffset[p + 1]; i++) {
                int r = allOrder[i];
                if (rIncluded.get(r) == 1) {
                    rawToSegment[r] = s;
                    segStart[s] = rStart.get(r);
                    segEnd[s] = rEnd.get(r);
                    segUnit[s] = rUnit.get(r);
                    segJob[s] = rJob.get(r);
                    segWeekly[s] = rWeekly.get(r);
                    segReason[s] = (byte) rReason.get(r);
                    s++;
                }
            }
        }
        segmentOffset[persons] = s;
        markHoursChanges();
        markChains();
        indexPersonsByUnit();
        pieceFrom = new int[persons];
        pieceTo = new int[persons];
        pieceMaxLength = new int[persons];
        spellFrom = new int[persons];
        spellTo = new int[persons];
        Arrays.fill(pieceTo, -1);
    }

    /**
     * Numbers persons in the order of their ids, which is (near enough) the order absence rows arrive
     * in, so that a query walking persons by number also walks their absence pieces front to back.
     */
    private void renumberPersonsById() {
        String[] ids = new String[personCount()];
        personIndex.forEach((id, p) -> ids[p] = id);
        String[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] renumbered = new int[ids.length];
        IntList years = new IntList(ids.length);
        for (int q = 0; q < sorted.length; q++) {
            int p = personIndex.get(sorted[q]);
            renumbered[p] = q;
            years.add(birthYears.get(p));
        }
        for (int q = 0; q < sorted.length; q++) {
            personIndex.put(sorted[q], q);
            birthYears.set(q, years.get(q));
        }
        for (int i = 0; i < rPerson.size(); i++) {
            rPerson.set(i, renumbered[rPerson.get(i)]);
        }
    }

    /** key-figures.md hours_up / hours_down: the segment directly follows one of the same employment. */
    private void markHoursChanges() {
        Map<Integer, List<Integer>> byEmployment = new HashMap<>();
        for (int r : allOrder) {
            byEmployment.computeIfAbsent(rEmployment.get(r), k -> new ArrayList<>(2)).add(r);
        }
        for (List<Integer> segments : byEmployment.values()) {
            for (int i = 1; i < segments.size(); i++) {
                int previous = segments.get(i - 1);
                int current = segments.get(i);
                int seg = rawToSegment[current];
                if (seg >= 0 && rIncluded.get(previous) == 1 && rEnd.get(previous) == rStart.get(current) - 1) {
                    segHoursChange[seg] = (byte) Integer.signum(rWeekly.get(current) - rWeekly.get(previous));
                }
            }
        }
    }

    /** key-figures.md avg_tenure_years: included segments, any unit, chained when the gap is at most 90 days. */
    private void markChains() {
        for (int p = 0; p < personCount(); p++) {
            int chainStart = 0;
            int reach = Integer.MIN_VALUE;
            for (int s = segmentOffset[p]; s < segmentOffset[p + 1]; s++) {
                if (reach == Integer.MIN_VALUE || (long) segStart[s] - reach > CHAIN_GAP_DAYS) {
                    chainStart = segStart[s];
                }
                reach = Math.max(reach, segEnd[s]);
                segChainStart[s] = chainStart;
            }
        }
    }

    private void indexPersonsByUnit() {
        IntList[] lists = new IntList[unitIndex.size()];
        for (int p = 0; p < personCount(); p++) {
            for (int s = segmentOffset[p]; s < segmentOffset[p + 1]; s++) {
                int u = segUnit[s];
                if (lists[u] == null) {
                    lists[u] = new IntList(4);
                }
                if (lists[u].size() == 0 || lists[u].get(lists[u].size() - 1) != p) {
                    lists[u].add(p);
                }
            }
        }
        personsByUnit = new int[lists.length][];
        for (int u = 0; u < lists.length; u++) {
            personsByUnit[u] = lists[u] == null ? new int[0] : lists[u].toArray();
        }
    }

    // ---------------------------------------------------------------- absences

    private void flushAbsences() {
        if (currentPerson < 0) {
            return;
        }
        int p = currentPerson;
        List<Absence> rows = new ArrayList<>(currentRows);
        currentRows.clear();
        currentPerson = -1;
        rows.sort(Comparator.comparing(Absence::start).thenComparing(Absence::id));
        int[] rowSpell = new int[rows.size()];
        List<Spell> spells = spells(rows, rowSpell);

        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Spell spell = rowSpell[i] >= 0 ? spells.get(rowSpell[i]) : null;
            int before = pieces.size();
            spread(p, rows.get(i), spell != null && spell.isLong(todayDay), pieces);
            if (spell != null) {
                for (int k = before; k < pieces.size(); k++) {
                    spell.addSegment(pieces.get(k).segment);
                }
            }
        }
        pieces.sort(Comparator.comparingInt(Piece::start));
        pieceFrom[p] = pieceStart.size();
        int longest = 0;
        for (Piece piece : pieces) {
            pieceStart.add(piece.start);
            pieceEnd.add(piece.end);
            pieceSegment.add(piece.segment);
            pieceRate.add(piece.rate);
            pieceKind.add(piece.kind);
            longest = Math.max(longest, piece.end - piece.start);
        }
        pieceTo[p] = pieceStart.size();
        pieceMaxLength[p] = longest;

        spellFrom[p] = spellEnd.size();
        for (Spell spell : spells) {
            if (!spell.running) {
                spellEnd.add(spell.end);
                spellSegmentStart.add(spellSegments.size());
                spell.segments.forEach(spellSegments::add);
            }
        }
        spellTo[p] = spellEnd.size();
    }

    /**
     * key-figures.md sickness_spells: sickness rows of one person form one spell while each next row
     * starts at most a day after the spell so far ends, or after only Saturdays, Sundays and holidays.
     */
    static List<Spell> spells(List<Absence> rowsByStart, int[] rowSpell) {
        List<Spell> spells = new ArrayList<>();
        Spell current = null;
        for (int i = 0; i < rowsByStart.size(); i++) {
            Absence row = rowsByStart.get(i);
            rowSpell[i] = -1;
            if (!row.type().isSickness()) {
                continue;
            }
            int start = day(row.start());
            int end = row.end() == null ? Snapshot.OPEN : day(row.end());
            if (current == null || !continues(current.end, start)) {
                current = new Spell(start);
                spells.add(current);
            }
            current.extend(end, row.end() == null);
            rowSpell[i] = spells.size() - 1;
        }
        return spells;
    }

    private static boolean continues(int spellEnd, int nextStart) {
        if (spellEnd == Snapshot.OPEN || nextStart <= spellEnd + 1) {
            return true;
        }
        return WorkingDays.between(spellEnd + 1, nextStart - 1) == 0;
    }

    /**
     * key-figures.md "Which hours a row covers" and "Absence hours": splits the row into pieces with
     * constant hours a working day on each included segment it covers.
     */
    private void spread(int p, Absence row, boolean longSpell, List<Piece> out) {
        int first = day(row.start());
        int last = row.end() == null ? todayDay : day(row.end());
        if (last < first) {
            return;
        }
        Integer employment = row.employmentId() == null ? null : employmentIndex.get(row.employmentId());
        if (row.employmentId() != null && employment == null) {
            return;
        }
        IntList covering = new IntList(4);
        for (int i = allOffset[p]; i < allOffset[p + 1]; i++) {
            int r = allOrder[i];
            boolean covers = employment == null ? rIncluded.get(r) == 1 : rEmployment.get(r) == employment;
            if (covers && rStart.get(r) <= last && rEnd.get(r) >= first) {
                covering.add(r);
            }
        }
        if (covering.size() == 0) {
            return;
        }
        int[] bounds = stretches(covering, first, last);
        byte kind = (byte) (row.type().ordinal() | (longSpell && row.type().isSickness() ? Snapshot.LONG_SPELL : 0));
        if (row.hours() == null) {
            for (int b = 0; b + 1 < bounds.length; b++) {
                int from = bounds[b];
                int to = bounds[b + 1] - 1;
                if (WorkingDays.between(from, to) == 0) {
                    continue;
                }
                for (int c = 0; c < covering.size(); c++) {
                    int r = covering.get(c);
                    if (rIncluded.get(r) == 1 && rStart.get(r) <= from && rEnd.get(r) >= from) {
                        // agreed hours a day (weekly / 5) × extent / 100, in micro-hours
                        double rate = (double) rWeekly.get(r) * 20 * row.extentPct();
                        out.add(new Piece(from, to, rawToSegment[r], rate, kind));
                    }
                }
            }
            return;
        }
        // hours given: spread over the row's days in proportion to the agreed hours covered each day
        long total = 0;
        for (int b = 0; b + 1 < bounds.length; b++) {
            int from = bounds[b];
            int days = WorkingDays.between(from, bounds[b + 1] - 1);
            for (int c = 0; c < covering.size(); c++) {
                int r = covering.get(c);
                if (rStart.get(r) <= from && rEnd.get(r) >= from) {
                    total += (long) rWeekly.get(r) * 2000 * days;
                }
            }
        }
        double hours = row.hours().multiply(BigDecimal.valueOf(MICRO)).doubleValue();
        if (total == 0 || hours == 0) {
            return;
        }
        for (int b = 0; b + 1 < bounds.length; b++) {
            int from = bounds[b];
            int to = bounds[b + 1] - 1;
            if (WorkingDays.between(from, to) == 0) {
                continue;
            }
            for (int c = 0; c < covering.size(); c++) {
                int r = covering.get(c);
                if (rIncluded.get(r) == 1 && rStart.get(r) <= from && rEnd.get(r) >= from) {
                    double rate = hours * rWeekly.get(r) * 2000 / total;
                    out.add(new Piece(from, to, rawToSegment[r], rate, kind));
                }
            }
        }
    }

    /** The days in [first, last] where the set of covering segments changes, plus last + 1. */
    private int[] stretches(IntList covering, int first, int last) {
        IntList points = new IntList(8);
        points.add(first);
        for (int c = 0; c < covering.size(); c++) {
            int r = covering.get(c);
            int start = rStart.get(r);
            int after = rEnd.get(r) == Snapshot.OPEN ? Snapshot.OPEN : rEnd.get(r) + 1;
            if (start > first && start <= last) {
                points.add(start);
            }
            if (after > first && after <= last) {
                points.add(after);
            }
        }
        points.add(last + 1);
        int[] sorted = points.toArray();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    int[] spellSegmentOffset() {
        int[] offsets = new int[spellSegmentStart.size() + 1];
        for (int i = 0; i < spellSegmentStart.size(); i++) {
            offsets[i] = spellSegmentStart.get(i);
        }
        offsets[spellSegmentStart.size()] = spellSegments.size();
        return offsets;
    }

    // ---------------------------------------------------------------- recruitment

    /**
     * key-figures.md "Recruitment": a chain is a first posting and the postings that re-post it; its
     * outcome is the last posting's, and it belongs to the first posting's unit.
     */
    private void buildRecruitment() {
        Map<String, Posting> byId = new HashMap<>();
        Map<String, Posting> repostedBy = new HashMap<>();
        for (Posting posting : postings) {
            byId.put(posting.id(), posting);
            if (posting.repostingOf() != null) {
                repostedBy.put(posting.repostingOf(), posting);
            }
        }
        IntList[] chainLists = new IntList[unitIndex.size()];
        IntList[] postingLists = new IntList[unitIndex.size()];
        IntList applications = new IntList();
        IntList invited = new IntList();
        IntList withdrawn = new IntList();
        for (Posting posting : postings) {
            Integer unit = unitIndex.get(posting.unitId());
            if (unit == null) {
                continue;
            }
            int[] counts = applicationCounts.getOrDefault(posting.id(), new int[3]);
            add(postingLists, unit, postingJob.size());
            postingJob.add(jobIndex.computeIfAbsent(posting.jobFamily(), k -> jobIndex.size()));
            postingDeadline.add(day(posting.deadline()));
            applications.add(counts[0]);
            invited.add(counts[1]);
            withdrawn.add(counts[2]);
            if (posting.repostingOf() != null) {
                continue;
            }
            Posting last = posting;
            for (int steps = 0; repostedBy.containsKey(last.id()) && steps < postings.size(); steps++) {
                last = repostedBy.get(last.id());
            }
            add(chainLists, unit, chainJob.size());
            chainJob.add(jobIndex.get(posting.jobFamily()));
            chainFirstDeadline.add(day(posting.deadline()));
            chainFirstPublished.add(day(posting.publishedDate()));
            chainFirstFilled.add(posting.outcome() == PostingOutcome.FILLED ? 1 : 0);
            chainOutcome.add(last.outcome().ordinal());
            chainFilledDate.add(last.filledDate() == null ? Snapshot.NO_DAY : day(last.filledDate()));
        }
        chainsByUnit = arrays(chainLists);
        postingsByUnit = arrays(postingLists);
        postingApplications = applications.toArray();
        postingInvitedOrLater = invited.toArray();
        postingInvitedWithdrawn = withdrawn.toArray();
    }

    boolean[] chainFirstFilled() {
        boolean[] filled = new boolean[chainFirstFilled.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = chainFirstFilled.get(i) == 1;
        }
        return filled;
    }

    private static void add(IntList[] lists, int unit, int value) {
        if (lists[unit] == null) {
            lists[unit] = new IntList(4);
        }
        lists[unit].add(value);
    }

    private static int[][] arrays(IntList[] lists) {
        int[][] result = new int[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            result[i] = lists[i] == null ? new int[0] : lists[i].toArray();
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private int personIndex(String id) {
        Integer p = personIndex.get(id);
        if (p == null) {
            p = personIndex.size();
            personIndex.put(id, p);
            birthYears.add(0);
        }
        return p;
    }

    static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    private static int hundredths(BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    static byte[] bytes(IntList list) {
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) list.get(i);
        }
        return bytes;
    }

    private record Piece(int start, int end, int segment, double rate, byte kind) {
    }

    /** A sickness spell while it is being assembled. */
    static final class Spell {
        final int start;
        int end;
        boolean running;
        final List<Integer> segments = new ArrayList<>(2);

        Spell(int start) {
            this.start = start;
            this.end = start;
        }

        void extend(int rowEnd, boolean open) {
            end = Math.max(end, rowEnd);
            running |= open;
        }

        /** Longer than 30 calendar days, first to last day; a running spell's length runs to today. */
        boolean isLong(int today) {
            int last = running ? today : end;
            return (long) last - start + 1 > LONG_SPELL_DAYS;
        }

        void addSegment(int segment) {
            if (!segments.contains(segment)) {
                segments.add(segment);
            }
        }
    }
}
