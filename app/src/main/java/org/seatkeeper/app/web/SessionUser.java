package org.seatkeeper.app.web;

import java.io.Serializable;
import org.seatkeeper.db.users.Role;

/** Who is signed in, as kept in the HTTP session. */
public record SessionUser(long id, String username, String displayName, Role role) implements Serializable {
    public boolean canWrite() {
        return role.canWrite();
    }

    public boolean isAdmin() {
        return role.isAdmin();
    }
}
