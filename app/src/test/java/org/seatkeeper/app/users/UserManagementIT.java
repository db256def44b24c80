package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

class UserManagementIT {

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldAddAUserChangeTheirRoleAndRecordItInTheAuditLog() throws Exception {
        // given an administrator on the users page
        app.signInAsAdmin(browser);
        HtmlPage form = browser.getPage(app.url("/users/new"));

        // when she adds Oscar as a viewer
        HtmlForm add = form.getForms().get(1);
        add.getInputByName("username").setValue("oscar");
        add.getInputByName("displayName").setValue("Oscar Ops");
        add.getSelectByName("role").setSelectedAttribute("VIEWER", true);
        add.getInputByName("password").setValue("oscar's long password");
        HtmlPage users = ((HtmlButton) add.getFirstByXPath(".//button[@type='submit']")).click();

        // then he is listed, and his role can be changed to operator
        assertThat(users.asNormalizedText()).contains("User oscar added.").contains("Oscar Ops");
        HtmlPage edit = ((org.htmlunit.html.HtmlAnchor) users.getFirstByXPath("//tr[td[text()='oscar']]//a[text()='Edit']")).click();
        HtmlForm change = edit.getForms().get(1);
        change.getSelectByName("role").setSelectedAttribute("OPERATOR", true);
        HtmlPage saved = ((HtmlButton) change.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(saved.asNormalizedText()).contains("User oscar saved.");
        assertThat(((HtmlPage) browser.getPage(app.url("/users"))).asNormalizedText()).contains("oscar\tOscar Ops\toperator");

        // and the audit log says who did it
        HtmlPage audit = browser.getPage(app.url("/audit?entity=user"));
        assertThat(audit.asNormalizedText()).contains("User oscar added as VIEWER").contains("role VIEWER -> OPERATOR");
    }

    @Test
    void shouldEndTheSessionOfAUserAnAdministratorDisables() throws Exception {
        // given Una signed in on her own browser
        app.createUser("una", org.seatkeeper.db.users.Role.OPERATOR);
        try (WebClient hers = RunningApp.browser()) {
            app.signIn(hers, "una");
            assertThat(hers.<HtmlPage>getPage(app.url("/customers")).getUrl().getPath()).isEqualTo("/customers");

            // when an administrator takes away her sign-in
            app.signInAsAdmin(browser);
            HtmlPage users = browser.getPage(app.url("/users"));
            HtmlPage edit = ((org.htmlunit.html.HtmlAnchor) users.getFirstByXPath("//tr[td[text()='una']]//a[text()='Edit']"))
                    .click();
            HtmlForm change = edit.getForms().get(1);
            change.getInputByName("enabled").setChecked(false);
            assertThat(((HtmlButton) change.getFirstByXPath(".//button[@type='submit']")).<HtmlPage>click()
                    .asNormalizedText()).contains("User una saved.");

            // then her open session ends at her next click
            assertThat(hers.<HtmlPage>getPage(app.url("/customers")).getUrl().getPath()).isEqualTo("/login");
        }
    }

    @Test
    void shouldRefuseADuplicateUserNameKeepingTheForm() throws Exception {
        app.signInAsAdmin(browser);
        HtmlPage form = browser.getPage(app.url("/users/new"));
        HtmlForm add = form.getForms().get(1);
        add.getInputByName("username").setValue(RunningApp.ADMIN);
        add.getInputByName("displayName").setValue("Second Admin");
        add.getInputByName("password").setValue("another long password");
        HtmlPage again = ((HtmlButton) add.getFirstByXPath(".//button[@type='submit']")).click();
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.asNormalizedText()).contains("There is already a user called admin.");
        assertThat(again.getForms().get(1).getInputByName("displayName").getValue()).isEqualTo("Second Admin");
    }
}
