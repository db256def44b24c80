package org.seatkeeper.db.users;

import java.time.Instant;

/** A person who signs in. The password hash never leaves the users package except to the password check. */
public record User(long id, String username, String displayName, String passwordHash, Role role, boolean enabled,
                   int failedLogins, Instant lockedUntil, Instant lastLoginAt, Instant createdAt, int version) {
}
