package org.seatkeeper.db.users;

import static org.jooq.Records.mapping;
import static org.seatkeeper.db.jooq.Tables.APP_USER;
import static org.seatkeeper.db.jooq.Tables.FIRST_RUN_SETUP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.seatkeeper.db.OptimisticLockException;

public final class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    public Optional<User> findByUsername(String username) {
        return dsl.select(columns()).from(APP_USER)
                .where(APP_USER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(UserRepository::toUser);
    }

    public Optional<User> findById(long id) {
        return dsl.select(columns()).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(UserRepository::toUser);
    }

    public List<User> findAll() {
        return dsl.select(columns()).from(APP_USER).orderBy(APP_USER.USERNAME).fetch(UserRepository::toUser);
    }

    public long insert(String username, String displayName, String passwordHash, Role role, Instant now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.CREATED_AT, now)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
    }

    /**
     * Records that first-run setup created {@code adminId}. The table holds one row at most: a second setup's insert
     * fails on its primary key, and rolls back the administrator it was about to create.
     */
    public void recordFirstRunSetup(long adminId, Instant now) {
        dsl.insertInto(FIRST_RUN_SETUP)
                .set(FIRST_RUN_SETUP.ID, 1)
                .set(FIRST_RUN_SETUP.ADMIN_USER_ID, adminId)
                .set(FIRST_RUN_SETUP.DONE_AT, now)
                .execute();
    }

    public void updateRole(long id, Role role, boolean enabled, int expectedVersion) {
        int rows = dsl.update(APP_USER)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .and(APP_USER.VERSION.eq(expectedVersion))
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("This user");
        }
    }

    public void updatePassword(long id, String passwordHash) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void recordFailedLogin(long id, int failedLogins, Instant lockedUntil) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, failedLogins)
                .set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void recordSuccessfulLogin(long id, Instant now) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, now)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    private static SelectFieldOrAsterisk[] columns() {
        return new SelectFieldOrAsterisk[] {APP_USER.asterisk()};
    }

    private static User toUser(Record r) {
        return new User(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.PASSWORD_HASH), Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.ENABLED),
                r.get(APP_USER.FAILED_LOGINS), r.get(APP_USER.LOCKED_UNTIL), r.get(APP_USER.LAST_LOGIN_AT),
                r.get(APP_USER.CREATED_AT), r.get(APP_USER.VERSION));
    }
}
