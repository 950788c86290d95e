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
import dk.tilknyt.keyfigures.domain.AbsenceSpreading.Piece;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Person;
import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;

/**
 * Builds a {@link Snapshot} from rows streamed in this order: persons, segments, absence rows
 * (grouped by person, as {@code Absences.forEach} delivers them), postings and applications
 * (see {@link PostingChains}).
 *
 * <p>The rules that do not depend on a query are applied here, once: how an absence row's hours are
 * spread over days and segments, which rows form one sickness spell and how long it is, which
 * segments follow a segment of the same employment with other hours, and the 90-day chains behind
 * tenure.
 */
public final class SnapshotBuilder {

    /** key-figures.md: a re-hire or move within 90 days continues the chain. */
    static final int CHAIN_GAP_DAYS = 90;
    private static final int MAX_PIECE_DAYS = 31;

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
    PostingChains chains;

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

    private PostingChains.Builder recruitment;

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
        recruitment().posting(posting);
    }

    public void application(Application application) {
        recruitment().application(application);
    }

    private PostingChains.Builder recruitment() {
        if (recruitment == null) {
            recruitment = new PostingChains.Builder(unitIndex, jobIndex);
        }
        return recruitment;
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
        chains = recruitment().build();
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
        List<SicknessSpells.Spell> spells = SicknessSpells.of(rows, rowSpell);
        AbsenceSpreading.Segments segments = segmentsOf(p);

        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Absence row = rows.get(i);
            SicknessSpells.Spell spell = rowSpell[i] >= 0 ? spells.get(rowSpell[i]) : null;
            int employment = AbsenceSpreading.PERSON_WIDE;
            if (row.employmentId() != null) {
                Integer known = employmentIndex.get(row.employmentId());
                if (known == null) {
                    continue;
                }
                employment = known;
            }
            int lastDay = row.end() == null ? todayDay : day(row.end());
            byte kind = (byte) (row.type().ordinal() | (spell != null && spell.isLong(todayDay) ? Snapshot.LONG_SPELL : 0));
            int before = pieces.size();
            AbsenceSpreading.spread(segments, row, employment, lastDay, kind, pieces);
            if (spell != null) {
                for (int k = before; k < pieces.size(); k++) {
                    spell.addSegment(pieces.get(k).segment());
                }
            }
        }
        pieces = shortened(pieces);
        pieces.sort(Comparator.comparingInt(Piece::start));
        pieceFrom[p] = pieceStart.size();
        int longest = 0;
        for (Piece piece : pieces) {
            pieceStart.add(piece.start());
            pieceEnd.add(piece.end());
            pieceSegment.add(piece.segment());
            pieceRate.add(piece.rate());
            pieceKind.add(piece.kind());
            longest = Math.max(longest, piece.end() - piece.start());
        }
        pieceTo[p] = pieceStart.size();
        pieceMaxLength[p] = longest;

        spellFrom[p] = spellEnd.size();
        for (SicknessSpells.Spell spell : spells) {
            if (!spell.running) {
                spellEnd.add(spell.end);
                spellSegmentStart.add(spellSegments.size());
                spell.segments.forEach(spellSegments::add);
            }
        }
        spellTo[p] = spellEnd.size();
    }

    /** The person's segments of every type, as the absence rules see them. */
    private AbsenceSpreading.Segments segmentsOf(int p) {
        int n = allOffset[p + 1] - allOffset[p];
        int[] start = new int[n];
        int[] end = new int[n];
        int[] weekly = new int[n];
        int[] employment = new int[n];
        int[] segment = new int[n];
        for (int i = 0; i < n; i++) {
            int r = allOrder[allOffset[p] + i];
            start[i] = rStart.get(r);
            end[i] = rEnd.get(r);
            weekly[i] = rWeekly.get(r);
            employment[i] = rEmployment.get(r);
            segment[i] = rawToSegment[r];
        }
        return new AbsenceSpreading.Segments(start, end, weekly, employment, segment);
    }

    /**
     * Cuts pieces into stretches of at most {@link #MAX_PIECE_DAYS} days, so that a query finds a
     * person's pieces overlapping its period by looking back at most that far from the period's start.
     */
    private static List<Piece> shortened(List<Piece> pieces) {
        List<Piece> result = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            for (int start = piece.start(); start <= piece.end(); start += MAX_PIECE_DAYS) {
                int end = Math.min(piece.end(), start + MAX_PIECE_DAYS - 1);
                if (WorkingDays.between(start, end) > 0) {
                    result.add(new Piece(start, end, piece.segment(), piece.rate(), piece.kind()));
                }
            }
        }
        return result;
    }

    int[] spellSegmentOffset() {
        int[] offsets = new int[spellSegmentStart.size() + 1];
        for (int i = 0; i < spellSegmentStart.size(); i++) {
            offsets[i] = spellSegmentStart.get(i);
        }
        offsets[spellSegmentStart.size()] = spellSegments.size();
        return offsets;
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

    static byte[] bytes(IntList list) {
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) list.get(i);
        }
        return bytes;
    }
}
