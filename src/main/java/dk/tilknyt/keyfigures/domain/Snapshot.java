package dk.tilknyt.keyfigures.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * Everything the figures need, in compact arrays, built once after each change (see
 * {@link SnapshotBuilder}) and then only read, by any number of requests at once.
 *
 * <p>Days are epoch days; an open segment ends on {@link #OPEN}. Persons, their included segments
 * (permanent and temporary only, ordered by start), their absence pieces (ordered by start) and their
 * ended sickness spells (ordered by end) are addressed by offsets: person {@code p} owns
 * {@code [segmentOffset[p], segmentOffset[p + 1])} and so on.
 */
public final class Snapshot {

    /** The end of an open segment: later than any day a figure is computed for. */
    static final int OPEN = Integer.MAX_VALUE / 2;
    static final int NO_DAY = Integer.MIN_VALUE;

    final LocalDate today;
    final Map<String, Integer> unitIndex;
    final Map<String, Integer> jobFamilyIndex;

    // persons
    final int personCount;
    final int[] birthYear;          // 0 = unknown
    final int[][] personsByUnit;    // persons with an included segment in the unit, ascending

    // included segments
    final int[] segmentOffset;
    final int[] segStart;
    final int[] segEnd;
    final int[] segUnit;
    final int[] segJob;
    final int[] segWeekly;          // hundredths of an hour
    final byte[] segReason;         // DepartureReason ordinal, -1 = none
    final byte[] segHoursChange;    // +1 / -1: follows a segment of the same employment with fewer / more hours
    final int[] segChainStart;      // first day of the 90-day chain of included segments the segment belongs to

    // absence pieces: one absence row on one included segment over a stretch with constant hours a working day
    final int[] pieceFrom;
    final int[] pieceTo;
    final int[] pieceMaxLength;     // per person: the longest piece (end - start), bounds the backward scan
    final int[] pieceStart;
    final int[] pieceEnd;
    final int[] pieceSegment;
    final double[] pieceRate;       // micro-hours per working day
    final byte[] pieceKind;         // AbsenceType ordinal, | LONG_SPELL when part of a spell longer than 30 days

    // ended sickness spells, by end day, with the included segments that carry hours of them
    final int[] spellFrom;
    final int[] spellTo;
    final int[] spellEnd;
    final int[] spellSegmentOffset;
    final int[] spellSegments;

    final PostingChains recruitment;

    static final byte LONG_SPELL = (byte) 0x40;
    static final byte TYPE_MASK = 0x3f;

    Snapshot(SnapshotBuilder b) {
        this.today = b.today;
        this.unitIndex = Map.copyOf(b.unitIndex);
        this.jobFamilyIndex = Map.copyOf(b.jobIndex);
        this.personCount = b.personCount();
        this.birthYear = b.birthYears.toArray();
        this.personsByUnit = b.personsByUnit;
        this.segmentOffset = b.segmentOffset;
        this.segStart = b.segStart;
        this.segEnd = b.segEnd;
        this.segUnit = b.segUnit;
        this.segJob = b.segJob;
        this.segWeekly = b.segWeekly;
        this.segReason = b.segReason;
        this.segHoursChange = b.segHoursChange;
        this.segChainStart = b.segChainStart;
        this.pieceFrom = b.pieceFrom;
        this.pieceTo = b.pieceTo;
        this.pieceMaxLength = b.pieceMaxLength;
        this.pieceStart = b.pieceStart.toArray();
        this.pieceEnd = b.pieceEnd.toArray();
        this.pieceSegment = b.pieceSegment.toArray();
        this.pieceRate = b.pieceRate.toArray();
        this.pieceKind = SnapshotBuilder.bytes(b.pieceKind);
        this.spellFrom = b.spellFrom;
        this.spellTo = b.spellTo;
        this.spellEnd = b.spellEnd.toArray();
        this.spellSegmentOffset = b.spellSegmentOffset();
        this.spellSegments = b.spellSegments.toArray();
        this.recruitment = b.chains;
    }

    /** The day the snapshot counts open absence rows up to; a new day needs a new snapshot. */
    public LocalDate today() {
        return today;
    }

    public int persons() {
        return personCount;
    }

    public int absencePieces() {
        return pieceStart.length;
    }
}
