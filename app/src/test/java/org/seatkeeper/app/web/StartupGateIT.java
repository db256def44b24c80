package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.web.Assets;
import org.seatkeeper.app.web.Figures;
import org.seatkeeper.app.web.Navigation;
import org.seatkeeper.app.web.PageSupport;
import org.seatkeeper.app.web.SecurityFilter;
import org.seatkeeper.app.web.Templates;

/** The web server starts before the features are wired: sign-in pages answer, the rest say "starting" until ready. */
class StartupGateIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void shouldServeTheSignInPageWhileStartingAndEveryPageOnceOpen() throws Exception {
        Figures figures = new Figures();
        PageSupport pages = new PageSupport(new Templates(), new Navigation(figures), figures, "test", new Assets("test"));
        WebServer web = new WebServer("127.0.0.1", 0, false, new SecurityFilter(pages, () -> true, user -> true));
        web.route("/login", text("the sign-in page"));
        web.start();
        try {
            // while starting: the sign-in page answers, a feature page says it is starting and reloads itself
            assertThat(get(web, "/login").body()).isEqualTo("the sign-in page");
            HttpResponse<String> starting = get(web, "/providers");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(starting.body()).contains("Seatkeeper is starting").contains("http-equiv=\"refresh\"");
            assertThat(web.firstResponse()).isDone();

            // when the features are wired (their routes added to the running server) and the gate opens
            web.route("/static/late.txt", text("a page added after start"));
            web.openEveryPage();

            // then feature pages get past the gate (to the sign-in redirect), and late routes are served
            HttpResponse<String> open = get(web, "/providers");
            assertThat(open.statusCode()).isEqualTo(302);
            assertThat(open.headers().firstValue("Location").orElseThrow()).contains("/login");
            assertThat(get(web, "/static/late.txt").body()).isEqualTo("a page added after start");
        } finally {
            web.stop();
        }
    }

    private HttpResponse<String> get(WebServer web, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(web.uri() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpServlet text(String body) {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain;charset=utf-8");
                response.getWriter().write(body);
            }
        };
    }
}
