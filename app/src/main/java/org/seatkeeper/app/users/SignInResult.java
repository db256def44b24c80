package org.seatkeeper.app.users;

import org.seatkeeper.app.web.SessionUser;

/** The outcome of a sign-in attempt: the user, or the message to show. */
public record SignInResult(SessionUser user, String problem) {
    static SignInResult ok(SessionUser user) {
        return new SignInResult(user, null);
    }

    static SignInResult refused(String problem) {
        return new SignInResult(null, problem);
    }

    public boolean succeeded() {
        return user != null;
    }
}
