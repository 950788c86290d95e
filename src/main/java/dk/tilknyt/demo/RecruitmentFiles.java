package dk.tilknyt.demo;

import static dk.tilknyt.demo.Weighted.between;
import static dk.tilknyt.demo.Weighted.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.tilknyt.demo.PostingChain.Ad;

/**
 * Writes the postings of the recruitment chains that began in the last years, as they stood on the
 * last day, and their pseudonymous applications: many applicants for helper and office jobs, few for
 * nurses, 0-2 for health visitors and dentists; most rejected after applying, some invited who then
 * withdrew, one hired per filled posting, pointing at the employment the applicant became.
 */
final class RecruitmentFiles {

    private static final String[] INVITED_REASONS = {"no_show", "other_job", "changed_mind", "commute", "other"};
    private static final double[] INVITED_WEIGHTS = {35, 35, 15, 10, 5};
    private static final String[] OFFERED_REASONS = {"salary", "hours", "other_job", "commute"};
    private static final double[] OFFERED_WEIGHTS = {35, 35, 20, 10};

    private final int since;
    private final int last;
    private final long seed;
    private final CsvFile postings;
    private final CsvFile applications;

    RecruitmentFiles(LocalDate since, LocalDate last, long seed, CsvFile postings, CsvFile applications) {
        this.since = (int) since.toEpochDay();
        this.last = (int) last.toEpochDay();
        this.seed = seed;
        this.postings = postings;
        this.applications = applications;
    }

    void write(PostingChain chain) {
        if (chain.firstPublished() < since || chain.firstPublished() > last) {
            return;
        }
        SplittableRandom rng = new SplittableRandom(seed ^ (0xC2B2AE3D27D4EB4FL * (chain.index + 1)));
        String previous = null;
        for (Ad ad : chain.ads) {
            if (ad.published() > last) {
                return;
            }
            String id = "opslag-" + AbsenceHistory.pad(postings.rows() + 1).substring(2);
            boolean decided = ad.decidedDay() <= last;
            String outcome = decided ? ad.outcome() : "open";
            postings.row(id, chain.slot.unit.id(), chain.slot.family.code(), title(chain), "permanent",
                    MunicipalityGenerator.hours(chain.hours), date(ad.published()), date(ad.deadline()), previous,
                    outcome, "filled".equals(outcome) ? date(ad.filledDay()) : null, channels(rng, previous != null));
            applications(rng, chain, ad, id);
            previous = id;
        }
    }

    private void applications(SplittableRandom rng, PostingChain chain, Ad ad, String postingId) {
        Family family = chain.slot.family;
        boolean hires = "filled".equals(ad.outcome());
        int count = family == Family.HEALTH_VISITOR || family == Family.DENTAL ? between(rng, 0, 2)
                : Weighted.poisson(rng, family.applicantsMean * ("filled".equals(ad.outcome()) ? 1 : 0.5));
        if (hires) {
            count = Math.max(1, count);
        }
        int hired = hires ? rng.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            int span = ad.deadline() - ad.published();
            int applied = ad.published() + (int) Math.round(span * Math.sqrt(rng.nextDouble()));
            String[] stage = i == hired ? hiredStage(chain, ad) : stage(rng, ad, count);
            if (applied <= last) {
                applications.row("ans-" + AbsenceHistory.pad(applications.rows() + 1).substring(1), postingId,
                        date(applied), stage[0], stage[1], stage[2], stage[3]);
            }
        }
    }

    private String[] hiredStage(PostingChain chain, Ad ad) {
        if (ad.filledDay() > last) {
            return new String[] {"interviewed", "pending", null, null};
        }
        boolean started = chain.hired != null && chain.startDay <= last;
        return new String[] {"hired", "hired", null, started ? chain.hired.id : null};
    }

    /** furthest stage, outcome, withdrawal reason, employment for one applicant who was not hired. */
    private String[] stage(SplittableRandom rng, Ad ad, int applicants) {
        if (ad.decidedDay() > last) {
            String furthest = ad.deadline() >= last ? "applied" : chance(rng, 0.3) ? "invited" : "applied";
            return new String[] {furthest, "pending", null, null};
        }
        double invited = applicants <= 3 ? 0.7 : Math.min(0.5, 4.0 / applicants);
        double r = rng.nextDouble();
        if (r < 0.05) {
            return new String[] {"applied", "withdrawn", chance(rng, 0.6) ? "other_job" : "changed_mind", null};
        }
        if (r > invited) {
            return new String[] {"applied", "rejected", null, null};
        }
        double next = rng.nextDouble();
        if (next < 0.15) {
            return new String[] {"invited", "withdrawn",
                    INVITED_REASONS[Weighted.index(rng, INVITED_WEIGHTS)], null};
        }
        if (next < 0.22 && !"cancelled".equals(ad.outcome())) {
            return new String[] {"offered", "withdrawn", OFFERED_REASONS[Weighted.index(rng, OFFERED_WEIGHTS)], null};
        }
        return new String[] {"interviewed", "rejected", null, null};
    }

    private static String title(PostingChain chain) {
        String layer = chain.slot.layer;
        String shift = "evening".equals(layer) ? ", aftenvagt" : "night".equals(layer) ? ", nattevagt" : "";
        return chain.slot.family.titleDa() + " til " + chain.slot.unit.name() + ", "
                + MunicipalityGenerator.hours(chain.hours) + " timer" + shift;
    }

    private static String channels(SplittableRandom rng, boolean repost) {
        List<String> channels = new ArrayList<>(List.of("jobnet", "website"));
        if (chance(rng, repost ? 0.7 : 0.35)) {
            channels.add("social");
        }
        if (chance(rng, 0.05)) {
            channels.add("print");
        }
        if (chance(rng, repost ? 0.25 : 0.05)) {
            channels.add("video");
        }
        if (chance(rng, 0.08)) {
            channels.add("referral");
        }
        return String.join("|", channels);
    }

    private static String date(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }
}
