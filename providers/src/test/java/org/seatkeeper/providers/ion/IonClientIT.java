package org.seatkeeper.providers.ion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.FaultSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.MutableClock;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderResponseException;
import org.seatkeeper.providers.http.ProviderUnavailableException;
import org.seatkeeper.providers.http.RefreshTokenStore;
import org.seatkeeper.providers.http.TestTransports;

class IonClientIT {

    private MutableClock emulatorClock;
    private ProviderEmulator emulator;
    private RecordingStore store;
    private IonClient client;

    /** Remembers every rotation, as the app's encrypted column would. */
    static final class RecordingStore implements RefreshTokenStore {
        final List<String[]> rotations = new ArrayList<>();
        private String current;

        RecordingStore(String initial) {
            current = initial;
        }

        @Override
        public synchronized String current() {
            return current;
        }

        @Override
        public synchronized void replace(String used, String next) {
            rotations.add(new String[] {used, next});
            current = next;
        }
    }

    @BeforeEach
    void start() {
        emulatorClock = new MutableClock(Instant.now());
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(230), emulatorClock);
        store = new RecordingStore(emulator.credentials().ion().refreshToken());
        client = new IonClient(new IonSettings(emulator.apiBaseUri(Api.ION), emulator.tokenUri(Api.ION),
                String.valueOf(emulator.credentials().ion().accountId()), TestTransports.fast()),
                TestTransports.transport(Clock.systemUTC()), store);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void shouldRotateTheSingleUseRefreshTokenThroughTheStore() {
        // given
        String initial = store.current();

        // when: one token, then the server's clock passes its expiry, so a 401 forces the next refresh
        client.listCustomers(5, null);
        emulatorClock.advance(Duration.ofHours(3));
        client.listCustomers(5, null);

        // then
        assertThat(store.rotations).hasSize(2);
        assertThat(store.rotations.get(0)[0]).isEqualTo(initial);
        assertThat(store.rotations.get(1)[0]).isEqualTo(store.rotations.get(0)[1]);
        assertThat(store.rotations.get(1)[1]).isNotIn(initial, store.rotations.get(0)[1]);
    }

    @Test
    void shouldPageThroughCustomersAndSubscriptions() {
        // when
        List<IonCustomer> customers = new ArrayList<>();
        String token = null;
        do {
            IonCustomerPage page = client.listCustomers(50, token);
            page.customers().stream().filter(Parsed::ok).map(Parsed::value).forEach(customers::add);
            token = page.nextPageToken();
        } while (token != null);
        String customerId = customers.get(0).customerId();
        IonSubscriptionPage firstTwo = client.listSubscriptions(customerId, 2, 0);

        // then
        assertThat(customers).hasSizeGreaterThanOrEqualTo(230);
        assertThat(customers).extracting(IonCustomer::customerId).doesNotHaveDuplicates();
        assertThat(client.cloudProfiles(customerId).microsoft()).isPresent();
        assertThat(client.listAllSubscriptions(customerId)).hasSize(firstTwo.totalSize());
    }

    @Test
    void shouldRetry429And5xxAndGiveUpAfterTheBound() {
        // given
        client.listCustomers(1, null);
        emulator.control().failNext(Api.ION, 2, 429);
        emulator.control().failNext(Api.ION, 1, 503);

        // when
        IonCustomerPage page = client.listCustomers(3, null);

        // then
        assertThat(page.customers()).hasSize(3);

        // given
        emulator.control().failNext(Api.ION, 4, 502);

        // when / then
        assertThatThrownBy(() -> client.listCustomers(3, null))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("StreamOne Ion is unavailable");
    }

    private List<IonCustomer> allCustomers() {
        List<IonCustomer> customers = new ArrayList<>();
        String token = null;
        do {
            IonCustomerPage page = client.listCustomers(100, token);
            page.customers().stream().filter(Parsed::ok).map(Parsed::value).forEach(customers::add);
            token = page.nextPageToken();
        } while (token != null);
        return customers;
    }

    @Test
    void shouldReportAMalformedBodyAsAReadableResponseError() {
        // given
        client.listCustomers(1, null);
        emulator.control().setFaults(Api.ION, FaultSettings.none().withMalformedBody(true));

        // when / then
        assertThatThrownBy(() -> client.listCustomers(5, null))
                .isInstanceOf(ProviderResponseException.class)
                .hasMessageStartingWith("StreamOne Ion sent a response to GET /ion/api/v3/accounts/")
                .hasMessageContaining("/customers that Seatkeeper could not read: the body is not JSON.")
                .hasMessageEndingWith("If this persists, the provider may have changed its API.");
    }

    @Test
    void shouldCreateOneCustomerWhenTheCreateIsRetriedAfterA503() {
        // given: the first POST answers 503 before Ion stores anything (the emulator fails a request before handling
        // it), so the channel's retry must create the customer exactly once
        int before = allCustomers().size();
        String email = "retry-once@example.com";
        IonNewCustomer customer = new IonNewCustomer("Retry Once Ltd",
                new IonAddress("1 Main St", null, "Redmond", "WA", "98052", "US"), "Ada Lovelace", email, null,
                "+1 425 555 0100", "en", "Ada", "Lovelace");
        client.listCustomers(1, null);
        emulator.control().failNext(Api.ION, 1, 503);

        // when
        IonCustomer created = client.createCustomer(customer);

        // then
        List<IonCustomer> after = allCustomers();
        assertThat(created.customerId()).isNotBlank();
        assertThat(after).hasSize(before + 1);
        assertThat(after).filteredOn(c -> email.equalsIgnoreCase(c.customerEmail()))
                .singleElement().extracting(IonCustomer::customerId).isEqualTo(created.customerId());
    }
}
