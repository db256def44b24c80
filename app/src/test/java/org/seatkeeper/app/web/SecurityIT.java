package org.seatkeeper.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.Role;

class SecurityIT {

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldAnswerHealthWithoutLogin() throws Exception {
        Page health = browser.getPage(app.url("/health"));
        assertThat(health.getWebResponse().getStatusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.getWebResponse().getContentAsString());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("database").asText()).isEqualTo("OK");
        assertThat(body.get("version").asText()).isNotBlank();
    }

    @Test
    void shouldSendAnonymousVisitorsToSignIn() throws Exception {
        app.createUser("maria", Role.ADMIN);
        HtmlPage page = browser.getPage(app.url("/audit"));
        assertThat(page.getUrl().getPath()).isEqualTo("/login");
        assertThat(page.getUrl().getQuery()).contains("next=%2Faudit");
    }

    @Test
    void shouldRefuseAPostWithoutTheCsrfToken() throws Exception {
        // given a signed-in administrator
        app.signInAsAdmin(browser);
        // when a form is posted without the token (as a forged cross-site form would be)
        WebRequest forged = new WebRequest(new URL(app.url("/users/new")), HttpMethod.POST);
        forged.setRequestParameters(List.of(new NameValuePair("username", "mallory"), new NameValuePair("displayName", "M"),
                new NameValuePair("role", "ADMIN"), new NameValuePair("password", "mallory's password")));
        Page response = browser.getPage(forged);
        // then it is refused and nothing is created
        assertThat(response.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(response.getWebResponse().getContentAsString()).contains("This form has expired");
        HtmlPage users = browser.getPage(app.url("/users"));
        assertThat(users.asNormalizedText()).doesNotContain("mallory");
    }

    @Test
    void shouldLetAViewerReadButNotChangeAnything() throws Exception {
        // given a viewer
        app.createUser("vera", Role.VIEWER);
        HtmlPage dashboard = app.signIn(browser, "vera");
        assertThat(dashboard.getTitleText()).isEqualTo("Dashboard · Seatkeeper");
        // the admin areas are not in her menu and refused when typed in
        assertThat(dashboard.asNormalizedText()).doesNotContain("Settings");
        assertThat(((HtmlPage) browser.getPage(app.url("/settings"))).getWebResponse().getStatusCode()).isEqualTo(403);
        // a POST with a valid token is still refused for her role
        String token = dashboard.getFirstByXPath("//form[@action='/logout']/input[@name='_csrf']") instanceof org.htmlunit.html.HtmlHiddenInput h
                ? h.getValue() : "";
        WebRequest post = new WebRequest(new URL(app.url("/notifications/1/dismiss")), HttpMethod.POST);
        post.setRequestParameters(List.of(new NameValuePair("_csrf", token)));
        Page refused = browser.getPage(post);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(refused.getWebResponse().getContentAsString()).contains("can read but not change anything");
    }

    @Test
    void shouldShowAFriendlyNotFoundPage() throws Exception {
        app.signInAsAdmin(browser);
        HtmlPage page = browser.getPage(app.url("/no-such-page"));
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(page.asNormalizedText()).contains("Page not found").doesNotContain("Exception");
    }
}
