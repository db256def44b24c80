package org.seatkeeper.app.web;

import java.io.Serializable;
import org.seatkeeper.db.users.Role;

/**
 * Who is signed in, as kept in the HTTP session.
 *
 * @param accessRevision the user's access revision at sign-in: a change of role or of "can sign in" raises it, and a
 *                       session signed in before that is ended (see UserService#sessionStillValid)
 */
public record SessionUser(long id, String username, String displayName, Role role, long accessRevision)
        implements Serializable {
    public boolean canWrite() {
        return role.canWrite();
    }

    public boolean isAdmin() {
        return role.isAdmin();
    }
}
