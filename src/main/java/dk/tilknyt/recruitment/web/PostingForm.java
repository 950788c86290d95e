package dk.tilknyt.recruitment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;

/**
 * The posting form as typed: plain strings, so that anything a person types comes back to them with a
 * message instead of a binding error. {@code fullTime} is {@code ""} (follows the hours), {@code yes} or {@code no}.
 */
public record PostingForm(String unitId, String jobFamily, String title, String employmentType, String weeklyHours,
        String fullTime, String publishedDate, String deadline, List<String> channels) {

    static final int DEFAULT_DAYS_TO_DEADLINE = 14;

    public PostingForm {
        channels = channels == null ? List.of() : channels.stream().filter(c -> !Inputs.blank(c)).map(String::strip).toList();
    }

    /** The terms and anything that could not even be read (a date that is no date, hours that are no number). */
    record Parsed(PostingTerms terms, List<Problem> problems) {
    }

    static PostingForm blank(String unitId, LocalDate today) {
        return new PostingForm(unitId, null, null, "permanent", null, "", today.toString(),
                today.plusDays(DEFAULT_DAYS_TO_DEADLINE).toString(), List.of());
    }

    static PostingForm of(Posting p) {
        return new PostingForm(p.unitId(), p.jobFamily(), p.title(), p.employmentType(),
                p.weeklyHours().stripTrailingZeros().toPlainString(),
                p.fullTime() == null ? "" : p.fullTime() ? "yes" : "no",
                p.publishedDate().toString(), p.deadline().toString(), p.channels());
    }

    Parsed parse() {
        List<Problem> problems = new ArrayList<>();
        BigDecimal hours = Inputs.decimal(weeklyHours).orElse(null);
        if (hours == null && !Inputs.blank(weeklyHours)) {
            problems.add(Problem.of("weeklyHours", "posting.weeklyHours.number"));
        }
        LocalDate published = date("publishedDate", publishedDate, problems);
        LocalDate due = date("deadline", deadline, problems);
        Boolean full = switch (fullTime == null ? "" : fullTime) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            case "" -> null;
            default -> {
                problems.add(Problem.of("fullTime", "posting.fullTime.invalid"));
                yield null;
            }
        };
        PostingTerms terms = new PostingTerms(Inputs.trimmed(unitId), Inputs.trimmed(jobFamily), title,
                Inputs.trimmed(employmentType), hours, full, published, due, channels);
        return new Parsed(terms, problems);
    }

    /** Parse problems first; then the rules' problems for fields that could be read. */
    static List<Problem> merge(List<Problem> parseProblems, List<Problem> ruleProblems) {
        List<Problem> all = new ArrayList<>(parseProblems);
        ruleProblems.stream()
                .filter(r -> r.field() == null || parseProblems.stream().noneMatch(p -> r.field().equals(p.field())))
                .forEach(all::add);
        return all;
    }

    public boolean hasChannel(String channel) {
        return channels.contains(channel);
    }

    /** Channels an import brought that the checkboxes do not offer; kept as they are. */
    public List<String> otherChannels() {
        return channels.stream().filter(c -> !PostingTerms.KNOWN_CHANNELS.contains(c)).toList();
    }

    private static LocalDate date(String field, String value, List<Problem> problems) {
        LocalDate date = Inputs.date(value).orElse(null);
        if (date == null && !Inputs.blank(value)) {
            problems.add(Problem.of(field, "posting.date.invalid"));
        }
        return date;
    }
}
