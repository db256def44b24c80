package org.seatkeeper.app.psacompanies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.ConnectedPsa;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.matching.CompanyNames;
import org.seatkeeper.db.psa.PsaCompany;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.emulator.PsaContactView;

/** Customers linked to their ConnectWise companies (one by one and in bulk) and their contacts kept there. */
class PsaCompanyJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    /** The emulated PSA's client companies with a website, each journey takes its own. */
    private static List<PsaCompany> companies;
    private WebClient browser;

    @BeforeAll
    static void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(5).withProspects(0));
        app = RunningApp.start();
        ConnectedPsa.connectAndRefresh(app, emulator);
        companies = new PsaDataRepository(app.application().context().database().dsl()).companies().stream()
                .filter(c -> c.website() != null).toList();
        assertThat(companies).hasSizeGreaterThan(4);
    }

    @AfterAll
    static void stop() {
        app.close();
        emulator.close();
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = RunningApp.browser();
        app.signInAsAdmin(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void shouldLinkTheSuggestedCompanyAndKeepTheContactsInConnectWiseWithoutDuplicates() throws Exception {
        // given a customer under another name but with the company's domain
        PsaCompany company = companies.get(0);
        String domain = CompanyNames.normaliseDomain(company.website());
        HtmlPage customer = newCustomer("Renamed Holdings " + company.id(), domain, "Ana", "Silva", "ana.silva@" + domain);

        // when its ConnectWise tab is opened
        HtmlPage tab = customer.<HtmlAnchor>getFirstByXPath("//ul[@id='customer-tabs']//a[normalize-space(.)='ConnectWise']").click();

        // then the company is suggested for its domain, and chosen in the form
        assertThat(tab.getElementById("no-company")).isNotNull();
        assertThat(tab.getElementById("company-suggestions").asNormalizedText()).contains(company.name()).contains("same domain");
        HtmlForm form = tab.getFirstByXPath("//form[@id='company-link']");
        assertThat(form.getSelectByName("psaCompanyId").getSelectedOptions().get(0).getValueAttribute())
                .isEqualTo(Long.toString(company.id()));

        // when it is linked with contact sync on
        form.<HtmlCheckBoxInput>getInputByName("contactSync").setChecked(true);
        HtmlPage linked = submit(form);

        // then the company is shown and the contact exists in ConnectWise, once
        assertThat(linked.asNormalizedText()).contains("ConnectWise company saved. ConnectWise contacts: 1 created, 0 updated.");
        assertThat(linked.getElementById("linked-company").asNormalizedText()).contains(company.name());
        assertThat(linked.getElementById("contact-sync").asNormalizedText()).contains("Contact sync: on");
        assertThat(contactsWithEmail(company, "ana.silva@" + domain)).singleElement()
                .satisfies(c -> assertThat(c.lastName()).isEqualTo("Silva"));
        assertThat(browser.<HtmlPage>getPage(app.url("/audit")).asNormalizedText())
                .contains("linked to ConnectWise company " + company.name());

        // when the contact's last name is corrected on the customer page
        HtmlPage detail = browser.getPage(app.url(customer.getUrl().getPath()));
        HtmlForm contact = detail.<HtmlAnchor>getFirstByXPath("//table[@id='contact-list']//a[normalize-space(.)='Edit']").<HtmlPage>click().getForms().get(1);
        contact.getInputByName("lastName").setValue("Silva Costa");
        HtmlPage saved = submit(contact);

        // then the same ConnectWise contact is updated, none is added
        assertThat(saved.asNormalizedText()).contains("ConnectWise contacts: 0 created, 1 updated.");
        assertThat(contactsWithEmail(company, "ana.silva@" + domain)).singleElement()
                .satisfies(c -> assertThat(c.lastName()).isEqualTo("Silva Costa"));

        // when a second contact is added, the first is left as it is
        HtmlForm second = browser.<HtmlPage>getPage(app.url(customer.getUrl().getPath() + "/contacts/new")).getForms().get(1);
        second.getInputByName("firstName").setValue("Ben");
        second.getInputByName("lastName").setValue("Okafor");
        second.getInputByName("email").setValue("ben@" + domain);
        HtmlPage added = submit(second);
        assertThat(added.asNormalizedText()).contains("ConnectWise contacts: 1 created, 0 updated.");
        assertThat(contactsWithEmail(company, "ana.silva@" + domain)).hasSize(1);
        assertThat(contactsWithEmail(company, "ben@" + domain)).hasSize(1);
    }

    @Test
    void shouldRefuseACompanyLinkedToAnotherCustomerAndKeepTheChoice() throws Exception {
        // given a company linked to one customer
        PsaCompany company = companies.get(1);
        String domain = CompanyNames.normaliseDomain(company.website());
        HtmlPage first = psaTab(newCustomer("First Owner " + company.id(), domain, "Cy", "Moss", "cy@" + domain));
        submit(first.getFirstByXPath("//form[@id='company-link']"));

        // when another customer picks the same company
        HtmlPage other = psaTab(newCustomer("Second Claimant " + company.id(), "claimant-" + company.id() + ".example", "Di",
                "Moss", "di@claimant.example"));
        HtmlForm form = other.getFirstByXPath("//form[@id='company-link']");
        form.getSelectByName("psaCompanyId").setSelectedAttribute(Long.toString(company.id()), true);
        form.<HtmlCheckBoxInput>getInputByName("contactSync").setChecked(true);
        HtmlPage refused = submit(form);

        // then it is refused with the reason by the field, the tick kept, nothing written to ConnectWise
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.getElementById("psaCompanyId-error").asNormalizedText())
                .isEqualTo("This company is linked to First Owner " + company.id() + ".");
        assertThat(refused.<HtmlForm>getFirstByXPath("//form[@id='company-link']").<HtmlCheckBoxInput>getInputByName("contactSync")
                .isChecked()).isTrue();
        assertThat(contactsWithEmail(company, "di@claimant.example")).isEmpty();

        // when a company id that is not ConnectWise's is sent
        HtmlForm again = refused.getFirstByXPath("//form[@id='company-link']");
        again.getSelectByName("psaCompanyId").getOptions().get(1).setValueAttribute("not-a-company");
        again.getSelectByName("psaCompanyId").getOptions().get(1).setSelected(true);
        HtmlPage unknown = submit(again);
        assertThat(unknown.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(unknown.getElementById("psaCompanyId-error").asNormalizedText())
                .contains("Choose the customer's company from the ConnectWise companies");
    }

    @Test
    void shouldLinkTheTickedSuggestionsInBulk() throws Exception {
        // given two customers whose domains are their companies', and one that matches nothing
        PsaCompany a = companies.get(2);
        PsaCompany b = companies.get(3);
        newCustomer("Bulk Alpha " + a.id(), CompanyNames.normaliseDomain(a.website()), null, null, null);
        newCustomer("Bulk Beta " + b.id(), CompanyNames.normaliseDomain(b.website()), null, null, null);
        newCustomer("Zzyzx Unmatched Quarry", "zzyzx-quarry.example", null, null, null);

        // when the bulk page is opened from the menu
        HtmlPage page = browser.<HtmlPage>getPage(app.url("/")).getAnchorByText("PSA").click();

        // then the domain matches are ticked, the unmatched customer has no suggestion
        assertThat(row(page, "Bulk Alpha " + a.id())).contains(a.name()).contains("same domain");
        assertThat(row(page, "Zzyzx Unmatched Quarry")).contains("no suggestion");
        HtmlForm form = page.getFirstByXPath("//form[@id='bulk-link']");
        assertThat(checkbox(page, "Bulk Alpha " + a.id()).isChecked()).isTrue();
        assertThat(checkbox(page, "Bulk Beta " + b.id()).isChecked()).isTrue();

        // when the person unticks Beta and links the rest
        checkbox(page, "Bulk Beta " + b.id()).setChecked(false);
        HtmlPage after = submit(form);

        // then only Alpha is linked and leaves the list; Beta still waits
        assertThat(after.asNormalizedText()).contains("Linked 1 customer(s) to their ConnectWise company.");
        assertThat(after.getElementById("company-matches").asNormalizedText()).doesNotContain("Bulk Alpha " + a.id())
                .contains("Bulk Beta " + b.id());
        assertThat(browser.<HtmlPage>getPage(app.url("/customers")).getAnchorByText("Bulk Alpha " + a.id()).<HtmlPage>click()
                .<HtmlAnchor>getFirstByXPath("//ul[@id='customer-tabs']//a[normalize-space(.)='ConnectWise']").<HtmlPage>click()
                .getElementById("linked-company").asNormalizedText()).contains(a.name());
    }

    private HtmlPage newCustomer(String name, String domain, String first, String last, String email) throws Exception {
        HtmlForm form = browser.<HtmlPage>getPage(app.url("/customers/new")).getForms().get(1);
        form.getInputByName("name").setValue(name);
        form.getInputByName("domain").setValue(domain);
        if (first != null) {
            form.getInputByName("contactFirstName").setValue(first);
            form.getInputByName("contactLastName").setValue(last);
            form.getInputByName("contactEmail").setValue(email);
        }
        HtmlPage detail = submit(form);
        assertThat(detail.asNormalizedText()).contains("Customer " + name + " added.");
        return detail;
    }

    private static HtmlPage psaTab(HtmlPage customer) throws Exception {
        return customer.<HtmlAnchor>getFirstByXPath("//ul[@id='customer-tabs']//a[normalize-space(.)='ConnectWise']").click();
    }

    private static List<PsaContactView> contactsWithEmail(PsaCompany company, String email) {
        return emulator.control().psaContacts(company.id()).stream().filter(c -> email.equalsIgnoreCase(c.email())).toList();
    }

    private static String row(HtmlPage page, String customer) {
        return page.<org.htmlunit.html.HtmlElement>getFirstByXPath("//table[@id='company-matches']//tr[td[2]='" + customer + "']")
                .asNormalizedText();
    }

    private static HtmlCheckBoxInput checkbox(HtmlPage page, String customer) {
        return page.getFirstByXPath("//table[@id='company-matches']//tr[td[2]='" + customer + "']//input[@type='checkbox']");
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }
}
