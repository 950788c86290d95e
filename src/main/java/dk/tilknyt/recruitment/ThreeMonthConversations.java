package dk.tilknyt.recruitment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Service-provider interface for the conversations module: whether a hire's 3-month conversation
 * (3-måneders samtale) was held. Recruitment shows "—" for every hire while no bean implements it, so the
 * funnel can continue past the hire without recruitment depending on conversations.
 */
public interface ThreeMonthConversations {

    /** The day the 3-month conversation of this employment was held; empty when it was not (yet). */
    Optional<LocalDate> heldOn(String employmentId);
}
