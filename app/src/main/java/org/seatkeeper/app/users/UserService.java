package org.seatkeeper.app.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seatkeeper.app.web.SessionUser;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.db.users.User;
import org.seatkeeper.db.users.UserRepository;

/** Sign-in, first-run setup and user management; every change is audited. */
public final class UserService {

    // per user, how often an administrator changed their role or "can sign in" since this server started (sessions
    // live in memory, so an older change cannot concern a session that still exists)
    private final Map<Long, Long> accessRevisions = new ConcurrentHashMap<>();

    static final int FAILURES_BEFORE_LOCK = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final String WRONG = "The user name or password is not right.";

    private final UserRepository users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Clock clock;
    // once true it stays true: users are never deleted, so setup cannot be reopened
    private final AtomicBoolean setupDone = new AtomicBoolean();
    // compared against when the user does not exist, so a wrong name takes as long as a wrong password;
    // computed on first need, not at start-up (a BCrypt hash costs about 100 ms)
    private volatile String dummyHash;

    public UserService(UserRepository users, AuditLog audit, Transactions transactions, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean isSetupDone() {
        if (!setupDone.get() && users.count() > 0) {
            setupDone.set(true);
        }
        return setupDone.get();
    }

    public SignInResult signIn(String username, String password) {
        return transactions.inTransaction(() -> {
            Optional<User> found = users.findByUsername(username == null ? "" : username.trim());
            if (found.isEmpty()) {
                hasher.matches(password == null ? "" : password, dummyHash());
                return SignInResult.refused(WRONG);
            }
            User user = found.get();
            Instant now = clock.instant();
            if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
                return SignInResult.refused("Too many wrong passwords for this user. Try again in "
                        + Math.max(1, Duration.between(now, user.lockedUntil()).toMinutes()) + " minutes, or ask an administrator to reset the password.");
            }
            if (!hasher.matches(password == null ? "" : password, user.passwordHash())) {
                int failures = user.failedLogins() + 1;
                Instant lockedUntil = failures >= FAILURES_BEFORE_LOCK ? now.plus(LOCK_DURATION) : null;
                users.recordFailedLogin(user.id(), lockedUntil == null ? failures : 0, lockedUntil);
                if (lockedUntil != null) {
                    audit.record(user.username(), "LOCKED", "user", user.id(), "Sign-in locked after " + failures + " wrong passwords");
                }
                return SignInResult.refused(WRONG);
            }
            if (!user.enabled()) {
                return SignInResult.refused("This user is disabled. Ask an administrator.");
            }
            users.recordSuccessfulLogin(user.id(), now);
            return SignInResult.ok(new SessionUser(user.id(), user.username(), user.displayName(), user.role(),
                    accessRevision(user.id())));
        });
    }

    /** False once an administrator changed this user's role or disabled them after the session signed in. */
    public boolean sessionStillValid(SessionUser user) {
        return user.accessRevision() == accessRevision(user.id());
    }

    private long accessRevision(long userId) {
        return accessRevisions.getOrDefault(userId, 0L);
    }

    /** Creates the first administrator; refused once any user exists. */
    public SessionUser setUpFirstAdmin(String username, String displayName, String password) {
        return transactions.inTransaction(() -> {
            if (users.count() > 0) {
                throw new IllegalStateException("Seatkeeper is already set up.");
            }
            long id = users.insert(username, displayName, hasher.hash(password), Role.ADMIN, clock.instant());
            audit.record(username, "CREATE", "user", id, "First administrator " + username + " created at setup");
            setupDone.set(true);
            return new SessionUser(id, username, displayName, Role.ADMIN, accessRevision(id));
        });
    }

    public long create(String actor, String username, String displayName, Role role, String password) {
        return transactions.inTransaction(() -> {
            if (users.findByUsername(username).isPresent()) {
                throw new DuplicateUserException(username);
            }
            long id = users.insert(username, displayName, hasher.hash(password), role, clock.instant());
            audit.record(actor, "CREATE", "user", id, "User " + username + " added as " + role);
            setupDone.set(true);
            return id;
        });
    }

    public void update(String actor, long id, Role role, boolean enabled, int version, String newPassword) {
        transactions.run(() -> {
            User before = users.findById(id).orElseThrow();
            users.updateRole(id, role, enabled, version);
            if (newPassword != null && !newPassword.isEmpty()) {
                users.updatePassword(id, hasher.hash(newPassword));
                audit.record(actor, "RESET_PASSWORD", "user", id, "Password of " + before.username() + " reset");
            }
            if (before.role() != role || before.enabled() != enabled) {
                accessRevisions.merge(id, 1L, Long::sum);
                audit.record(actor, "UPDATE", "user", id, "User " + before.username() + ": role " + before.role() + " -> " + role
                        + ", can sign in " + before.enabled() + " -> " + enabled,
                        "role=" + before.role() + ", enabled=" + before.enabled(), "role=" + role + ", enabled=" + enabled);
            }
        });
    }

    /**
     * For the demo: makes sure the demo admin exists with a password Seatkeeper generated at random (see
     * {@link PasswordHasher#hashGenerated}); never for a password a person chose.
     */
    public void ensureUser(String username, String displayName, Role role, String generatedPassword) {
        transactions.run(() -> {
            Optional<User> existing = users.findByUsername(username);
            String hash = hasher.hashGenerated(generatedPassword);
            if (existing.isEmpty()) {
                long id = users.insert(username, displayName, hash, role, clock.instant());
                audit.record("system", "CREATE", "user", id, "Demo user " + username + " created");
            } else {
                users.updatePassword(existing.get().id(), hash);
            }
            setupDone.set(true);
        });
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash("not-a-real-password");
        }
        return dummyHash;
    }

    public static final class DuplicateUserException extends RuntimeException {
        DuplicateUserException(String username) {
            super("There is already a user called " + username + ".");
        }
    }
}
