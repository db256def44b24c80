package org.seatkeeper.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlHiddenInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.users.Role;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/** Journeys over the accounts of one synced provider; each journey uses its own accounts (sorted by name). */
class AccountMappingJourneysIT {

    private static ProviderEmulator emulator;
    private static RunningApp app;
    private static List<ProviderAccount> accounts;
    private static long providerId;
    private WebClient browser;

    @BeforeAll
    static void startAndSync() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(12).withProspects(0));
        app = RunningApp.start();
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        var jobs = app.application().jobs();
        providerId = new ProviderRepository(app.application().context().database().dsl()).insert(
                new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD", emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                jobs.credentials().encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())), Instant.now());
        long run = jobs.syncs().startNow(providerId, "test").executionId();
        assertThat(jobs.runner().awaitCompletion(run, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        accounts = accountRepository().page(AccountQuery.all(), PageRequest.first(100)).items();
        assertThat(accounts).hasSize(12);
    }

    @AfterAll
    static void stop() {
        app.close();
        emulator.close();
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
    void shouldListATenantTheNightlySyncFoundAsSoonAsTheSyncHasFinished() throws Exception {
        // given someone looking at the accounts page (the page keeps its listing for a few seconds)
        app.signInAsAdmin(browser);
        HtmlPage before = browser.getPage(app.url("/provider-accounts?q=Quokka"));
        assertThat(before.asNormalizedText()).doesNotContain("Quokka Dental");

        // when a sync that nobody started from a page (the nightly schedule's way) finds a new tenant
        emulator.control().addTenant(Api.PARTNER_CENTER, "Quokka Dental", "quokkadental.com", "US");
        var jobs = app.application().jobs();
        long run = jobs.syncs().startNow(providerId, "nightly").executionId();
        assertThat(jobs.runner().awaitCompletion(run, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);

        // then the next look at the page lists it as new and unmapped, without waiting for the listing to expire
        HtmlPage after = browser.getPage(app.url("/provider-accounts?q=Quokka&filter=new"));
        assertThat(after.asNormalizedText()).contains("Quokka Dental").contains("New (1)");
    }

    @Test
    void shouldMapAnAccountToAnExistingCustomerAndExplainWhyASecondOneIsRefused() throws Exception {
        // given an existing customer and two unmapped accounts of the same provider
        long customerId = customers().insert(CustomerDetails.named("Zebulon Holdings", null), Instant.now());
        ProviderAccount first = accounts.get(0);
        ProviderAccount second = accounts.get(1);
        app.signInAsAdmin(browser);

        // when the person finds the customer with the picker and maps the first account
        HtmlPage asked = mapWithPicker(first, "Zebulon");

        // then, the names and domains being unrelated, the page asks first and nothing is mapped yet
        assertThat(asked.getElementById("unrelated").asNormalizedText()).contains(first.displayName())
                .contains("Zebulon Holdings").contains("neither a similar name nor the same domain");
        assertThat(accountRepository().find(first.id()).orElseThrow().mapped()).isFalse();

        // when the person confirms
        HtmlPage mapped = submit((HtmlForm) asked.getElementById("confirm-map"));

        // then the account is mapped, and the customer page lists it
        assertThat(mapped.asNormalizedText()).contains(first.displayName() + " is now mapped to Zebulon Holdings.");
        HtmlPage customer = browser.getPage(app.url("/customers/" + customerId));
        assertThat(customer.asNormalizedText()).contains(first.displayName());

        // when a second account of the same provider is mapped to the same customer, the rule says why not
        HtmlPage refused = submit((HtmlForm) mapWithPicker(second, "Zebulon").getElementById("confirm-map"));
        assertThat(refused.asNormalizedText()).contains("Zebulon Holdings already has the Partner Center account");
        assertThat(accountRepository().find(second.id()).orElseThrow().mapped()).isFalse();
    }

    @Test
    void shouldMapAtOnceToACustomerWithTheAccountsNameAndDomain() throws Exception {
        // given a customer whose name and domain are the account's
        ProviderAccount account = accounts.get(7);
        customers().insert(CustomerDetails.named(account.displayName() + " Ltd", account.domain()), Instant.now());
        app.signInAsAdmin(browser);

        // when it is mapped through the picker, it is mapped without a question
        HtmlPage mapped = mapWithPicker(account, account.displayName());
        assertThat(mapped.getElementById("confirm-map")).isNull();
        assertThat(mapped.asNormalizedText()).contains(account.displayName() + " is now mapped to " + account.displayName() + " Ltd.");
    }

    @Test
    void shouldCreateACustomerFromAnAccountAfterEditingTheForm() throws Exception {
        ProviderAccount account = accounts.get(2);
        app.signInAsAdmin(browser);
        HtmlPage page = browser.getPage(app.url("/provider-accounts/" + account.id()));

        // when "Create customer from this account" is chosen, the form is filled from the account
        HtmlPage form = page.getAnchorByText("Create customer from this account").click();
        HtmlForm customer = form.getForms().get(1);
        assertThat(customer.getInputByName("name").getValue()).isEqualTo(account.displayName());
        assertThat(customer.getInputByName("domain").getValue()).isEqualTo(account.domain() == null ? "" : account.domain());

        // and the person edits the name before saving
        customer.getInputByName("name").setValue(account.displayName() + " (billing)");
        HtmlPage created = submit(customer);

        // then the customer exists and the account is mapped to it
        assertThat(created.asNormalizedText()).contains("Customer " + account.displayName() + " (billing) created and mapped")
                .contains(account.displayName());
        assertThat(accountRepository().find(account.id()).orElseThrow().customerName()).isEqualTo(account.displayName() + " (billing)");
    }

    @Test
    void shouldUnmapAfterConfirmation() throws Exception {
        ProviderAccount account = accounts.get(3);
        long customerId = customers().insert(CustomerDetails.named("Unmap Me Ltd", null), Instant.now());
        new AccountMappings(app.application().context().database().dsl()).map(account.id(), customerId, "test",
                Instant.now());
        app.signInAsAdmin(browser);

        HtmlPage page = browser.getPage(app.url("/provider-accounts/" + account.id()));
        HtmlPage confirm = page.getAnchorByText("Unmap").click();
        assertThat(confirm.asNormalizedText()).contains("Unmap " + account.displayName() + "?").contains("not billed");
        HtmlPage done = submit(confirm.getForms().get(1));

        assertThat(done.asNormalizedText()).contains(account.displayName() + " is no longer mapped to Unmap Me Ltd.")
                .contains("unmapped");
        assertThat(accountRepository().find(account.id()).orElseThrow().mapped()).isFalse();
    }

    @Test
    void shouldNotLetAViewerMap() throws Exception {
        ProviderAccount account = accounts.get(4);
        long customerId = customers().insert(CustomerDetails.named("Viewer Target Inc", null), Instant.now());
        app.createUser("vera", Role.VIEWER);
        HtmlPage page = app.signIn(browser, "vera");
        HtmlPage accountPage = browser.getPage(app.url("/provider-accounts/" + account.id() + "?customer=Viewer"));

        // no button to map, search or create
        assertThat(accountPage.asNormalizedText()).contains(account.displayName()).doesNotContain("Create customer from this account");
        assertThat(accountPage.getByXPath("//form[contains(@action,'/map')]")).isEmpty();

        // and a forged POST with her valid token is refused
        String token = ((HtmlHiddenInput) page.getFirstByXPath("//form[@action='/logout']/input[@name='_csrf']")).getValue();
        WebRequest forged = new WebRequest(new URL(app.url("/provider-accounts/" + account.id() + "/map")), HttpMethod.POST);
        forged.setRequestParameters(List.of(new NameValuePair("_csrf", token), new NameValuePair("customerId", String.valueOf(customerId))));
        Page refused = browser.getPage(forged);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(accountRepository().find(account.id()).orElseThrow().mapped()).isFalse();
    }

    @Test
    void shouldBulkMapTheTickedSuggestedMatches() throws Exception {
        // given customers with the same domains as two accounts
        ProviderAccount f = accounts.get(5);
        ProviderAccount g = accounts.get(6);
        customers().insert(CustomerDetails.named("F Customer", f.domain()), Instant.now());
        customers().insert(CustomerDetails.named("G Customer", g.domain()), Instant.now());
        app.signInAsAdmin(browser);

        // when the suggested matches are reviewed: both are ticked
        HtmlPage review = browser.getPage(app.url("/provider-accounts/suggestions"));
        assertThat(((HtmlCheckBoxInput) review.getElementById("map-" + f.id())).isChecked()).isTrue();
        assertThat(((HtmlCheckBoxInput) review.getElementById("map-" + g.id())).isChecked()).isTrue();
        HtmlPage done = submit((HtmlForm) review.getElementById("bulk-map"));

        // then both are mapped at once
        assertThat(done.asNormalizedText()).contains("Mapped");
        assertThat(accountRepository().find(f.id()).orElseThrow().customerName()).isEqualTo("F Customer");
        assertThat(accountRepository().find(g.id()).orElseThrow().customerName()).isEqualTo("G Customer");
        assertThat(done.getElementById("map-" + f.id())).isNull();
    }

    private HtmlPage mapWithPicker(ProviderAccount account, String search) throws Exception {
        HtmlPage page = browser.getPage(app.url("/provider-accounts/" + account.id()));
        HtmlForm picker = page.getFirstByXPath("//form[@role='search']");
        picker.getInputByName("customer").setValue(search);
        HtmlPage results = submit(picker);
        HtmlForm map = results.getFirstByXPath("//table[@id='customer-results']//form");
        return submit(map);
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }

    private static ProviderAccountRepository accountRepository() {
        return new ProviderAccountRepository(app.application().context().database().dsl());
    }

    private static CustomerRepository customers() {
        return new CustomerRepository(app.application().context().database().dsl());
    }
}
