package dk.tilknyt.security;

import java.time.OffsetDateTime;

/** A stored local user (without the password hash), as the user administration shows it. */
public record UserAccount(String username, Role role, String scopeUnitId, String personId, boolean demo,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
