package org.seatkeeper.app.onboarding;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

/** A running Seatkeeper, a Partner Center emulator on loopback, and a Partner Center provider (US, GB) pointing at it. */
final class OnboardingFixture implements AutoCloseable {

    final RunningApp app = RunningApp.start();
    final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(3).withProspects(2)
            .withSubscriptionsPerTenant(1));
    final WebClient browser = RunningApp.browser();
    final long providerId;

    OnboardingFixture() {
        var context = app.application().context();
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        providerId = new ProviderRepository(context.database().dsl()).insert(new ProviderDetails("Partner Center",
                        "PARTNER_CENTER", true, "USD", emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US", "GB")),
                new CredentialsCodec(context.secrets()).encrypt(Map.of("partnerTenantId", pc.partnerTenantId(),
                        "clientId", pc.clientId(), "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())),
                Instant.now());
    }

    OnboardingRepository onboardings() {
        return new OnboardingRepository(app.application().context().database().dsl());
    }

    Onboarding onboardingOf(String customerName) {
        return onboardings().pipeline(100).stream().filter(o -> o.customerName().equals(customerName)).findFirst()
                .orElseThrow();
    }

    /** Step 1 with a new customer; returns the onboarding's overview page. */
    HtmlPage createCustomer(String name, String domain, String firstName, String lastName, String email) throws IOException {
        HtmlPage start = browser.getPage(app.url("/onboarding/new"));
        HtmlForm form = (HtmlForm) start.getElementById("new-customer");
        form.getInputByName("name").setValue(name);
        form.getInputByName("domain").setValue(domain);
        form.getSelectByName("country").setSelectedAttribute("US", true);
        form.getInputByName("firstName").setValue(firstName);
        form.getInputByName("lastName").setValue(lastName);
        form.getInputByName("email").setValue(email);
        form.getInputByName("contactPhone").setValue("+1 425 555 0100");
        return submit(form);
    }

    /** Step 2 from the overview page. */
    HtmlPage chooseProvider(HtmlPage overview, boolean firstRegistration) throws IOException {
        HtmlPage step = overview.getAnchorByText("Choose the provider").click();
        HtmlForm form = step.getForms().stream().filter(f -> f.getActionAttribute().startsWith("/onboarding/provider/"))
                .findFirst().orElseThrow();
        ((HtmlRadioButtonInput) step.getElementById("provider-" + providerId)).setChecked(true);
        ((HtmlRadioButtonInput) step.getElementById(firstRegistration ? "first-yes" : "first-no")).setChecked(true);
        return submit(form);
    }

    static HtmlPage submit(HtmlForm form) throws IOException {
        return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
    }

    static HtmlPage click(HtmlPage page, String linkText) throws IOException {
        HtmlAnchor anchor = page.getAnchorByText(linkText);
        return anchor.click();
    }

    @Override
    public void close() {
        browser.close();
        emulator.close();
        app.close();
    }
}
