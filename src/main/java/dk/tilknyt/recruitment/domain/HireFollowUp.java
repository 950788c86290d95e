package dk.tilknyt.recruitment.domain;

import java.time.LocalDate;
import java.util.Collection;

import dk.tilknyt.people.EmploymentSegment;

/**
 * What became of a hire: was its employment found in the posting's unit, was the 3-month conversation held,
 * and is the person still employed in the municipality 12 months after the employment's first day.
 */
public record HireFollowUp(
        String applicationId,
        String employmentId,
        LocalDate start,
        Conversation conversation,
        LocalDate conversationHeldOn,
        Retention retention,
        LocalDate retentionDay) {

    /** Whether the 3-month conversation was held; UNKNOWN while no conversations module answers. */
    public enum Conversation { UNKNOWN, HELD, NOT_HELD }

    /** Employed on the day 12 months after the start: YES / NO, NOT_YET before that day, UNKNOWN without employment. */
    public enum Retention { YES, NO, NOT_YET, UNKNOWN }

    public boolean employmentFound() {
        return start != null;
    }

    /** A hire whose employment is not (yet) linked or not (yet) imported. */
    static HireFollowUp notFound(String applicationId, String employmentId) {
        return new HireFollowUp(applicationId, employmentId, null, Conversation.UNKNOWN, null, Retention.UNKNOWN, null);
    }

    /** Still employed 12 months after the start: any employment segment of the person covers that day. */
    static Retention retention(Collection<EmploymentSegment> personHistory, LocalDate start, LocalDate today) {
        LocalDate day = retentionDay(start);
        if (day.isAfter(today)) {
            return Retention.NOT_YET;
        }
        return personHistory.stream().anyMatch(s -> s.covers(day)) ? Retention.YES : Retention.NO;
    }

    static LocalDate retentionDay(LocalDate start) {
        return start.plusMonths(12);
    }
}
