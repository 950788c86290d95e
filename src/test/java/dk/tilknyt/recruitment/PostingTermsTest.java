package dk.tilknyt.recruitment;

import static dk.tilknyt.recruitment.Postings.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.recruitment.RecruitmentRejected.Problem;

class PostingTermsTest {

    @Test
    void goodTermsHaveNoProblems() {
        assertThat(Postings.terms().problems()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        PostingTerms bad = new PostingTerms(" ", null, "x".repeat(301), "freelance", new BigDecimal("48.5"), null,
                TODAY, TODAY.minusDays(1), List.of("Job Net"));

        assertThat(bad.problems()).extracting(Problem::field).containsExactly("unitId", "jobFamily", "title",
                "employmentType", "weeklyHours", "deadline", "channels");
    }

    @Test
    void weeklyHoursMustBeAboveZeroAndAtMostFortyEightWithTwoDecimals() {
        assertThat(withHours("0").problems()).extracting(Problem::key).containsExactly("posting.weeklyHours.range");
        assertThat(withHours("48").problems()).isEmpty();
        assertThat(withHours("32.25").problems()).isEmpty();
        assertThat(withHours("32.125").problems()).extracting(Problem::key).containsExactly("posting.weeklyHours.range");
        assertThat(withHours(null).problems()).extracting(Problem::key).containsExactly("posting.weeklyHours.required");
    }

    @Test
    void theDeadlineMayBeThePublicationDayButNotBefore() {
        assertThat(Postings.terms().withPeriod(TODAY, TODAY).problems()).isEmpty();
        assertThat(Postings.terms().withPeriod(TODAY, TODAY.minusDays(1)).problems())
                .extracting(Problem::key).containsExactly("posting.deadline.beforePublished");
    }

    @Test
    void openingWithBadTermsIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> Posting.open("P1", withHours("-1"))).isInstanceOf(RecruitmentRejected.class)
                .satisfies(e -> assertThat(((RecruitmentRejected) e).unprocessable()).isTrue());
    }

    @Test
    void aBlankTitleIsNoTitleAndChannelsAreNotRepeated() {
        PostingTerms terms = new PostingTerms("u", "nurse", "  ", "permanent", BigDecimal.TEN, null, TODAY, TODAY,
                List.of("jobnet", "jobnet", "video"));

        assertThat(terms.title()).isNull();
        assertThat(terms.channels()).containsExactly("jobnet", "video");
    }

    private static PostingTerms withHours(String hours) {
        PostingTerms t = Postings.terms();
        return new PostingTerms(t.unitId(), t.jobFamily(), t.title(), t.employmentType(),
                hours == null ? null : new BigDecimal(hours), null, t.publishedDate(), t.deadline(), t.channels());
    }
}
