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
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.audit.AuditState;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.db.users.User;
import org.seatkeeper.db.users.UserRepository;

/** Sign-in, first-run setup and user management; every change is audited. */
public final class UserService {

    // per user, how often an administrator changed their role or "can sign in" since this server started (sessions
    // live in memory, so an older change cannot concern a session that still exists)
    private final Map<Long, Long> accessRevisions = new ConcurrentHashMap<>();

    private static final String WRONG = "The user name or password is not right.";

    private final UserRepository users;
    private final AuditLog audit;
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SignInThrottle throttle;
    // once true it stays true: users are never deleted, so setup cannot be reopened
    private final AtomicBoolean setupDone = new AtomicBoolean();
    // compared against when the user does not exist, so a wrong name takes as long as a wrong password; computed at
    // the first sign-in, whatever its name, not at start-up (a BCrypt hash costs about 100 ms)
    private volatile String dummyHash;

    public UserService(UserRepository users, AuditLog audit, Transactions transactions, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = new SignInThrottle(clock);
    }

    public boolean isSetupDone() {
        if (!setupDone.get() && users.count() > 0) {
            setupDone.set(true);
        }
        return setupDone.get();
    }

    /**
     * Checks a sign-in. Every answer that is not a success reads the same for a name that does not exist as for one
     * that does, and takes as long (a wrong name is checked against a dummy hash); attempts are counted per name and
     * per address before the password is checked ({@link SignInThrottle}).
     *
     * @param address the client's address (the proxy's forwarded one when the proxy is trusted)
     */
    public SignInResult signIn(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        String typed = password == null ? "" : password;
        String dummy = dummyHash();
        SignInThrottle.Result allowed = throttle.tryAttempt(name, address);
        if (allowed.refusal() != null) {
            return SignInResult.refused(refusalMessage(allowed.refusal()));
        }
        Optional<User> found = users.findByUsername(name);
        Instant now = clock.instant();
        if (found.isPresent() && found.get().lockedUntil() != null && found.get().lockedUntil().isAfter(now)) {
            // locked before a restart: the lock outlives the in-memory counts
            hasher.matches(typed, dummy);
            return SignInResult.refused(refusalMessage(new SignInThrottle.Refusal(true,
                    Duration.between(now, found.get().lockedUntil()))));
        }
        boolean right = hasher.matches(typed, found.map(User::passwordHash).orElse(dummy)) && found.isPresent();
        if (!right) {
            // only the attempt that had the last try records the lock: one writer, whatever runs in parallel
            if (allowed.attempt().lockedUntil() != null) {
                found.ifPresent(user -> recordLock(user, allowed.attempt().lockedUntil()));
            }
            return SignInResult.refused(WRONG);
        }
        throttle.succeeded(allowed.attempt());
        User user = found.get();
        if (!user.enabled()) {
            return SignInResult.refused("This user is disabled. Ask an administrator.");
        }
        transactions.run(() -> users.recordSuccessfulLogin(user.id(), now));
        return SignInResult.ok(new SessionUser(user.id(), user.username(), user.displayName(), user.role(),
                accessRevision(user.id())));
    }

    /**
     * Sets a person's own password after checking their current one (counted like a sign-in, so a session left open
     * is no way around the lockout); audited.
     *
     * @return the message for the current-password field when it was not accepted
     */
    public Optional<String> changeOwnPassword(SessionUser who, String currentPassword, String newPassword, String address) {
        SignInThrottle.Result allowed = throttle.tryAttempt(who.username(), address);
        if (allowed.refusal() != null) {
            return Optional.of(refusalMessage(allowed.refusal()));
        }
        User user = users.findById(who.id()).orElseThrow(() -> new IllegalStateException("No user " + who.id()));
        if (!hasher.matches(currentPassword == null ? "" : currentPassword, user.passwordHash())) {
            if (allowed.attempt().lockedUntil() != null) {
                recordLock(user, allowed.attempt().lockedUntil());
            }
            return Optional.of("This is not your current password.");
        }
        throttle.succeeded(allowed.attempt());
        String hash = hasher.hash(newPassword);
        transactions.run(() -> {
            users.updatePassword(user.id(), hash);
            audit.record(user.username(), AuditAction.CHANGE_PASSWORD, AuditEntity.USER, user.id(), user.username() + " changed their password");
        });
        return Optional.empty();
    }

