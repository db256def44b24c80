package org.seatkeeper.providers.pax8;

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
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderThrottledException;
import org.seatkeeper.providers.http.ProviderUnavailableException;
import org.seatkeeper.providers.http.TestTransports;

class Pax8ClientIT {

    private static final int TENANTS = 60;

    private MutableClock emulatorClock;
    private ProviderEmulator emulator;
    private Pax8Client client;

    @BeforeEach
    void start() {
        emulatorClock = new MutableClock(Instant.now());
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(TENANTS), emulatorClock);
        var credentials = emulator.credentials().pax8();
        client = new Pax8Client(new Pax8Settings(emulator.apiBaseUri(Api.PAX8), emulator.tokenUri(Api.PAX8),
                credentials.clientId(), credentials.clientSecret(), TestTransports.fast()),
                TestTransports.transport(Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void shouldPageThroughAllCompaniesAcrossManyPages() {
        // given
        int size = 7;
        List<Pax8Company> companies = new ArrayList<>();
        List<Integer> pageNumbers = new ArrayList<>();

        // when
        Pax8Page<Pax8Company> page;
        int number = 0;
        do {
            page = client.companies(number++, size);
            pageNumbers.add(page.number());
            page.content().stream().filter(Parsed::ok).map(Parsed::value).forEach(companies::add);
        } while (!page.isLast());

        // then
        assertThat(page.totalPages()).isGreaterThanOrEqualTo(TENANTS / size);
        assertThat(pageNumbers).hasSize(page.totalPages()).startsWith(0, 1, 2);
        assertThat(companies).hasSize((int) page.totalElements()).hasSizeGreaterThanOrEqualTo(TENANTS);
        assertThat(companies).extracting(Pax8Company::id).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void shouldRetryAfter429AndSucceed() {
        // given
        client.companies(0, 1);
        emulator.control().failNext(Api.PAX8, 2, 429);
        int throttledBefore = emulator.control().throttledCount(Api.PAX8);

        // when
        Pax8Page<Pax8Company> page = client.companies(0, 5);

        // then
        assertThat(page.content()).hasSize(5).allMatch(Parsed::ok);
        assertThat(emulator.control().throttledCount(Api.PAX8) - throttledBefore).isEqualTo(2);
    }

    @Test
    void shouldRetryServerErrorsAndSucceed() {
        // given
        client.companies(0, 1);
        emulator.control().failNext(Api.PAX8, 3, 503);
        int before = emulator.control().requestCount(Api.PAX8);

        // when
        Pax8Page<Pax8Company> page = client.companies(0, 5);

        // then
        assertThat(page.content()).hasSize(5).allMatch(Parsed::ok);
        assertThat(emulator.control().requestCount(Api.PAX8) - before).isEqualTo(4);
    }

    @Test
    void shouldGiveUpAfterTheBoundWithTypedExceptions() {
        // given
        client.companies(0, 1);
        emulator.control().failNext(Api.PAX8, 4, 503);

        // when / then
        assertThatThrownBy(() -> client.companies(0, 5))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("Pax8 is unavailable: HTTP 503 on GET /pax8/v1/companies")
                .hasMessageContaining("after 4 attempts");

        // given
        emulator.control().failNext(Api.PAX8, 4, 429);

        // when / then
        assertThatThrownBy(() -> client.companies(0, 5))
                .isInstanceOf(ProviderThrottledException.class)
                .hasMessageStartingWith("Pax8 is still throttling requests (HTTP 429) after 4 attempts");

        // then: the bound held, the client works again
        assertThat(client.companies(0, 5).content()).hasSize(5);
    }

    @Test
    void shouldRefreshAnExpiredTokenOnceAndRetry() {
        // given: a cached token, then the server's clock moves past its 24-hour lifetime
        client.companies(0, 1);
        emulatorClock.advance(Duration.ofHours(25));
        int before = emulator.control().requestCount(Api.PAX8);

        // when
        Pax8Page<Pax8Company> page = client.companies(0, 3);

        // then: the refused call, one token request, the repeated call
        assertThat(page.content()).hasSize(3).allMatch(Parsed::ok);
        assertThat(emulator.control().requestCount(Api.PAX8) - before).isEqualTo(3);
    }

    @Test
    void shouldReportTokensThatStayRefused() {
        // given
        emulator.control().setFaults(Api.PAX8, FaultSettings.none().withExpiredTokens(true));

        // when / then
        assertThatThrownBy(() -> client.companies(0, 1))
                .isInstanceOf(ProviderAuthException.class)
                .hasMessageContaining("Pax8")
                .hasMessageNotContaining(emulator.credentials().pax8().clientSecret());
    }
}
