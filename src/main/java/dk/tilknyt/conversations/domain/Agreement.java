package dk.tilknyt.conversations.domain;

import java.time.LocalDate;

/** A §56 agreement (chronic illness): only that it exists and when it runs, never why. */
public record Agreement(long id, String personId, LocalDate validFrom, LocalDate expiresOn) {
}
