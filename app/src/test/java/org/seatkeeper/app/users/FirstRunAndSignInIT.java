package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

class FirstRunAndSignInIT {

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldCreateTheFirstAdministratorThenSignInAndSeeTheDashboard() throws Exception {
        // given a fresh installation: every page leads to setup
        HtmlPage setup = browser.getPage(app.url("/customers"));
        assertThat(setup.getUrl().getPath()).isEqualTo("/setup");

        // when the first administrator is created
        HtmlForm form = setup.getForms().get(0);
        form.getInputByName("username").setValue("maria");
        form.getInputByName("displayName").setValue("Maria Billing");
        form.getInputByName("password").setValue("a long enough password");
        form.getInputByName("confirmPassword").setValue("a long enough password");
        HtmlPage dashboard = form.getFirstByXPath(".//button[@type='submit']") instanceof org.htmlunit.html.HtmlButton b ? b.click() : null;

        // then she is signed in on the dashboard
        assertThat(dashboard.getTitleText()).isEqualTo("Dashboard · Seatkeeper");
        assertThat(dashboard.asNormalizedText()).contains("Welcome, Maria Billing");
        // (her name heads the user's menu, which says her role when opened)
        assertThat(dashboard.getElementById("user-menu").getTextContent()).contains("Signed in as Maria Billing (Admin)");

        // and after signing out, setup is closed and she signs in again
        HtmlPage login = ((org.htmlunit.html.HtmlButton) dashboard.getFirstByXPath("//form[@action='/logout']//button")).click();
        assertThat(login.asNormalizedText()).contains("You are signed out.");
        assertThat(((HtmlPage) browser.getPage(app.url("/setup"))).getUrl().getPath()).isEqualTo("/login");
        HtmlForm signIn = login.getForms().get(0);
        signIn.getInputByName("username").setValue("maria");
        signIn.getInputByName("password").setValue("a long enough password");
        HtmlPage again = ((org.htmlunit.html.HtmlButton) signIn.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(again.getTitleText()).isEqualTo("Dashboard · Seatkeeper");
    }

    @Test
    void shouldKeepWhatTheUserTypedWhenSetupIsInvalid() throws Exception {
        HtmlPage setup = browser.getPage(app.url("/setup"));
        HtmlForm form = setup.getForms().get(0);
        form.getInputByName("username").setValue("maria");
        form.getInputByName("displayName").setValue("Maria Billing");
        form.getInputByName("password").setValue("short");
        form.getInputByName("confirmPassword").setValue("short");
        HtmlPage again = ((org.htmlunit.html.HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.asNormalizedText()).contains("Use at least 15 characters (this has 5).");
        assertThat(again.getForms().get(0).getInputByName("displayName").getValue()).isEqualTo("Maria Billing");
    }

    @Test
    void shouldRejectAWrongPasswordWithAMessage() throws Exception {
        app.createUser("maria", org.seatkeeper.db.users.Role.OPERATOR);
        HtmlPage login = browser.getPage(app.url("/login"));
        HtmlForm form = login.getForms().get(0);
        form.getInputByName("username").setValue("maria");
        form.getInputByName("password").setValue("not her password");
        HtmlPage again = ((org.htmlunit.html.HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(again.getUrl().getPath()).isEqualTo("/login");
        assertThat(again.asNormalizedText()).contains("The user name or password is not right.");
        assertThat(again.getForms().get(0).getInputByName("username").getValue()).isEqualTo("maria");
    }

    @Test
    void shouldLockSignInAfterRepeatedFailures() throws Exception {
        app.createUser("maria", org.seatkeeper.db.users.Role.OPERATOR);
        HtmlPage page = null;
        for (int i = 0; i < SignInThrottle.FAILURES_PER_NAME + 1; i++) {
            HtmlPage login = browser.getPage(app.url("/login"));
            HtmlForm form = login.getForms().get(0);
            form.getInputByName("username").setValue("maria");
            form.getInputByName("password").setValue(i < SignInThrottle.FAILURES_PER_NAME ? "wrong password" : RunningApp.PASSWORD);
            page = ((org.htmlunit.html.HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
        }
        // even the right password is refused while locked
        assertThat(page.asNormalizedText()).contains("Too many wrong passwords");
    }
}
