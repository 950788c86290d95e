package dk.tilknyt.conversations.followup;

import java.time.LocalDate;

/** What was recorded when an item was held. */
public record Note(LocalDate heldOn, boolean byPhone, LocalDate followUpOn, String mentor, String notes, String recordedBy) {
}
