package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.MutableClock;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.Role;

/**
 * Guessing passwords: in parallel, against names that do not exist, from one address. The app trusts a proxy so that
 * each test plays its own client address (X-Forwarded-For), and its clock moves only when a test moves it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInThrottleIT {

    private static final Pattern MESSAGE = Pattern.compile("<small[^>]*>([^<]*(?:not right|Too many)[^<]*)</small>");
    private static final String WRONG = "The user name or password is not right.";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withClock(clock).withTrustProxy(true));
        for (String name : List.of("maria", "marta", "mona", "otto")) {
            app.createUser(name, Role.OPERATOR);
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void shouldCheckNoMoreThanFivePasswordsWhenFortyArriveAtOnce() throws Exception {
        // given an attacker with 40 guesses for maria, sent at the same moment
        RawHttp attacker = new RawHttp(app.uri());
        String token = attacker.csrfToken("/login");
        int guesses = 40;
        CyclicBarrier together = new CyclicBarrier(guesses);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(guesses);
        try {
            for (int i = 0; i < guesses; i++) {
                String guess = "guess number " + i + " of many";
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return message(attacker.post("/login", RawHttp.form("_csrf", token, "username", "maria",
                            "password", guess), "X-Forwarded-For", "198.51.100.1"));
                }, threads));
            }
            List<String> messages = answers.stream().map(CompletableFuture::join).toList();

            // then at most five were checked, the others refused without a check. Not always exactly five: the
            // attempt with the last try records the lock in the database, and one of the five allowed before it that
            // reads the user after that answers "locked" unchecked (the lock outlives a restart that way)
            assertThat(messages).as("the answers").filteredOn(WRONG::equals)
                    .hasSizeBetween(1, SignInThrottle.FAILURES_PER_NAME);
            assertThat(messages).as("the answers").allMatch(m -> m.equals(WRONG)
                    || m.startsWith("Too many wrong passwords for this user name"));
        } finally {
            threads.shutdownNow();
        }
        // and even her own password is refused now, from anywhere, until the lock ends
        assertThat(message(signIn("maria", RunningApp.PASSWORD, "203.0.113.50")))
                .startsWith("Too many wrong passwords for this user name. Try again in 15 minutes");
        clock.advance(SignInThrottle.LOCK);
        assertThat(signIn("maria", RunningApp.PASSWORD, "203.0.113.50").statusCode()).isEqualTo(302);
    }

    @Test
    void shouldAnswerAnUnknownNameExactlyAsAKnownOne() {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i <= SignInThrottle.FAILURES_PER_NAME; i++) {
            known.add(message(signIn("marta", "not marta's password", "198.51.100.2")));
            unknown.add(message(signIn("martha", "not marta's password", "198.51.100.3")));
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known.get(0)).isEqualTo(WRONG);
        assertThat(known.get(SignInThrottle.FAILURES_PER_NAME)).startsWith("Too many wrong passwords for this user name");
    }

    @Test
    void shouldSlowDownOneAddressTryingManyNames() {
        // given one address spraying a password over many names
        String address = "198.51.100.4";
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            assertThat(message(signIn("user" + i, "Summer of 2026!", address))).isEqualTo(WRONG);
        }

        // then its next attempt must wait, even for a real name with the right password
        assertThat(message(signIn("mona", RunningApp.PASSWORD, address)))
                .isEqualTo("Too many failed sign-ins from your network address. Try again in 2 seconds.");
        // while another address is not slowed
        assertThat(signIn("mona", RunningApp.PASSWORD, "198.51.100.5").statusCode()).isEqualTo(302);
        // and after the wait one more attempt is checked, then the wait doubles
        clock.advance(Duration.ofSeconds(2));
        assertThat(message(signIn("user-x", "Summer of 2026!", address))).isEqualTo(WRONG);
        assertThat(message(signIn("otto", RunningApp.PASSWORD, address)))
                .isEqualTo("Too many failed sign-ins from your network address. Try again in 4 seconds.");
    }

    private HttpResponse<String> signIn(String username, String password, String address) {
        RawHttp visitor = new RawHttp(app.uri());
        return visitor.post("/login", RawHttp.form("_csrf", visitor.csrfToken("/login"), "username", username,
                "password", password), "X-Forwarded-For", address);
    }

    /** The message by the password field, or the redirect of a sign-in that worked. */
    private static String message(HttpResponse<String> answer) {
        if (answer.statusCode() == 302) {
            return "signed in";
        }
        Matcher matcher = MESSAGE.matcher(answer.body());
        return matcher.find() ? matcher.group(1).replace("&#39;", "'") : "status " + answer.statusCode();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
