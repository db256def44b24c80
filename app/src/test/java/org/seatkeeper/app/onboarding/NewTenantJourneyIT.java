package org.seatkeeper.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingStage;

class NewTenantJourneyIT {

    private final OnboardingFixture fixture = new OnboardingFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldCreateTheTenantShowItsCredentialsOnceAndMapItsAccount() throws Exception {
        // given a customer created in step 1, and the flow resumed after signing out and in again
        HtmlPage home = fixture.app.signInAsAdmin(fixture.browser);
        fixture.createCustomer("Fabrikam Ltd", "", "Ada", "Lovelace", "ada@fabrikam.example");
        HtmlPage signedOut = ((HtmlButton) home.getFirstByXPath("//form[@action='/logout']//button")).click();
        assertThat(signedOut.asNormalizedText()).contains("signed out");
        fixture.app.signIn(fixture.browser, RunningApp.ADMIN);
        HtmlPage pipeline = fixture.browser.getPage(fixture.app.url("/onboarding"));
        assertThat(pipeline.asNormalizedText()).contains("Fabrikam Ltd").contains("Customer created");
        HtmlPage overview = OnboardingFixture.click(pipeline, "Open");

        // when the provider is chosen for a first registration
        HtmlPage tenant = fixture.chooseProvider(overview, true);
        assertThat(tenant.getUrl().getPath()).startsWith("/onboarding/tenant/");
        HtmlForm form = (HtmlForm) tenant.getElementById("tenant");
        form.getInputByName("domainPrefix").setValue("fabrikamltd");
        form.getInputByName("addressLine1").setValue("1 Microsoft Way");
        form.getInputByName("city").setValue("Redmond");
        form.getInputByName("state").setValue("WA");
        form.getInputByName("postalCode").setValue("98052");
        form.<HtmlSelect>getSelectByName("country").setSelectedAttribute("US", true);

        // then a country the provider does not authorize is refused on the server, with the input kept
        HtmlSelect country = form.getSelectByName("country");
        assertThat(country.getOptions()).extracting(HtmlOption::getValueAttribute).contains("US", "GB").doesNotContain("FR");
        DomElement france = tenant.createElement("option");
        france.setAttribute("value", "FR");
        country.appendChild(france);
        country.setSelectedAttribute("FR", true);
        HtmlPage refused = create(form);
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(refused.asNormalizedText()).contains("Partner Center does not authorize you to provision in FR");
        assertThat(((HtmlForm) refused.getElementById("tenant")).getInputByName("domainPrefix").getValue()).isEqualTo("fabrikamltd");

        // when the tenant is created in the US
        HtmlForm again = (HtmlForm) refused.getElementById("tenant");
        again.<HtmlSelect>getSelectByName("country").setSelectedAttribute("US", true);
        HtmlPage credentials = create(again);

        // then the admin credentials are shown once, with a copy button
        assertThat(credentials.getUrl().getPath()).startsWith("/onboarding/credentials/");
        assertThat(credentials.asNormalizedText()).contains("shown only this once").contains("fabrikamltd.onmicrosoft.com");
        String password = credentials.getElementById("admin-password").getAttribute("value");
        assertThat(password).isNotBlank();
        assertThat(credentials.getElementById("admin-user").getAttribute("value")).isNotBlank();
        assertThat((Object) credentials.querySelector("[data-copy='admin-password']")).isNotNull();
        HtmlPage second = fixture.browser.getPage(credentials.getUrl());
        assertThat(second.asNormalizedText()).contains("already shown once").doesNotContain(password);
        assertThat(second.getElementById("admin-password")).isNull();

        // and an administrator can reveal them again, audited
        HtmlPage revealed = ((HtmlButton) second.getFirstByXPath("//button[contains(., 'Reveal again')]")).click();
        assertThat(revealed.getElementById("admin-password").getAttribute("value")).isEqualTo(password);
        var audit = fixture.app.application().context().audit();
        assertThat(audit.find(new AuditFilter(null, AuditEntity.ONBOARDING, "revealed", null, null), 0, 10)).hasSize(1);
        assertThat(audit.find(new AuditFilter(null, null, null, null, null), 0, 200).toString()).doesNotContain(password);

        // and the provider account is mapped, the agreement recorded at Partner Center, the pipeline moved on
        Onboarding onboarding = fixture.onboardingOf("Fabrikam Ltd");
        assertThat(onboarding.stage()).isEqualTo(OnboardingStage.PROVISIONED);
        ProviderAccount account = new ProviderAccountRepository(fixture.app.application().context().database().dsl())
                .find(onboarding.providerAccountId()).orElseThrow();
        assertThat(account.customerId()).isEqualTo(onboarding.customerId());
        assertThat(account.domain()).isEqualTo("fabrikamltd.onmicrosoft.com");
        assertThat(fixture.emulator.control().agreementsRecorded(onboarding.tenantExternalId())).hasSize(1);

        // and a retry of the create step never creates a second tenant
        HtmlPage flow = fixture.browser.getPage(fixture.app.url("/onboarding/flow/" + onboarding.id()));
        assertThat(flow.asNormalizedText()).contains("provider account mapped");
        HtmlPage contract = OnboardingFixture.click(flow, "Create the billing contract");
        HtmlPage subscriptions = OnboardingFixture.submit((HtmlForm) contract.getElementById("contract"));
        assertThat(subscriptions.asNormalizedText()).contains("Billing contract").contains("appear on this contract with the next sync");
        assertThat(fixture.onboardingOf("Fabrikam Ltd").stage()).isEqualTo(OnboardingStage.CONTRACT_CREATED);

        // and on a fresh install (no Manual provider, no product synced) step 4 offers no form it cannot use: it says
        // why, links to Providers and Products, and lets the step finish without subscriptions
        assertThat(subscriptions.getElementById("add-subscription")).isNull();
        assertThat(subscriptions.getElementById("no-manual").asNormalizedText())
                .contains("none is enabled").contains("Providers").contains("arrive on this contract with its next sync");
        HtmlPage finished = ((org.htmlunit.html.HtmlAnchor) subscriptions.getElementById("finish-step")).click();
        assertThat(finished.getUrl().getPath()).isEqualTo("/onboarding/flow/" + onboarding.id());
        var db = fixture.app.application().context().database();
        new org.seatkeeper.db.providers.ProviderRepository(db.dsl()).insert(new org.seatkeeper.db.providers.ProviderDetails(
                "Manual", "MANUAL", false, "USD", null, null, java.util.Set.of("US")), null, java.time.Instant.now());
        HtmlPage noProducts = fixture.browser.getPage(subscriptions.getUrl());
        assertThat(noProducts.getElementById("no-products").asNormalizedText())
                .contains("The catalog has no product in USD yet").contains("Products");
        assertThat(noProducts.getElementById("finish-step")).isNotNull();

        // and a negative quantity on the subscription step gets a message by the field, not an error page
        var context = fixture.app.application().context();
        long product = new ProductRepository(context.database().dsl(), context.clock()).insert(new NewProduct(
                new ProductKey("ONB-E1", Term.P1M, BillingCycle.MONTHLY, "USD"), "Office 365 E1",
                new BigDecimal("10.00"), new BigDecimal("8.00")));
        HtmlForm add = (HtmlForm) fixture.browser.<HtmlPage>getPage(subscriptions.getUrl())
                .getElementById("add-subscription");
        add.getSelectByName("productId").setSelectedAttribute(String.valueOf(product), true);
        add.getInputByName("quantity").setValue("-3");
        HtmlPage negative = OnboardingFixture.submit(add);
        assertThat(negative.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(negative.getElementById("quantity-error").asNormalizedText())
                .isEqualTo("A new subscription needs at least one license.");
        assertThat(((HtmlForm) negative.getElementById("add-subscription")).getInputByName("quantity").getValue())
                .isEqualTo("-3");
    }

    @Test
    void shouldShowTheProvidersSuggestionsForAnAddressItCannotVerify() throws Exception {
        // given a customer on the new-tenant step
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage tenant = fixture.chooseProvider(fixture.createCustomer("Northwind", "", "Nancy", "Davolio",
                "nancy@northwind.example"), true);
        HtmlForm form = (HtmlForm) tenant.getElementById("tenant");
        form.getInputByName("domainPrefix").setValue("northwindtraders");
        form.getInputByName("addressLine1").setValue("10 Downing Street");
        form.getInputByName("city").setValue("London");
        form.getInputByName("postalCode").setValue("sw1a2aa");
        form.<HtmlSelect>getSelectByName("country").setSelectedAttribute("GB", true);

        // when the address is checked
        HtmlPage checked = ((HtmlButton) form.getFirstByXPath(".//button[@value='check']")).click();

        // then Partner Center's suggestion is offered, and picking it fills the address in
        assertThat(checked.getWebResponse().getStatusCode()).isEqualTo(422);
        assertThat(checked.asNormalizedText()).contains("could not verify this address").contains("SW1A 2AA");
        HtmlPage picked = ((HtmlButton) checked.getFirstByXPath("//button[@name='suggestion']")).click();
        HtmlForm filled = (HtmlForm) picked.getElementById("tenant");
        assertThat(filled.getInputByName("postalCode").getValue()).isEqualTo("SW1A 2AA");
        assertThat(filled.getInputByName("domainPrefix").getValue()).isEqualTo("northwindtraders");
        HtmlPage ok = ((HtmlButton) filled.getFirstByXPath(".//button[@value='check']")).click();
        assertThat(ok.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(ok.asNormalizedText()).contains("accepts the address");
    }

    private static HtmlPage create(HtmlForm form) throws Exception {
        return ((HtmlButton) form.getFirstByXPath(".//button[@value='create']")).click();
    }
}
