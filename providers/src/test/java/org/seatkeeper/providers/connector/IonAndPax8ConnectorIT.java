package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TestTransports;

class IonAndPax8ConnectorIT {

    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(210));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private ProviderConnector ion() {
        var credentials = emulator.credentials().ion();
        ConnectorSettings settings = ConnectorSettings.defaults(ProviderKind.ION,
                        Map.of("accountId", String.valueOf(credentials.accountId())))
                .withBaseUri(emulator.apiBaseUri(Api.ION)).withTokenUri(emulator.tokenUri(Api.ION))
                .withTransport(TestTransports.fast());
        return ProviderConnectors.create(ProviderKind.ION, settings,
                RefreshTokenStore.inMemory(credentials.refreshToken()));
    }

    private ProviderConnector pax8() {
        var credentials = emulator.credentials().pax8();
        ConnectorSettings settings = ConnectorSettings.defaults(ProviderKind.PAX8,
                        Map.of("clientId", credentials.clientId(), "clientSecret", credentials.clientSecret()))
                .withBaseUri(emulator.apiBaseUri(Api.PAX8)).withTokenUri(emulator.tokenUri(Api.PAX8))
                .withTransport(TestTransports.fast());
        return ProviderConnectors.create(ProviderKind.PAX8, settings, null);
    }

    private static List<ProviderAccountRecord> all(ProviderConnector connector) {
        List<ProviderAccountRecord> accounts = new ArrayList<>();
        String token = null;
        do {
            AccountPage page = connector.listAccounts(token);
            assertThat(page.rejected()).isEmpty();
            accounts.addAll(page.accounts());
            token = page.nextPageToken();
        } while (token != null);
        return accounts;
    }

    @Test
    void shouldReturnTheSameIonCustomerWhenACreateIsRepeatedAfterALostAnswer() {
        // given a create that went through, but whose answer the caller never saw
        ProviderConnector connector = ion();
        var request = new NewTenantRequest("Tailspin Toys", "tailspin-toys-x1",
                new PostalAddress("1 Main St", null, "Seattle", "WA", "98101", "US"), "Tia", "Spin",
                "tia@tailspin.example", "+1 206 555 0102", "en-US", "en", null);
        CreatedTenant first = connector.tenantCreation().orElseThrow().createTenant(request, "req-tailspin-1");
        int customers = all(connector).size();

        // when it is sent again (Ion has no idempotency key; the email is taken now)
        CreatedTenant again = connector.tenantCreation().orElseThrow().createTenant(request, "req-tailspin-1");

        // then the customer created the first time comes back, and no second one exists
        assertThat(again.externalId()).isEqualTo(first.externalId());
        assertThat(all(connector)).hasSize(customers);
    }

    @Test
    void shouldMapIonAccountsAndSubscriptions() {
        // given
        ProviderConnector connector = ion();

        // when
        List<ProviderAccountRecord> accounts = all(connector);
        SubscriptionList subscriptions = connector.listSubscriptions(accounts.get(0).externalId());

        // then
        // every customer is the reseller's; a tenant is known where the customer's Microsoft profile links one
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(210)
                .allSatisfy(a -> assertThat(a.relationship()).isEqualTo(RelationshipStatus.RESELLER));
        assertThat(accounts).filteredOn(a -> a.tenantId() != null).hasSizeGreaterThan(accounts.size() / 2)
                .allSatisfy(a -> assertThat(a.tenantId()).isNotBlank());
        assertThat(subscriptions.rejected()).isEmpty();
        assertThat(subscriptions.subscriptions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.quantity()).isNotNegative();
            assertThat(s.effectiveDate()).isNotNull();
            assertThat(s.unitPrice()).isNotNull();
            assertThat(s.status()).isNotNull();
        });
    }

    @Test
    void shouldChangeAnIonQuantity() {
        // given
        ProviderConnector connector = ion();
        String account = connector.listAccounts(null).accounts().get(0).externalId();
        ProviderSubscriptionRecord subscription = connector.listSubscriptions(account).subscriptions().stream()
                .filter(s -> s.status() == SubscriptionStatus.ACTIVE).findFirst().orElseThrow();

        // when
        connector.quantityChanges().orElseThrow().changeQuantity(account, subscription.externalId(), subscription.quantity() + 1);

        // then
        assertThat(connector.listSubscriptions(account).subscriptions())
                .filteredOn(s -> s.externalId().equals(subscription.externalId()))
                .singleElement().extracting(ProviderSubscriptionRecord::quantity)
                .isEqualTo(subscription.quantity() + 1);
    }

    @Test
    void shouldMapPax8AccountsWithTenantFromProvisioningDetails() {
        // given
        ProviderConnector connector = pax8();

        // when
        List<ProviderAccountRecord> accounts = all(connector);
        ProviderAccountRecord first = accounts.stream().filter(a -> a.tenantId() != null).findFirst().orElseThrow();
        SubscriptionList subscriptions = connector.listSubscriptions(first.externalId());

        // then
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(210);
        assertThat(first.tenantId()).isNotBlank();
        assertThat(first.domain()).isNotBlank();
        assertThat(subscriptions.rejected()).isEmpty();
        assertThat(subscriptions.subscriptions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.term()).isIn("P1M", "P1Y", "P3Y");
            assertThat(s.unitCost()).isNotNull();
        });
    }

    @Test
    void shouldRetryPax8ServerErrorsAndSayWhenTheConnectionWorks() {
        // given
        ProviderConnector connector = pax8();
        emulator.control().failNext(Api.PAX8, 2, 500);

        // when
        ConnectionCheck check = connector.testConnection();

        // then
        assertThat(check.ok()).isTrue();
        assertThat(check.message()).contains("Pax8");
    }

    @Test
    void shouldOfferOnlyWhatIonAndPax8CanDoThroughTheirApis() {
        // given
        ProviderConnector ion = ion();
        ProviderConnector pax8 = pax8();

        // then Ion creates customers and changes quantities; Pax8 only changes quantities; neither invites or checks
        assertThat(ion.tenantCreation()).isPresent();
        assertThat(ion.quantityChanges()).isPresent();
        assertThat(ion.invitations()).isEmpty();
        assertThat(ion.tenantChecks()).isEmpty();
        assertThat(ion.agreements()).isEmpty();
        assertThat(pax8.quantityChanges()).isPresent();
        assertThat(pax8.tenantCreation()).isEmpty();
        assertThat(pax8.invitations()).isEmpty();
    }

    @Test
    void shouldReturnNothingForManualAccounts() {
        // given
        ProviderConnector manual = ProviderConnectors.create(ProviderKind.MANUAL,
                ConnectorSettings.defaults(ProviderKind.MANUAL, Map.of()), null);

        // then
        assertThat(manual.listAccounts(null).accounts()).isEmpty();
        assertThat(manual.quantityChanges()).isEmpty();
        assertThat(manual.tenantCreation()).isEmpty();
        assertThat(manual.invitations()).isEmpty();
    }
}
