package dk.tilknyt.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small builders for postings and applications in plain tests. */
public final class Postings {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Postings() {
    }

    public static PostingTerms terms() {
        return new PostingTerms("pc-sol", "sosu_assistant", "Social- og sundhedsassistent, nat", "permanent",
                new BigDecimal("32"), null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15),
                List.of("jobnet", "video"));
    }

    public static Posting open(String id) {
        return Posting.open(id, terms());
    }

    public static Posting posting(String id, String repostingOf, PostingOutcome outcome, LocalDate deadline,
            LocalDate filled) {
        return new Posting(id, "pc-sol", "nurse", null, "permanent", new BigDecimal("37"), deadline.minusDays(14),
                deadline, repostingOf, outcome, filled, List.of("jobnet"));
    }

    public static Application application(String id, Stage stage, ApplicationOutcome outcome, boolean called) {
        return new Application(id, "P1", LocalDate.of(2026, 3, 2), stage.code(), outcome.code(),
                outcome == ApplicationOutcome.WITHDRAWN ? "other_job" : null, null, called);
    }
}
