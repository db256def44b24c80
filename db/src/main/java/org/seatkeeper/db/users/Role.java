package org.seatkeeper.db.users;

/** What a user may do: viewers read, operators change billing data and run jobs, admins also manage users and settings. */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    public boolean canWrite() {
        return this != VIEWER;
    }

    public boolean isAdmin() {
        return this == ADMIN;
    }
}
