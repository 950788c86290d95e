package dk.tilknyt.recruitment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.shared.DateRange;

/**
 * The filters of the funnel, chain and hard-to-fill pages as typed. The default period runs from a year ago
 * to half a year ahead, so that postings open today are in it.
 */
public record ViewFilter(String unit, String from, String to, String jobFamily, String channel) {

    static final int DEFAULT_MONTHS_BACK = 12;
    static final int DEFAULT_MONTHS_AHEAD = 6;

    /** The filters read, with defaults for what was left empty, and what could not be read. */
    record Read(DateRange period, String jobFamily, String channel, List<Problem> problems) {
    }

    Read read(LocalDate today, OrgDirectory org) {
        List<Problem> problems = new ArrayList<>();
        LocalDate start = date("from", from, today.minusMonths(DEFAULT_MONTHS_BACK), problems);
        LocalDate end = date("to", to, today.plusMonths(DEFAULT_MONTHS_AHEAD), problems);
        if (start.isAfter(end)) {
            problems.add(Problem.of("to", "view.period.fromAfterTo"));
            end = start;
        }
        String family = Inputs.trimmed(jobFamily);
        if (family != null && !org.isJobFamily(family)) {
            problems.add(Problem.of("jobFamily", "posting.jobFamily.unknown"));
            family = null;
        }
        String via = Inputs.trimmed(channel);
        if (via != null && !via.matches("[a-z][a-z0-9_]{0,29}")) {
            problems.add(Problem.of("channel", "posting.channels.invalid"));
            via = null;
        }
        return new Read(DateRange.of(start, end), family, via, problems);
    }

    /** The filter with the values actually used, for filling the form again. */
    ViewFilter shown(String unitId, Read read) {
        return new ViewFilter(unitId, read.period().from().toString(), read.period().to().toString(),
                read.jobFamily(), read.channel());
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<Problem> problems) {
        if (Inputs.blank(value)) {
            return fallback;
        }
        return Inputs.date(value).orElseGet(() -> {
            problems.add(Problem.of(field, "posting.date.invalid"));
            return fallback;
        });
    }
}
