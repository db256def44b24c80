package org.seatkeeper.app.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.subscriptions.BillingData;
import org.seatkeeper.app.support.AdminBrowserFixture;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;

/**
 * "New billing contract" starts in the currency of the customer's provider subscriptions, so the next sync files them
 * on the contract the user made instead of opening a second one "to review" (the old default was always USD).
 */
class NewContractCurrencyIT extends AdminBrowserFixture {

    @Test
    void shouldProposeTheCurrencyOfTheProviderTheCustomersAccountIsAt() throws Exception {
        // given a customer whose tenant is at a Pax8 provider that bills in EUR, nothing synced yet
        var context = app.application().context();
        var dsl = context.database().dsl();
        long pax8 = new ProviderRepository(dsl).insert(new ProviderDetails("Pax8 Europe", "PAX8", true, "EUR",
                        "https://api.pax8.example", "https://login.pax8.example", Set.of("DE")),
                new CredentialsCodec(context.secrets()).encrypt(Map.of("clientId", "x", "clientSecret", "y")),
                Instant.now());
        long customer = new BillingData(context.database(), context.clock(), "currency").customer("Euro Dental GmbH");
        long account = dsl.insertInto(PROVIDER_ACCOUNT)
                .set(PROVIDER_ACCOUNT.PROVIDER_ID, pax8).set(PROVIDER_ACCOUNT.EXTERNAL_ID, "pax8-euro-dental")
                .set(PROVIDER_ACCOUNT.COMPANY_NAME, "Euro Dental GmbH").set(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS, "ACTIVE")
                .set(PROVIDER_ACCOUNT.FIRST_SEEN_AT, Instant.now()).set(PROVIDER_ACCOUNT.LAST_SEEN_AT, Instant.now())
                .returning(PROVIDER_ACCOUNT.ID).fetchOne(PROVIDER_ACCOUNT.ID);
        new AccountMappings(dsl).map(account, customer, "admin", Instant.now());

        // when a new billing contract is started for it
        HtmlPage form = browser.getPage(app.url("/contracts/new?customer=" + customer));

        // then it proposes EUR
        HtmlForm contract = form.getForms().stream().filter(f -> f.getActionAttribute().startsWith("/contracts"))
                .findFirst().orElseThrow();
        assertThat(contract.getInputByName("currency").getValue()).isEqualTo("EUR");

        // and a customer with no provider account yet keeps the plain default
        long other = new BillingData(context.database(), context.clock(), "currency-2").customer("No Tenant Yet Ltd");
        HtmlForm plain = browser.<HtmlPage>getPage(app.url("/contracts/new?customer=" + other)).getForms().stream()
                .filter(f -> f.getActionAttribute().startsWith("/contracts")).findFirst().orElseThrow();
        assertThat(plain.getInputByName("currency").getValue()).isEqualTo("USD");
    }
}
