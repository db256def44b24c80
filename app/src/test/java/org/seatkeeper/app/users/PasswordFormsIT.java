package org.seatkeeper.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.users.Role;

/** Every form that sets a password refuses the ones attackers try first, with the reason by the field. */
class PasswordFormsIT {

    private static final String COMMON = "password1234";
    private static final String SPACES = " ".repeat(15);
    /** 44 characters, 84 bytes: BCrypt keeps 72 bytes, and Spring refuses to hash more (it answered 500). */
    private static final String TOO_LONG_FOR_BCRYPT = "é".repeat(30) + "lantern orbit plume 93 k";

    private final RunningApp app = RunningApp.start();
    private final WebClient browser = RunningApp.browser();

    @AfterEach
    void stop() {
        browser.close();
        app.close();
    }

    @Test
    void shouldRefuseCommonAndBlankPasswordsAtSetup() throws Exception {
        for (Map.Entry<String, String> refused : Map.of(COMMON, "one attackers try first", SPACES, "spaces only",
                TOO_LONG_FOR_BCRYPT, "too long to keep", "Seatkeeper 2026!!", "one attackers try first").entrySet()) {
            HtmlForm form = ((HtmlPage) browser.getPage(app.url("/setup"))).getForms().get(0);
            form.getInputByName("username").setValue("maria");
            form.getInputByName("displayName").setValue("Maria Billing");
            form.getInputByName("password").setValue(refused.getKey());
            form.getInputByName("confirmPassword").setValue(refused.getKey());
            HtmlPage again = submit(form);

            assertThat(again.getWebResponse().getStatusCode()).as(refused.getKey()).isEqualTo(422);
            assertThat(fieldError(again, "password")).as(refused.getKey()).contains(refused.getValue());
            assertThat(again.getForms().get(0).getInputByName("displayName").getValue()).isEqualTo("Maria Billing");
        }
        assertThat(app.application().users().isSetupDone()).isFalse();
    }

    @Test
    void shouldRefuseACommonPasswordWhenAddingOrEditingAUser() throws Exception {
        app.signInAsAdmin(browser);
        HtmlForm add = ((HtmlPage) browser.getPage(app.url("/users/new"))).getForms().get(1);
        add.getInputByName("username").setValue("oscar");
        add.getInputByName("displayName").setValue("Oscar Ops");
        add.getInputByName("password").setValue("Oscar Ops 2026!!");
        HtmlPage refused = submit(add);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(fieldError(refused, "password")).contains("one attackers try first");

        app.createUser("una", Role.OPERATOR);
        HtmlPage users = browser.getPage(app.url("/users"));
        HtmlPage edit = ((org.htmlunit.html.HtmlAnchor) users.getFirstByXPath("//tr[td[text()='una']]//a[text()='Edit']")).click();
        HtmlForm form = edit.getForms().get(1);
        form.getInputByName("password").setValue(SPACES);
        HtmlPage again = submit(form);
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(fieldError(again, "password")).contains("spaces only");
    }

    @Test
    void shouldLetAViewerChangeTheirOwnPasswordToAGoodOneOnly() throws Exception {
        // given a viewer signed in
        app.createUser("vera", Role.VIEWER);
        HtmlPage dashboard = app.signIn(browser, "vera");
        HtmlPage page = ((org.htmlunit.html.HtmlAnchor) dashboard.getFirstByXPath("//a[@href='/account/password']")).click();

        // a common new password, and a wrong current one, are refused by their fields
        HtmlPage refused = changePassword(page, RunningApp.PASSWORD, COMMON);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(fieldError(refused, "password")).contains("one attackers try first");
        HtmlPage wrong = changePassword(refused, "not my password at all", "lantern orbit 93 plume");
        assertThat(fieldError(wrong, "currentPassword")).isEqualTo("This is not your current password.");

        // a good one is taken, and is her password from now on
        HtmlPage changed = changePassword(wrong, RunningApp.PASSWORD, "lantern orbit 93 plume");
        assertThat(changed.asNormalizedText()).contains("Your password is changed.");
        WebClient later = RunningApp.browser();
        HtmlForm signIn = ((HtmlPage) later.getPage(app.url("/login"))).getForms().get(0);
        signIn.getInputByName("username").setValue("vera");
        signIn.getInputByName("password").setValue("lantern orbit 93 plume");
        assertThat(submit(signIn).getTitleText()).isEqualTo("Dashboard · Seatkeeper");
        later.close();
    }

    private static HtmlPage changePassword(HtmlPage page, String current, String next) throws Exception {
        HtmlForm form = page.getFirstByXPath("//form[@action='/account/password']");
        form.getInputByName("currentPassword").setValue(current);
        form.getInputByName("password").setValue(next);
        form.getInputByName("confirmPassword").setValue(next);
        return submit(form);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }

    private static String fieldError(HtmlPage page, String field) {
        var error = page.getElementById(field + "-error");
        return error == null ? "(no message by " + field + ")" : error.asNormalizedText();
    }
}
