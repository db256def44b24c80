package org.seatkeeper.app.users;

/** A user as the users page shows it. */
public record UserRow(long id, String username, String displayName, String role, String status, String statusKind,
                      String lastLogin) {
}
