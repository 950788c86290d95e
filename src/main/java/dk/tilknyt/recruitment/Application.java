package dk.tilknyt.recruitment;

import java.time.LocalDate;

/** A pseudonymous application to a posting; no names are ever stored. */
public record Application(
        String id,
        String postingId,
        LocalDate appliedDate,
        String furthestStage,
        String outcome,
        String withdrawnReason,
        String employmentId) {
}
