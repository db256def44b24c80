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
import org.seatkeeper.providers.http.TestTransports;

class PartnerCenterConnectorIT {

    private ProviderEmulator emulator;
    private ProviderConnector connector;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(620));
        var credentials = emulator.credentials().partnerCenter();
        ConnectorSettings settings = ConnectorSettings.defaults(ProviderKind.PARTNER_CENTER, Map.of(
                        "partnerTenantId", credentials.partnerTenantId(), "clientId", credentials.clientId(),
                        "clientSecret", credentials.clientSecret(), "refreshToken", credentials.refreshToken()))
                .withBaseUri(emulator.apiBaseUri(Api.PARTNER_CENTER))
                .withTokenUri(emulator.tokenUri(Api.PARTNER_CENTER))
                .withTransport(TestTransports.fast());
        connector = ProviderConnectors.create(ProviderKind.PARTNER_CENTER, settings, null);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void shouldListEveryAccountAcrossPagesAndResumeFromAToken() {
        // when
        List<ProviderAccountRecord> accounts = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        AccountPage page = connector.listAccounts(null);
        accounts.addAll(page.accounts());
        while (page.nextPageToken() != null) {
            tokens.add(page.nextPageToken());
            page = connector.listAccounts(page.nextPageToken());
            accounts.addAll(page.accounts());
        }

        // then
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(620);
        assertThat(tokens).hasSize(1);
        assertThat(accounts).allSatisfy(a -> {
            assertThat(a.tenantId()).isNotBlank();
            assertThat(a.domain()).endsWith(".onmicrosoft.com");
            assertThat(a.relationship()).isEqualTo(RelationshipStatus.RESELLER);
        });
        assertThat(connector.listAccounts(tokens.get(0)).accounts()).hasSize(accounts.size() - 500);
    }

    @Test
    void shouldMapSubscriptionsToTheCommonRecord() {
        // given
        String account = connector.listAccounts(null).accounts().get(0).externalId();

        // when
        SubscriptionList list = connector.listSubscriptions(account);

        // then
        assertThat(list.rejected()).isEmpty();
        assertThat(list.subscriptions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.accountExternalId()).isEqualTo(account);
            assertThat(s.quantity()).isNotNegative();
            assertThat(s.effectiveDate()).isNotNull();
            assertThat(s.termEndDate()).isAfterOrEqualTo(s.effectiveDate());
            assertThat(s.term()).isIn("P1M", "P1Y", "P3Y");
            assertThat(s.providerStatus()).isNotBlank();
        });
    }

    @Test
    void shouldSayPlainlyWhenTheConnectionWorks() {
        // when
        ConnectionCheck check = connector.testConnection();

        // then
        assertThat(check.ok()).isTrue();
        assertThat(check.message()).contains("Partner Center");
    }

    @Test
    void shouldCreateATenantAndRecordTheAgreement() {
        // given
        var request = new NewTenantRequest("Northwind Test", "northwind-test-x1",
                new PostalAddress("1 Main St", null, "Seattle", "WA", "98101", "US"), "Nan", "Davolio",
                "nan@example.com", "+1 206 555 0101", "en-US", "en", null);

        // when
        CreatedTenant created = connector.tenantCreation().orElseThrow().createTenant(request, "req-northwind-1");
        connector.agreements().orElseThrow().recordAgreementAcceptance(created.externalId(), new AgreementAcceptance(null, "Nan", "Davolio",
                "nan@example.com", null, java.time.LocalDate.of(2024, 6, 1)));

        // then
        assertThat(created.domain()).isEqualTo("northwind-test-x1.onmicrosoft.com");
        assertThat(created.adminPassword()).isNotBlank();
        assertThat(created.toString()).doesNotContain(created.adminPassword());
        assertThat(emulator.control().agreementsRecorded(created.externalId())).hasSize(1);
    }

    @Test
    void shouldSayWhetherAnOnmicrosoftDomainIsStillFree() {
        // given a tenant the provider already has
        String taken = connector.listAccounts(null).accounts().get(0).domain();
        String takenPrefix = taken.substring(0, taken.indexOf('.'));

        // when / then
        assertThat(connector.tenantChecks().orElseThrow().isDomainAvailable(takenPrefix)).isFalse();
        assertThat(connector.tenantChecks().orElseThrow().isDomainAvailable("surely-nobody-has-this-prefix-4711")).isTrue();
    }
}
