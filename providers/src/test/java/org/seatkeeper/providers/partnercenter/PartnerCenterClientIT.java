package org.seatkeeper.providers.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.MutableClock;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.ProviderThrottledException;
import org.seatkeeper.providers.http.ProviderUnavailableException;
import org.seatkeeper.providers.http.TestTransports;

class PartnerCenterClientIT {

    private static final int TENANTS = 1_050;

    private MutableClock emulatorClock;
    private ProviderEmulator emulator;
    private PartnerCenterClient client;

    @BeforeEach
    void startEmulator() {
        emulatorClock = new MutableClock(Instant.now());
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(TENANTS), emulatorClock);
        client = new PartnerCenterClient(settings(emulator.credentials().partnerCenter().refreshToken()),
                TestTransports.transport(Clock.systemUTC()));
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    private PartnerCenterSettings settings(String refreshToken) {
        var credentials = emulator.credentials().partnerCenter();
        return new PartnerCenterSettings(emulator.apiBaseUri(Api.PARTNER_CENTER), emulator.tokenUri(Api.PARTNER_CENTER),
                credentials.clientId(), credentials.clientSecret(), refreshToken, TestTransports.fast(),
                Duration.ofMillis(1), 20);
    }

    private List<PcCustomer> allCustomers(int size) {
        List<PcCustomer> all = new ArrayList<>();
        CustomerPage page = client.listCustomers(size);
        while (true) {
            page.customers().stream().filter(Parsed::ok).map(Parsed::value).forEach(all::add);
            if (page.next() == null) {
                return all;
            }
            page = client.nextCustomers(page.next());
        }
    }

    @Test
    void shouldPageThroughAllCustomersWithContinuationTokens() {
        // when
        List<PcCustomer> customers = allCustomers(100);

        // then
        assertThat(customers).hasSizeGreaterThanOrEqualTo(TENANTS);
        assertThat(customers).extracting(PcCustomer::id).doesNotHaveDuplicates();
    }

