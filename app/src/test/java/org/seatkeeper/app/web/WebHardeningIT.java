package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.Role;

/** CSRF token placement, TRACE, and what a page says about HTTPS, directly and behind a (trusted or not) proxy. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebHardeningIT {

    private static final String STRONG = "lantern orbit 93 plume";

    private RunningApp app;
    private RunningApp behindProxy;

    @BeforeAll
    void start() {
        app = RunningApp.start();
        app.createUser(RunningApp.ADMIN, Role.ADMIN);
        behindProxy = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withTrustProxy(true));
        behindProxy.createUser(RunningApp.ADMIN, Role.ADMIN);
    }

    @AfterAll
    void stop() {
        app.close();
        behindProxy.close();
    }

    @Test
    void shouldRefuseACsrfTokenInTheAddress() {
        // given a signed-in administrator and her session's token
        RawHttp admin = signedInAdmin();
        String token = admin.csrfToken("/users/new");

        // when a form is posted with the token in its address instead of its body (where logs and history keep it)
        HttpResponse<String> refused = admin.post("/users/new?_csrf=" + token, newUser("mallory"));

        // then it is refused, and nothing is created
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("This form has expired");
        assertThat(admin.get("/users").body()).doesNotContain("mallory");
        // and a body that has it does not help a second copy in the address
        Map<String, String> withToken = newUser("mallory");
        withToken.put("_csrf", token);
        assertThat(admin.post("/users/new?_csrf=" + token, withToken).statusCode()).isEqualTo(403);
        assertThat(admin.post("/users/new?%5Fcsrf=" + token, newUser("mallory")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldTakeTheCsrfTokenFromTheFormBodyOrAHeader() {
        RawHttp admin = signedInAdmin();
        String token = admin.csrfToken("/users/new");

        Map<String, String> inBody = newUser("oscar");
        inBody.put("_csrf", token);
        assertThat(admin.post("/users/new", inBody).statusCode()).isEqualTo(302);
        assertThat(admin.post("/users/new", newUser("olga"), SecurityFilter.CSRF_HEADER, token).statusCode()).isEqualTo(302);

        assertThat(admin.get("/users").body()).contains("oscar").contains("olga");
    }

    @Test
    void shouldRefuseAnUploadWhoseTokenIsInTheAddress() {
        RawHttp admin = signedInAdmin();
        String token = admin.csrfToken("/users/new");

        // an upload carries its token as a part of the multipart body; the contract does not exist, so a token
        // taken is answered 404 by the page, a token refused 403 by the filter
        assertThat(admin.postMultipart("/subscriptions/import?contract=999999&_csrf=" + token, Map.of("provider", "1"))
                .statusCode()).isEqualTo(403);
        assertThat(admin.postMultipart("/subscriptions/import?contract=999999", Map.of("_csrf", token, "provider", "1"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseTraceAndTrack() {
        RawHttp admin = signedInAdmin();
        for (String method : List.of("TRACE", "TRACK", "trace")) {
            for (String path : List.of("/", "/login", "/users", "/static/app.css", "/health")) {
                HttpResponse<String> answer = admin.send(method, path, "X-Echo", "do-not-echo-me");
                assertThat(answer.statusCode()).as("%s %s", method, path).isEqualTo(405);
                assertThat(answer.body()).as("%s %s", method, path).doesNotContain("do-not-echo-me")
                        .doesNotContain("SEATKEEPER_SESSION");
            }
        }
    }

    @Test
    void shouldMarkTheSessionCookieSecureAndSendHstsBehindATrustedTlsProxy() {
        for (String[] forwarded : List.of(new String[] {"X-Forwarded-Proto", "https"},
                new String[] {"Forwarded", "for=203.0.113.7;proto=https;host=seatkeeper.example.com"})) {
            // when a page is asked for through a trusted proxy that received it over HTTPS
            HttpResponse<String> login = new RawHttp(behindProxy.uri()).get("/login", forwarded);

            // then the session cookie is Secure (and HttpOnly, SameSite), and the browser is told to keep to HTTPS
            String cookie = sessionCookie(login);
            assertThat(cookie).as(forwarded[0]).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax");
            assertThat(login.headers().firstValue("Strict-Transport-Security")).as(forwarded[0])
                    .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
        }
        // and the same proxy's plain HTTP request gets neither
        HttpResponse<String> plain = new RawHttp(behindProxy.uri()).get("/login", "X-Forwarded-Proto", "http");
        assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void shouldIgnoreForwardedHeadersUnlessTheProxyIsTrusted() {
        HttpResponse<String> login = new RawHttp(app.uri()).get("/login", "X-Forwarded-Proto", "https");

        assertThat(sessionCookie(login)).doesNotContainIgnoringCase("secure");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().firstValue("Server")).isEmpty();
    }

    private RawHttp signedInAdmin() {
        RawHttp admin = new RawHttp(app.uri());
        assertThat(admin.signIn(RunningApp.ADMIN, RunningApp.PASSWORD).statusCode()).isEqualTo(302);
        return admin;
    }

    private static Map<String, String> newUser(String username) {
        return RawHttp.form("username", username, "displayName", username, "role", "VIEWER", "password", STRONG);
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SEATKEEPER_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
    }
}
