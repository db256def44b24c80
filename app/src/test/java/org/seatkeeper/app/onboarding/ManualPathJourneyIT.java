package org.seatkeeper.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.onboarding.Onboarding;
import org.seatkeeper.db.onboarding.OnboardingPath;
import org.seatkeeper.db.onboarding.OnboardingStage;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.springframework.batch.core.BatchStatus;

/**
 * A provider whose API can neither create tenants nor invite (Pax8): the flow says to create the tenant in the
 * provider's portal, sync, and map the account; mapping it on the accounts page completes the tenant step.
 */
class ManualPathJourneyIT {

    private final OnboardingFixture fixture = new OnboardingFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldCompleteTheTenantStepWhenTheAccountIsMappedOnTheAccountsPage() throws Exception {
        // given a Pax8 provider, and a customer onboarded with it
        long pax8 = addPax8();
        fixture.app.signInAsAdmin(fixture.browser);
        HtmlPage overview = fixture.createCustomer("Quillon Bakeries", "quillon.example", "Ada", "Quill",
                "ada@quillon.example");
        // (an enabled Manual provider is not offered: it has no tenants to provision)
        long manual = new ProviderRepository(context().database().dsl()).insert(new ProviderDetails("Manual",
                "MANUAL", false, "USD", null, null, java.util.Set.of("US")), null, java.time.Instant.now());
        HtmlPage step = overview.getAnchorByText("Choose the provider").click();
        assertThat(step.getElementById("provider-" + manual)).isNull();
        assertThat(step.getElementById("provider-" + pax8)).isNotNull();
        HtmlForm form = step.getForms().stream().filter(f -> f.getActionAttribute().startsWith("/onboarding/provider/"))
                .findFirst().orElseThrow();
        ((HtmlRadioButtonInput) step.getElementById("provider-" + pax8)).setChecked(true);
        ((HtmlRadioButtonInput) step.getElementById("first-no")).setChecked(true);
        HtmlPage flow = OnboardingFixture.submit(form);
        Onboarding chosen = fixture.onboardingOf("Quillon Bakeries");
        assertThat(chosen.path()).isEqualTo(OnboardingPath.MANUAL);
        assertThat(flow.asNormalizedText()).contains("in Pax8's own portal");

        // when the tenant shows up in Pax8's next account sync and someone maps it to the customer
        syncAccounts(pax8);
        ProviderAccount account = new ProviderAccountRepository(context().database().dsl())
                .page(AccountQuery.all().forProvider(pax8), PageRequest.first(10)).items().get(0);
        HtmlPage accountPage = fixture.browser.getPage(fixture.app.url("/provider-accounts/" + account.id()));
        HtmlForm picker = accountPage.getFirstByXPath("//form[@role='search']");
        picker.getInputByName("customer").setValue("Quillon");
        HtmlForm map = OnboardingFixture.submit(picker).getFirstByXPath("//table[@id='customer-results']//form");
        HtmlPage answer = OnboardingFixture.submit(map);
        if (answer.getElementById("confirm-map") instanceof HtmlForm unrelated) {
            OnboardingFixture.submit(unrelated); // the emulated tenant's name is not the customer's: confirmed
        }

        // then the onboarding has its account and has moved on
        Onboarding after = fixture.onboardingOf("Quillon Bakeries");
        assertThat(after.providerAccountId()).isEqualTo(account.id());
        assertThat(after.stage()).isEqualTo(OnboardingStage.PROVISIONED);
        HtmlPage done = fixture.browser.getPage(fixture.app.url("/onboarding/flow/" + after.id()));
        assertThat(done.getElementById("steps").asNormalizedText()).contains("3. Tenant").contains("done");
    }

    private long addPax8() {
        var credentials = fixture.emulator.credentials().pax8();
        return new ProviderRepository(context().database().dsl()).insert(new ProviderDetails("Pax8", "PAX8", true,
                        "USD", fixture.emulator.apiBaseUri(Api.PAX8).toString(),
                        fixture.emulator.tokenUri(Api.PAX8).toString(), Set.of("US")),
                new CredentialsCodec(context().secrets()).encrypt(Map.of("clientId", credentials.clientId(),
                        "clientSecret", credentials.clientSecret())), Instant.now());
    }

    private void syncAccounts(long providerId) {
        var jobs = fixture.app.application().jobs();
        long id = jobs.syncs().startNow(providerId, "admin").executionId();
        assertThat(jobs.runner().awaitCompletion(id, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
    }

    private AppContext context() {
        return fixture.app.application().context();
    }
}
