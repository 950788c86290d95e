package dk.tilknyt.conversations.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A request for more or fewer weekly hours from a date, and the leader's answer. */
public record HoursRequest(long id, Long itemId, String personId, String employmentId, LocalDate from,
                           BigDecimal currentHours, BigDecimal requestedHours, String requestedBy, LocalDate requestedOn,
                           Status status, String decidedBy, LocalDate decidedOn, String declineReason) {

    public enum Status {
        PENDING, APPROVED, DECLINED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** Positive for more hours. */
    public BigDecimal change() {
        return requestedHours.subtract(currentHours);
    }
}
