package dk.tilknyt.recruitment.web;

import java.util.Optional;
import java.util.Set;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.domain.PostingStore.PostingFilter;
import dk.tilknyt.shared.InvalidInputException;

/** Reading list filters from query parameters: an unknown status or job family is a 400 with a message. */
final class PostingFilters {

    private PostingFilters() {
    }

    static PostingFilter of(Set<String> units, String outcome, String jobFamily, OrgDirectory org) {
        PostingOutcome status = null;
        if (!Inputs.blank(outcome)) {
            status = outcome(outcome).orElseThrow(() -> new InvalidInputException("recruitment.filter.outcome",
                    "Unknown status '" + outcome + "': use open, filled, reposted, unfilled or cancelled."));
        }
        return new PostingFilter(units, status, jobFamily(jobFamily, org));
    }

    static String jobFamily(String code, OrgDirectory org) {
        if (Inputs.blank(code)) {
            return null;
        }
        if (!org.isJobFamily(code.strip())) {
            throw new InvalidInputException("recruitment.filter.jobFamily", "Unknown job family '" + code + "'.");
        }
        return code.strip();
    }

    static Optional<PostingOutcome> outcome(String code) {
        if (Inputs.blank(code)) {
            return Optional.empty();
        }
        for (PostingOutcome o : PostingOutcome.values()) {
            if (o.code().equals(code.strip().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
