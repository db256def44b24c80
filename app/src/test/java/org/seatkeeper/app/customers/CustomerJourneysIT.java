package org.seatkeeper.app.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;

class CustomerJourneysIT {

    private static RunningApp app;
    private WebClient browser;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void openBrowser() {
        browser = RunningApp.browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldKeepTheInputAndShowTheMessageWhenTheContactEmailIsWrong() throws Exception {
        // given
        app.signInAsAdmin(browser);
        HtmlPage form = browser.getPage(app.url("/customers/new"));
        HtmlForm customer = form.getForms().get(1);
        customer.getInputByName("name").setValue("Fabrikam Ltd");
        customer.getInputByName("domain").setValue("fabrikam.co.uk");
        customer.getInputByName("contactFirstName").setValue("Ana");
        customer.getInputByName("contactLastName").setValue("Silva");
        customer.getInputByName("contactEmail").setValue("ana.fabrikam.co.uk");

        // when
        HtmlPage again = submit(customer);

        // then
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.asNormalizedText()).contains("Enter an email address like name@example.com.");
        HtmlForm kept = again.getForms().get(1);
        assertThat(kept.getInputByName("name").getValue()).isEqualTo("Fabrikam Ltd");
        assertThat(kept.getInputByName("contactEmail").getValue()).isEqualTo("ana.fabrikam.co.uk");

        // and once corrected the customer exists with its primary contact
        kept.getInputByName("contactEmail").setValue("ana@fabrikam.co.uk");
        HtmlPage detail = submit(kept);
        assertThat(detail.getTitleText()).isEqualTo("Fabrikam Ltd · Seatkeeper");
        assertThat(detail.asNormalizedText()).contains("Customer Fabrikam Ltd added.").contains("Ana Silva primary")
                .contains("No billing contracts yet");
    }

    @Test
    void shouldRefuseAnAddressLongerThanItsFieldKeepsWithAMessageByTheField() throws Exception {
        // given
        app.signInAsAdmin(browser);
        HtmlForm customer = browser.<HtmlPage>getPage(app.url("/customers/new")).getForms().get(1);
        customer.getInputByName("name").setValue("Postal Co");
        customer.getInputByName("postalCode").setValue("SW1A 1AA / PO Box 12345 Central");
        customer.getInputByName("city").setValue("c".repeat(101));
        customer.getSelectByName("country").setSelectedAttribute("GB", true);

        // when
        HtmlPage again = submit(customer);

        // then: no error page; each long field says its limit and keeps what was typed
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(again.getElementById("postalCode-error").asNormalizedText())
                .isEqualTo("Use at most 16 characters (this has 31).");
        assertThat(again.getElementById("city-error").asNormalizedText())
                .isEqualTo("Use at most 100 characters (this has 101).");
        HtmlForm kept = again.getForms().get(1);
        assertThat(kept.getInputByName("postalCode").getValue()).isEqualTo("SW1A 1AA / PO Box 12345 Central");
        assertThat(kept.getInputByName("name").getValue()).isEqualTo("Postal Co");
    }

    @Test
    void shouldEditAddContactsMakePrimaryAndArchive() throws Exception {
        // given a customer
        app.signInAsAdmin(browser);
        HtmlPage form = browser.getPage(app.url("/customers/new"));
        form.getForms().get(1).getInputByName("name").setValue("Northwind Traders");
        HtmlPage detail = submit(form.getForms().get(1));
        String detailUrl = detail.getUrl().toString();

        // when two contacts are added and the second made primary
        addContact(detailUrl, "Lee", "Chen", "lee@northwind.example");
        addContact(detailUrl, "Kim", "Park", "kim@northwind.example");
        HtmlPage withContacts = browser.getPage(detailUrl);
        HtmlForm makePrimary = withContacts.getFirstByXPath("//form[contains(@action,'/primary')]");
        HtmlPage afterPrimary = submit(makePrimary);
        assertThat(afterPrimary.asNormalizedText()).contains("Kim Park is now the primary contact.");

        // and a stale edit is refused with a message, keeping the input
        HtmlPage edit = browser.getPage(detailUrl + "/edit");
        HtmlPage edit2 = browser.getPage(detailUrl + "/edit");
        edit.getForms().get(1).getInputByName("city").setValue("Seattle");
        submit(edit.getForms().get(1));
        edit2.getForms().get(1).getInputByName("city").setValue("Portland");
        HtmlPage stale = submit(edit2.getForms().get(1));
        assertThat(stale.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(stale.asNormalizedText()).contains("was changed by someone else");
        assertThat(stale.getForms().get(1).getInputByName("city").getValue()).isEqualTo("Portland");

        // then archiving asks first, and the customer leaves the list
        HtmlPage confirm = browser.getPage(detailUrl + "/archive");
        assertThat(confirm.asNormalizedText()).contains("Archive Northwind Traders?");
        HtmlPage list = submit(confirm.getForms().get(1));
        assertThat(list.asNormalizedText()).contains("Customer Northwind Traders archived.").doesNotContain("Northwind Traders active");
    }

    private void addContact(String detailUrl, String first, String last, String email) throws Exception {
        HtmlPage page = browser.getPage(detailUrl + "/contacts/new");
        HtmlForm form = page.getForms().get(1);
        form.getInputByName("firstName").setValue(first);
        form.getInputByName("lastName").setValue(last);
        form.getInputByName("email").setValue(email);
        assertThat(submit(form).asNormalizedText()).contains("Contact " + first + " " + last + " added.");
    }

    static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
