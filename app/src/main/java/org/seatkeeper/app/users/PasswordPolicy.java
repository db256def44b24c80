package org.seatkeeper.app.users;

import java.util.Optional;

/** What makes a password acceptable; returns the message to show by the field when it is not. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {
    }

    static Optional<String> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password.");
        }
        if (password.length() < MINIMUM_LENGTH) {
            return Optional.of("Use at least " + MINIMUM_LENGTH + " characters.");
        }
        if (password.length() > 200) {
            return Optional.of("Use at most 200 characters.");
        }
        return Optional.empty();
    }
}
