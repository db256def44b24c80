package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.context.Version;
import org.seatkeeper.app.support.RunningApp;

/** CSS and scripts: versioned addresses, so an upgrade is never served stale, and 304 for a file the browser has. */
class StaticFilesIT {

    private static RunningApp app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void shouldLinkTheStylesheetsAtAddressesThatCarryTheBuildAndTheWebJarVersion() throws Exception {
        List<String> stylesheets = stylesheetsOfTheLoginPage();

        assertThat(stylesheets).contains("/static/" + Version.build() + "/app.css");
        assertThat(stylesheets).anySatisfy(href -> assertThat(href).matches("/webjars/picocss__pico/\\d[^/]*/css/pico.min.css"));
        assertThat(Version.build()).as("the build stamps its version and time").startsWith(Version.current() + "-");
        for (String href : stylesheets) {
            HttpResponse<String> css = get(href, null);
            assertThat(css.statusCode()).as(href).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Type")).as(href).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
            assertThat(css.headers().firstValue("Cache-Control")).as(href).contains("public, max-age=31536000, immutable");
            assertThat(css.body()).as(href).isNotBlank();
        }
    }

    @Test
    void shouldAnswerNotModifiedWhenTheBrowserAlreadyHasTheFile() throws Exception {
        for (String href : stylesheetsOfTheLoginPage()) {
            HttpResponse<String> first = get(href, null);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag for " + href));

            HttpResponse<String> second = get(href, etag);

            assertThat(second.statusCode()).as(href).isEqualTo(304);
            assertThat(second.body()).as(href).isEmpty();
        }
    }

    @Test
    void shouldNotServeTheFilesOfAnotherBuild() throws Exception {
        assertThat(get("/static/0.0.1-19990101000000/app.css", null).statusCode()).isEqualTo(404);
    }

    private static List<String> stylesheetsOfTheLoginPage() throws IOException {
        try (WebClient browser = RunningApp.browser()) {
            HtmlPage login = browser.getPage(app.url("/login"));
            return login.querySelectorAll("link[rel=stylesheet]").stream()
                    .map(link -> link.getAttributes().getNamedItem("href").getNodeValue()).toList();
        }
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