    /** The wrong password that used up the name's tries: the user shows as locked, and the audit log says why. */
    private void recordLock(User user, Instant until) {
        transactions.run(() -> {
            users.recordFailedLogin(user.id(), SignInThrottle.FAILURES_PER_NAME, until);
            audit.record(user.username(), AuditAction.LOCKED, AuditEntity.USER, user.id(), "Sign-in locked after "
                    + SignInThrottle.FAILURES_PER_NAME + " wrong passwords");
        });
    }

    private static String refusalMessage(SignInThrottle.Refusal refusal) {
        String wait = refusal.retryAfter().compareTo(Duration.ofMinutes(1)) < 0
                ? Math.max(1, refusal.retryAfter().toSeconds()) + " seconds"
                : (refusal.retryAfter().toSeconds() + 59) / 60 + " minutes";
        return refusal.byName()
                ? "Too many wrong passwords for this user name. Try again in " + wait
                        + ", or ask an administrator to reset the password."
                : "Too many failed sign-ins from your network address. Try again in " + wait + ".";
    }

    /** False once an administrator changed this user's role or disabled them after the session signed in. */
    public boolean sessionStillValid(SessionUser user) {
        return user.accessRevision() == accessRevision(user.id());
    }

    private long accessRevision(long userId) {
        return accessRevisions.getOrDefault(userId, 0L);
    }

    /**
     * Creates the first administrator, once: refused when any user exists, and of two setups submitted together only
     * one commits (the database holds one first-run setup row), the other throws {@link SetupAlreadyDoneException}.
     */
    public SessionUser setUpFirstAdmin(String username, String displayName, String password) {
        String hash = hasher.hash(password);
        try {
            return transactions.inTransaction(() -> {
                if (users.count() > 0) {
                    throw new SetupAlreadyDoneException();
                }
                Instant now = clock.instant();
                long id = users.insert(username, displayName, hash, Role.ADMIN, now);
                users.recordFirstRunSetup(id, now);
                audit.record(username, AuditAction.CREATE, AuditEntity.USER, id, "First administrator " + username + " created at setup");
                return new SessionUser(id, username, displayName, Role.ADMIN, accessRevision(id));
            });
        } catch (SetupAlreadyDoneException e) {
            setupDone.set(true);
            throw e;
        } catch (RuntimeException e) {
            // the first-run row's key (or the database's write conflict) refused a setup another one beat
            if (users.count() > 0) {
                setupDone.set(true);
                throw new SetupAlreadyDoneException();
            }
            throw e;
        }
    }

    public long create(String actor, String username, String displayName, Role role, String password) {
        return transactions.inTransaction(() -> {
            if (users.findByUsername(username).isPresent()) {
                throw new DuplicateUserException(username);
            }
            long id = users.insert(username, displayName, hasher.hash(password), role, clock.instant());
            audit.record(actor, AuditAction.CREATE, AuditEntity.USER, id, "User " + username + " added as " + role);
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
                throttle.forget(before.username());
                audit.record(actor, AuditAction.RESET_PASSWORD, AuditEntity.USER, id, "Password of " + before.username() + " reset");
            }
            if (before.role() != role || before.enabled() != enabled) {
                accessRevisions.merge(id, 1L, Long::sum);
                audit.record(actor, AuditAction.UPDATE, AuditEntity.USER, id, "User " + before.username() + ": role " + before.role() + " -> " + role
                        + ", can sign in " + before.enabled() + " -> " + enabled,
                        AuditState.of("role", before.role(), "enabled", before.enabled()),
                        AuditState.of("role", role, "enabled", enabled));
            }
        });
    }

    /** Whether a user of that name exists (the demo keeps its printed login when it does). */
    public boolean exists(String username) {
        return users.findByUsername(username).isPresent();
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
                audit.record("system", AuditAction.CREATE, AuditEntity.USER, id, "Demo user " + username + " created");
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

    /** Another setup created the first administrator first. */
    public static final class SetupAlreadyDoneException extends RuntimeException {
        SetupAlreadyDoneException() {
            super("Seatkeeper is already set up: sign in.");
        }
    }

    public static final class DuplicateUserException extends RuntimeException {
        DuplicateUserException(String username) {
            super("There is already a user called " + username + ".");
        }
    }
}
