package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.seatkeeper.app.support.RawHttp;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.Role;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInRedirectIT {

    private RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start();
        app.createUser("maria", Role.OPERATOR);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void shouldStayOnThisSiteWhateverTheNextPageSays() {
        List<String> hostile = List.of("//evil.example", "/.//evil.example", "/./evil.example/..//evil.example",
                "/..//evil.example", "/%2e%2e//evil.example", "/%2e//evil.example", "///evil.example",
                "/\t/evil.example");
        for (String next : hostile) {
            // when maria signs in from a link that carries this next page
            HttpResponse<String> answer = signInWith(next);

            // then she is signed in and sent to a page of this site, the path made plain
            assertThat(answer.statusCode()).as("answer to next=%s", next).isEqualTo(302);
            assertThat(target(answer)).as("where next=%s leads", next).startsWith("/").doesNotStartWith("//");
        }
        assertThat(target(signInWith("/.//evil.example"))).isEqualTo("/evil.example");
    }

    @Test
    void shouldGoToTheDashboardWhenTheNextPageIsNotAPlainPathOfThisSite() {
        List<String> hostile = List.of("//evil.example", "/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example",
                "/\\evil.example", "/\\/evil.example", "https://evil.example/", "http:/evil.example", "evil.example",
                "/\r\nSet-Cookie: x=1", "/../../evil.example", "/ //evil.example", "/\u3002evil.example", "/\u0000",
                "/{x}", "/a b", "/%", "/login", "/setup", "/logout", "", "/".repeat(5000), "/x".repeat(3000));
        for (String next : hostile) {
            HttpResponse<String> answer = signInWith(next);

            assertThat(answer.statusCode()).as("answer to next=%s", next).isEqualTo(302);
            assertThat(target(answer)).as("where next=%s leads", next).isEqualTo("/");
        }
    }

    @Test
    void shouldGoBackToThePageTheUserWasHeadingTo() {
        assertThat(target(signInWith("/contracts/12?tab=log&page=2"))).isEqualTo("/contracts/12?tab=log&page=2");
        assertThat(target(signInWith("/customers/./7//edit"))).isEqualTo("/customers/7/edit");
        assertThat(target(signInWith("/reports/morning/../morning?date=2026-01-02"))).isEqualTo("/reports/morning?date=2026-01-02");
    }

    private HttpResponse<String> signInWith(String next) {
        RawHttp visitor = new RawHttp(app.uri());
        return visitor.post("/login", RawHttp.form("_csrf", visitor.csrfToken("/login"), "username", "maria",
                "password", RunningApp.PASSWORD, "next", next));
    }

    /** The redirect's target as a browser reads it: on this site, the path and query; else the whole address. */
    private String target(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElseThrow();
        // browsers ignore tabs and line breaks in a Location, and read a backslash as a slash
        URI resolved = app.uri().resolve(location.replaceAll("[\\t\\r\\n]", "").replace('\\', '/'));
        boolean here = resolved.getHost().equals(app.uri().getHost()) && resolved.getPort() == app.uri().getPort();
        String target = resolved.getRawPath() + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery());
        return here && !target.startsWith("//") ? target : resolved.toString();
    }
}