    @Test
    void shouldRetryAfter429AndSucceed() {
        // given
        client.listCustomers(1);
        emulator.control().failNext(Api.PARTNER_CENTER, 2, 429);

        // when
        CustomerPage page = client.listCustomers(10);

        // then
        assertThat(page.customers()).hasSize(10);
        assertThat(emulator.control().throttledCount(Api.PARTNER_CENTER)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldRetryServerErrorsAndSucceed() {
        // given
        client.listCustomers(1);
        emulator.control().failNext(Api.PARTNER_CENTER, 3, 503);

        // when
        CustomerPage page = client.listCustomers(5);

        // then
        assertThat(page.customers()).hasSize(5);
    }

    @Test
    void shouldGiveUpAfterTheBoundWithTypedExceptions() {
        // given
        client.listCustomers(1);
        emulator.control().failNext(Api.PARTNER_CENTER, 4, 503);

        // when / then
        assertThatThrownBy(() -> client.listCustomers(5))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("Partner Center is unavailable: HTTP 503")
                .hasMessageContaining("after 4 attempts");

        // given
        emulator.control().failNext(Api.PARTNER_CENTER, 4, 429);

        // when / then
        assertThatThrownBy(() -> client.listCustomers(5))
                .isInstanceOf(ProviderThrottledException.class)
                .hasMessageContaining("Partner Center is still throttling");
    }

    @Test
    void shouldNotRetryAClientError() {
        // given
        int before = emulator.control().requestCount(Api.PARTNER_CENTER);

        // when / then
        assertThatThrownBy(() -> client.getCustomer("no-such-customer"))
                .isInstanceOf(org.seatkeeper.providers.http.ProviderRejectedException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(emulator.control().requestCount(Api.PARTNER_CENTER) - before).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldRefreshAnExpiredTokenOnceAndRetry() {
        // given: a cached token, then the server's clock moves past its expiry
        client.listCustomers(1);
        emulatorClock.advance(Duration.ofHours(3));

        // when
        CustomerPage page = client.listCustomers(3);

        // then
        assertThat(page.customers()).hasSize(3);
    }

    @Test
    void shouldReportRefusedCredentialsWithoutSecrets() {
        // given
        String refreshToken = "wrong-refresh-token-123";
        var wrong = new PartnerCenterClient(settings(refreshToken), TestTransports.transport(Clock.systemUTC()));

        // when / then
        assertThatThrownBy(() -> wrong.listCustomers(1))
                .isInstanceOf(ProviderAuthException.class)
                .hasMessageStartingWith("Partner Center refused the credentials: ")
                .hasMessageEndingWith("Check the app id, secret and refresh token on the provider page.")
                .hasMessageNotContaining(refreshToken)
                .hasMessageNotContaining(emulator.credentials().partnerCenter().clientSecret());
    }

    @Test
    void shouldReportExpiredTokensThatStayRefused() {
        // given
        emulator.control().setFaults(Api.PARTNER_CENTER, FaultSettings.none().withExpiredTokens(true));

        // when / then
        assertThatThrownBy(() -> client.listCustomers(1)).isInstanceOf(ProviderAuthException.class);
    }

    @Test
    void shouldCreateACustomerOnceWhenTheSameRequestIdIsRetried() {
        // given
        String requestId = UUID.randomUUID().toString();
        NewCustomer customer = new NewCustomer(new CompanyProfile(null, "idempotent-test.onmicrosoft.com",
                "Idempotent Test Ltd", null), new BillingProfile(null, "ada@example.com", "en-US", "en",
                "Idempotent Test Ltd", new PcAddress("Ada", "Lovelace", "1 Main St", null, "Redmond", "WA", "98052",
                "US", "+1 425 555 0100")));
        int before = allCustomers(500).size();
        emulator.control().failNext(Api.PARTNER_CENTER, 1, 503);

        // when: the first answer is a 503 (retried with the same MS-RequestId), then the caller retries the operation
        PcCustomer first = client.createCustomer(customer, requestId);
        PcCustomer again = client.createCustomer(customer, requestId);

        // then
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.userCredentials().password()).isNotBlank();
        assertThat(first.userCredentials().toString()).doesNotContain(first.userCredentials().password());
        assertThat(allCustomers(500)).hasSize(before + 1);
    }

    @Test
    void shouldChangeQuantityThroughAnAsynchronousPatch() {
        // given
        String customerId = client.listCustomers(1).customers().get(0).value().id();
        PcSubscription subscription = client.listSubscriptions(customerId).stream().filter(Parsed::ok)
                .map(Parsed::value).filter(s -> "active".equals(s.status())).findFirst().orElseThrow();
        emulator.control().setAsyncSubscriptionUpdates(true);

        // when
        PcSubscription changed = client.changeQuantity(customerId, subscription.id(), subscription.quantity() + 2);

        // then
        assertThat(changed.quantity()).isEqualTo(subscription.quantity() + 2);
        assertThat(client.getSubscription(customerId, subscription.id()).quantity())
                .isEqualTo(subscription.quantity() + 2);
    }

    @Test
    void shouldReadOnboardingResources() {
        // when
        var rules = client.countryRules("US");
        var validation = client.validateAddress(new PcAddress(null, null, "1 Microsoft Way", null, "Redmond", "WA",
                "98052", "US", null));
        var templates = client.customerAgreementTemplates();

        // then
        assertThat(rules.iso2Code()).isEqualTo("US");
        assertThat(rules.isStateRequired()).isTrue();
        assertThat(rules.states().value()).contains("WA");
        assertThat(validation.status()).isNotBlank();
        assertThat(templates).isNotEmpty();
        assertThat(client.relationshipRequestUrl().toString()).contains("partnerId=");
    }

    @Test
    void shouldReportAMalformedBodyAsAReadableResponseError() {
        // given
        client.listCustomers(1);
        emulator.control().setFaults(Api.PARTNER_CENTER, FaultSettings.none().withMalformedBody(true));

        // when / then
        assertThatThrownBy(() -> client.listCustomers(5))
                .isInstanceOf(ProviderResponseException.class)
                .hasMessage("Partner Center sent a response to GET /partnercenter/v1/customers that Seatkeeper could "
                        + "not read: the body is not JSON. If this persists, the provider may have changed its API.");

        // given
        emulator.control().clearFaults(Api.PARTNER_CENTER);

        // when / then
        assertThat(client.listCustomers(5).customers()).hasSize(5);
    }
}
