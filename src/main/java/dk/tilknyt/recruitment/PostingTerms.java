package dk.tilknyt.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.tilknyt.recruitment.RecruitmentRejected.Problem;

/**
 * What a person decides when writing a posting: where, what, how many hours, where it is advertised and
 * until when. {@code fullTime == null} means "derive it from the hours".
 */
public record PostingTerms(
        String unitId,
        String jobFamily,
        String title,
        String employmentType,
        BigDecimal weeklyHours,
        Boolean fullTime,
        LocalDate publishedDate,
        LocalDate deadline,
        List<String> channels) {

    /** Channels offered as checkboxes; imported postings may carry others, which are kept. */
    public static final List<String> KNOWN_CHANNELS = List.of("jobnet", "website", "social", "print", "video", "referral");
    static final Set<String> EMPLOYMENT_TYPES = Set.of("permanent", "temporary", "trainee", "hourly");
    static final BigDecimal MAX_WEEKLY_HOURS = new BigDecimal("48");
    static final int MAX_TITLE = 300;
    static final int MAX_CHANNELS_TEXT = 300;

    public PostingTerms {
        channels = channels == null ? List.of() : channels.stream().distinct().toList();
        title = title == null || title.isBlank() ? null : title.strip();
    }

    /**
     * The rules a posting's terms must keep on their own (the schema's and import-format.md's); the unit and
     * job family are checked against the org tree by the caller. Empty when all is well.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (unitId == null || unitId.isBlank()) {
            problems.add(Problem.of("unitId", "posting.unit.required"));
        }
        if (jobFamily == null || jobFamily.isBlank()) {
            problems.add(Problem.of("jobFamily", "posting.jobFamily.required"));
        }
        if (title != null && title.length() > MAX_TITLE) {
            problems.add(Problem.of("title", "posting.title.tooLong", MAX_TITLE));
        }
        if (employmentType == null || !EMPLOYMENT_TYPES.contains(employmentType)) {
            problems.add(Problem.of("employmentType", "posting.employmentType.invalid"));
        }
        if (weeklyHours == null) {
            problems.add(Problem.of("weeklyHours", "posting.weeklyHours.required"));
        } else if (weeklyHours.signum() <= 0 || weeklyHours.compareTo(MAX_WEEKLY_HOURS) > 0 || weeklyHours.scale() > 2) {
            problems.add(Problem.of("weeklyHours", "posting.weeklyHours.range"));
        }
        if (publishedDate == null) {
            problems.add(Problem.of("publishedDate", "posting.publishedDate.required"));
        }
        if (deadline == null) {
            problems.add(Problem.of("deadline", "posting.deadline.required"));
        } else if (publishedDate != null && deadline.isBefore(publishedDate)) {
            problems.add(Problem.of("deadline", "posting.deadline.beforePublished"));
        }
        if (channels.stream().anyMatch(c -> !c.matches("[a-z][a-z0-9_]{0,29}"))) {
            problems.add(Problem.of("channels", "posting.channels.invalid"));
        } else if (String.join("|", channels).length() > MAX_CHANNELS_TEXT) {
            problems.add(Problem.of("channels", "posting.channels.tooMany"));
        }
        return problems;
    }

    public PostingTerms withPeriod(LocalDate published, LocalDate newDeadline) {
        return new PostingTerms(unitId, jobFamily, title, employmentType, weeklyHours, fullTime, published, newDeadline,
                channels);
    }
}
