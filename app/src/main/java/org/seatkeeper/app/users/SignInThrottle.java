package org.seatkeeper.app.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How many sign-ins may be tried, per user name and per client address, counted before the password is checked.
 *
 * <p>Why count first: checking a password takes a tenth of a second, and counting after it let 40 to 76 guesses run in
 * parallel within one five-try window. Here an attempt takes its place in the count, atomically, before the check; a
 * right password gives the place back. So at most {@link #FAILURES_PER_NAME} passwords are ever checked per name and
 * window, however many arrive at once.
 *
 * <p>A user name, known or not, is locked for {@link #LOCK} after {@link #FAILURES_PER_NAME} wrong passwords (an
 * unknown name is treated exactly like a known one, so the answers do not tell which names exist). An address gets
 * {@link #FREE_FAILURES_PER_ADDRESS} wrong passwords, then has to wait between attempts (2 s, then twice as long after
 * each further failure, up to {@link #LOCK}): a person behind a shared address is slowed, not locked out, and one machine
 * trying many names gets a handful of guesses an hour. The counts live in memory (one process), and are forgotten
 * {@link #LOCK} after an address's or a name's last failure.
 */
final class SignInThrottle {

    static final int FAILURES_PER_NAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 10;
    static final Duration LOCK = Duration.ofMinutes(15);
    // past this many names or addresses, forgotten counts are dropped at the next attempt
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> byName = new HashMap<>();
    private final Map<String, Failures> byAddress = new HashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * An attempt that holds its place in the counts until {@link #succeeded} gives it back.
     *
     * @param lockedUntil when this is the name's last try: the name is locked until then if it fails, else null
     */
    record Attempt(String name, String address, Instant lockedUntil) {
    }

    /** Why an attempt may not be checked now, and for how long. */
    record Refusal(boolean byName, Duration retryAfter) {
    }

    /** The attempt, counted as a failure until it succeeds; or why it may not be tried now. */
    synchronized Result tryAttempt(String username, String address) {
        Instant now = clock.instant();
        prune(now);
        String name = key(username);
        Failures forName = current(byName, name, now);
        if (forName.lockedUntil() != null) {
            return Result.refused(new Refusal(true, Duration.between(now, forName.lockedUntil())));
        }
        Failures forAddress = current(byAddress, address, now);
        Instant addressFree = forAddress.count() < FREE_FAILURES_PER_ADDRESS ? now : forAddress.last().plus(
                addressDelay(forAddress.count()));
        if (now.isBefore(addressFree)) {
            return Result.refused(new Refusal(false, Duration.between(now, addressFree)));
        }
        int nameCount = forName.count() + 1;
        Instant lockedUntil = nameCount >= FAILURES_PER_NAME ? now.plus(LOCK) : null;
        byName.put(name, new Failures(nameCount, now, lockedUntil));
        byAddress.put(address, new Failures(forAddress.count() + 1, now, null));
        return Result.allowed(new Attempt(name, address, lockedUntil));
    }

    /** A right password: its place is given back, and the name's earlier failures are forgotten. */
    synchronized void succeeded(Attempt attempt) {
        byName.remove(attempt.name());
        byAddress.computeIfPresent(attempt.address(), (address, f) -> f.count() <= 1 ? null
                : new Failures(f.count() - 1, f.last(), null));
    }

    /** An administrator set a new password: the name's lock and count are gone. */
    synchronized void forget(String username) {
        byName.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Duration addressDelay(int failures) {
        int beyond = Math.min(failures - FREE_FAILURES_PER_ADDRESS, 20);
        Duration delay = Duration.ofSeconds(2L << beyond);
        return delay.compareTo(LOCK) > 0 ? LOCK : delay;
    }

    private static Failures current(Map<String, Failures> counts, String key, Instant now) {
        Failures failures = counts.get(key);
        if (failures == null || failures.forgottenAt().compareTo(now) <= 0) {
            return Failures.NONE;
        }
        return failures;
    }

    private void prune(Instant now) {
        if (byName.size() > PRUNE_ABOVE) {
            byName.values().removeIf(f -> f.forgottenAt().compareTo(now) <= 0);
        }
        if (byAddress.size() > PRUNE_ABOVE) {
            byAddress.values().removeIf(f -> f.forgottenAt().compareTo(now) <= 0);
        }
    }

    /** @param lockedUntil set once a name has had its last allowed failure */
    private record Failures(int count, Instant last, Instant lockedUntil) {
        static final Failures NONE = new Failures(0, Instant.MIN, null);

        Instant forgottenAt() {
            return lockedUntil != null ? lockedUntil : last.plus(LOCK);
        }
    }

    /** Either an attempt to check, or a refusal. */
    record Result(Attempt attempt, Refusal refusal) {
        static Result allowed(Attempt attempt) {
            return new Result(attempt, null);
        }

        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }
    }
}
