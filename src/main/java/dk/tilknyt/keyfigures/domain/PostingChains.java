package dk.tilknyt.keyfigures.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.tilknyt.recruitment.Application;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingOutcome;

/**
 * key-figures.md "Recruitment" in compact form: posting chains (a first posting and the postings that
 * re-post it, with the last posting's outcome, owned by the first posting's unit) and single postings
 * with their application counts, both listed by unit.
 */
final class PostingChains {

    final int[][] chainsByUnit;
    final int[] chainJob;
    final int[] chainFirstDeadline;
    final int[] chainFirstPublished;
    final boolean[] chainFirstFilled;
    final PostingOutcome[] chainOutcome;
    final int[] chainFilledDate;    // Snapshot.NO_DAY when none

    final int[][] postingsByUnit;
    final int[] postingJob;
    final int[] postingDeadline;
    final int[] postingApplications;
    final int[] postingInvitedOrLater;
    final int[] postingInvitedWithdrawn;

    private PostingChains(Builder b, int units) {
        int chains = b.chainFirst.size();
        chainsByUnit = new int[units][];
        chainJob = new int[chains];
        chainFirstDeadline = new int[chains];
        chainFirstPublished = new int[chains];
        chainFirstFilled = new boolean[chains];
        chainOutcome = new PostingOutcome[chains];
        chainFilledDate = new int[chains];
        for (int c = 0; c < chains; c++) {
            Posting first = b.chainFirst.get(c);
            Posting last = b.chainLast.get(c);
            chainJob[c] = b.jobIndex.get(first.jobFamily());
            chainFirstDeadline[c] = SnapshotBuilder.day(first.deadline());
            chainFirstPublished[c] = SnapshotBuilder.day(first.publishedDate());
            chainFirstFilled[c] = first.outcome() == PostingOutcome.FILLED;
            chainOutcome[c] = last.outcome();
            chainFilledDate[c] = last.filledDate() == null ? Snapshot.NO_DAY : SnapshotBuilder.day(last.filledDate());
        }
        int postings = b.postings.size();
        postingsByUnit = new int[units][];
        postingJob = new int[postings];
        postingDeadline = new int[postings];
        postingApplications = new int[postings];
        postingInvitedOrLater = new int[postings];
        postingInvitedWithdrawn = new int[postings];
        for (int x = 0; x < postings; x++) {
            Posting posting = b.postings.get(x);
            int[] counts = b.applicationCounts.getOrDefault(posting.id(), new int[3]);
            postingJob[x] = b.jobIndex.get(posting.jobFamily());
            postingDeadline[x] = SnapshotBuilder.day(posting.deadline());
            postingApplications[x] = counts[0];
            postingInvitedOrLater[x] = counts[1];
            postingInvitedWithdrawn[x] = counts[2];
        }
        for (int u = 0; u < units; u++) {
            chainsByUnit[u] = b.chainsByUnit[u] == null ? new int[0] : b.chainsByUnit[u].toArray();
            postingsByUnit[u] = b.postingsByUnit[u] == null ? new int[0] : b.postingsByUnit[u].toArray();
        }
    }

    /** Collects postings and applications in any order, then links the chains. */
    static final class Builder {

        private final Map<String, Integer> unitIndex;
        private final Map<String, Integer> jobIndex;
        private final List<Posting> all = new ArrayList<>();
        private final Map<String, int[]> applicationCounts = new HashMap<>();
        private final List<Posting> postings = new ArrayList<>();
        private final List<Posting> chainFirst = new ArrayList<>();
        private final List<Posting> chainLast = new ArrayList<>();
        private IntList[] chainsByUnit;
        private IntList[] postingsByUnit;

        /** Job families met in postings but missing from the catalogue are added to {@code jobIndex}. */
        Builder(Map<String, Integer> unitIndex, Map<String, Integer> jobIndex) {
            this.unitIndex = unitIndex;
            this.jobIndex = jobIndex;
        }

        void posting(Posting posting) {
            all.add(posting);
        }

        void application(Application application) {
            int[] counts = applicationCounts.computeIfAbsent(application.postingId(), k -> new int[3]);
            counts[0]++;
            String stage = lower(application.furthestStage());
            if (stage.equals("invited") || stage.equals("interviewed") || stage.equals("offered") || stage.equals("hired")) {
                counts[1]++;
            }
            // key-figures.md interview_dropout_rate: invited, then withdrew before the interview
            if (stage.equals("invited") && lower(application.outcome()).equals("withdrawn")) {
                counts[2]++;
            }
        }

        PostingChains build() {
            Map<String, Posting> repostedBy = new HashMap<>();
            for (Posting posting : all) {
                if (posting.repostingOf() != null) {
                    repostedBy.put(posting.repostingOf(), posting);
                }
            }
            chainsByUnit = new IntList[unitIndex.size()];
            postingsByUnit = new IntList[unitIndex.size()];
            for (Posting posting : all) {
                Integer unit = unitIndex.get(posting.unitId());
                if (unit == null) {
                    continue;
                }
                jobIndex.computeIfAbsent(posting.jobFamily(), k -> jobIndex.size());
                add(postingsByUnit, unit, postings.size());
                postings.add(posting);
                if (posting.repostingOf() == null) {
                    Posting last = posting;
                    for (int steps = 0; repostedBy.containsKey(last.id()) && steps < all.size(); steps++) {
                        last = repostedBy.get(last.id());
                    }
                    add(chainsByUnit, unit, chainFirst.size());
                    chainFirst.add(posting);
                    chainLast.add(last);
                }
            }
            return new PostingChains(this, unitIndex.size());
        }

        private static void add(IntList[] lists, int unit, int value) {
            if (lists[unit] == null) {
                lists[unit] = new IntList(4);
            }
            lists[unit].add(value);
        }

        private static String lower(String value) {
            return value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
