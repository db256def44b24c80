package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.TestTransports;

class DelegatedAccessIT {

    private ProviderEmulator emulator;
    private DelegatedAccess access;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(6));
        var pc = emulator.credentials().partnerCenter();
        ConnectorSettings settings = ConnectorSettings.defaults(ProviderKind.PARTNER_CENTER, Map.of(
                        "partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken()))
                .withBaseUri(emulator.apiBaseUri(Api.PARTNER_CENTER)).withTokenUri(emulator.tokenUri(Api.PARTNER_CENTER))
                .withTransport(TestTransports.fast()).withClock(Clock.systemUTC());
        access = DelegatedAccess.of(settings, null);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void shouldReadADirectCustomersLicencesWithTheirHolders() {
        // given a Partner Center customer with one idle seat of a licence
        AccountView customer = emulator.control().accounts(Api.PARTNER_CENTER).get(0);
        TenantLicence some = access.licences(customer.tenantId(), customer.customerId()).stream()
                .filter(l -> l.purchased() > 1).findFirst().orElseThrow();
        emulator.control().setAssignedLicences(customer.tenantId(), some.skuPartNumber(), some.purchased() - 1);

        // when
        List<TenantLicence> licences = access.licences(customer.tenantId(), customer.customerId());

        // then the counts come from Partner Center (with the product's name), the holders from Graph
        TenantLicence after = licences.stream().filter(l -> l.skuId().equals(some.skuId())).findFirst().orElseThrow();
        assertThat(after.name()).isNotBlank();
        assertThat(after.purchased()).isEqualTo(some.purchased());
        assertThat(after.assigned()).isEqualTo(some.purchased() - 1);
        assertThat(after.unassigned()).isEqualTo(1);
        assertThat(after.usernames()).hasSize(after.assigned()).isSorted()
                .allMatch(u -> u.endsWith("@" + customer.domain()));
    }

    @Test
    void shouldCountADistributorsCustomerThroughGraph() {
        // given a tenant bought through Pax8: not the partner's Partner Center customer
        AccountView pax8 = emulator.control().accounts(Api.PAX8).stream().filter(a -> a.tenantId() != null)
                .findFirst().orElseThrow();

        // when
        List<TenantLicence> licences = access.licences(pax8.tenantId(), null);

        // then
        assertThat(licences).isNotEmpty().allSatisfy(l -> {
            assertThat(l.name()).isNull();
            assertThat(l.usernames()).hasSize(l.assigned());
        });
    }

    @Test
    void shouldSayWhenDelegatedAccessToATenantHasEnded() {
        // given
        AccountView customer = emulator.control().accounts(Api.PARTNER_CENTER).get(1);
        emulator.control().setDelegatedAccess(customer.tenantId(), false);

        // when / then
        assertThatThrownBy(() -> access.licences(customer.tenantId(), null))
                .isInstanceOf(ProviderAuthException.class)
                .hasMessageContaining("AADSTS50020")
                .hasMessageContaining("delegated admin access")
                .hasMessageNotContaining(emulator.credentials().partnerCenter().clientSecret());
    }

    @Test
    void shouldFindGraphAndTheLoginAuthorityBesidePartnerCenter() {
        assertThat(DelegatedAccess.loginAuthority(java.net.URI.create("https://login.microsoftonline.com/abc/oauth2/token")))
                .hasToString("https://login.microsoftonline.com/");
        assertThat(DelegatedAccess.loginAuthority(java.net.URI.create("http://127.0.0.1:5/login/abc/oauth2/token")))
                .hasToString("http://127.0.0.1:5/login/");
        assertThat(DelegatedAccess.graphBase(java.net.URI.create("https://api.partnercenter.microsoft.com/v1/")))
                .hasToString("https://graph.microsoft.com/v1.0/");
        assertThat(DelegatedAccess.graphBase(java.net.URI.create("http://127.0.0.1:5/partnercenter/v1/")))
                .hasToString("http://127.0.0.1:5/graph/v1.0/");
    }
}
