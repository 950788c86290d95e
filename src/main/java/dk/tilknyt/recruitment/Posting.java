package dk.tilknyt.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A job posting (stillingsopslag); {@code repostingOf} names the posting it re-posts (genopslag). */
public record Posting(
        String id,
        String unitId,
        String jobFamily,
        String title,
        String employmentType,
        BigDecimal weeklyHours,
        LocalDate publishedDate,
        LocalDate deadline,
        String repostingOf,
        PostingOutcome outcome,
        LocalDate filledDate,
        List<String> channels) {
}
