package org.seatkeeper.providers.connectwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderAuthException;
import org.seatkeeper.providers.http.ProviderThrottledException;
import org.seatkeeper.providers.http.ProviderUnavailableException;
import org.seatkeeper.providers.http.TestTransports;

class ConnectWiseClientIT {

    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withPort(0).withTenants(40));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private ConnectWiseClient client(String privateKey) {
        var cw = emulator.credentials().connectWise();
        return new ConnectWiseClient(new ConnectWiseSettings(emulator.baseUri().resolve("/connectwise/"), null,
                cw.companyId(), cw.publicKey(), privateKey, cw.clientId(), TestTransports.fast()),
                TestTransports.transport(Clock.systemUTC()));
    }

    @Test
    void shouldDiscoverTheCodebaseAndReadCompaniesAgreementsAndCatalog() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());

        // when
        List<Parsed<CwCompany>> companies = client.companies(null);
        CwCompany first = companies.get(0).value();
        List<Parsed<CwCompany>> byIdentifier = client.companies(Conditions.where("identifier").eq(first.identifier()));

        // then
        assertThat(companies).hasSizeGreaterThan(1).allMatch(Parsed::ok);
        assertThat(byIdentifier).singleElement().extracting(p -> p.value().id()).isEqualTo(first.id());
        assertThat(client.agreements(null)).isNotEmpty();
        assertThat(client.catalog(null)).isNotEmpty();
    }

    @Test
    void shouldCreateUpdateAndCancelAnAddition() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());
        CwAgreement agreement = client.agreements(null).get(0).value();
        CwCatalogItem product = client.catalog(null).get(0).value();

        // when
        CwAddition created = client.createAddition(agreement.id(), new CwAddition(null,
                new CwReference(product.id(), product.identifier(), null), "Billable", new BigDecimal("5"),
                BigDecimal.ZERO, new BigDecimal("12.50"), new BigDecimal("10.00"), "2024-06-01T00:00:00Z", null,
                "Seatkeeper test", null, null));
        CwAddition updated = client.updateAddition(agreement.id(), created.id(),
                List.of(PatchOperation.replace("quantity", 7)));
        CwAddition cancelled = client.cancelAddition(agreement.id(), created.id(), LocalDate.of(2024, 6, 30));

        // then
        assertThat(updated.quantity()).isEqualByComparingTo("7");
        assertThat(cancelled.cancelledDate()).startsWith("2024-06-30");
        assertThat(client.additions(agreement.id(), null)).extracting(p -> p.value().id()).contains(created.id());
    }

    @Test
    void shouldReportRefusedKeysWithoutThem() {
        // given
        ConnectWiseClient client = client("wrongPrivateKey");

        // when / then
        assertThatThrownBy(() -> client.companies(null))
                .isInstanceOf(ProviderAuthException.class)
                .hasMessageStartingWith("ConnectWise Manage refused the credentials")
                .hasMessageNotContaining("wrongPrivateKey");
    }

    @Test
    void shouldRetryAfter429AndSucceed() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());
        List<Parsed<CwCompany>> expected = client.companies(null);
        int throttledBefore = emulator.control().throttledCount(Api.CONNECTWISE);
        emulator.control().failNext(Api.CONNECTWISE, 2, 429);

        // when
        List<Parsed<CwCompany>> companies = client.companies(null);

        // then
        assertThat(companies).hasSameSizeAs(expected).allMatch(Parsed::ok);
        assertThat(emulator.control().throttledCount(Api.CONNECTWISE) - throttledBefore).isEqualTo(2);
    }

    @Test
    void shouldRetryServerErrorsAndSucceed() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());
        List<Parsed<CwCompany>> expected = client.companies(null);
        emulator.control().failNext(Api.CONNECTWISE, 3, 503);

        // when
        List<Parsed<CwCompany>> companies = client.companies(null);

        // then
        assertThat(companies).hasSameSizeAs(expected).allMatch(Parsed::ok);
    }

    @Test
    void shouldGiveUpAfterTheBoundWithTypedExceptions() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());
        client.companies(null);
        emulator.control().failNext(Api.CONNECTWISE, 4, 500);

        // when / then
        assertThatThrownBy(() -> client.agreements(null))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("ConnectWise Manage is unavailable: HTTP 500 on GET ")
                .hasMessageContaining("/finance/agreements")
                .hasMessageContaining("after 4 attempts");

        // given
        emulator.control().failNext(Api.CONNECTWISE, 4, 429);

        // when / then
        assertThatThrownBy(() -> client.catalog(null))
                .isInstanceOf(ProviderThrottledException.class)
                .hasMessageStartingWith("ConnectWise Manage is still throttling requests (HTTP 429) after 4 attempts");
    }

    private ConnectWiseSettings settings(String companyId, String privateKey, java.net.URI site) {
        var cw = emulator.credentials().connectWise();
        return new ConnectWiseSettings(site, null, companyId, cw.publicKey(), privateKey, cw.clientId(), TestTransports.fast());
    }

    private ConnectionCheckResult check(ConnectWiseSettings settings) {
        var result = ConnectWiseCheck.run(new ConnectWiseClient(settings, TestTransports.transport(Clock.systemUTC())), settings);
        return new ConnectionCheckResult(result.ok(), result.message());
    }

    private record ConnectionCheckResult(boolean ok, String message) {
    }

    @Test
    void shouldSayWhichPartOfTheConnectionFails() throws Exception {
        // given
        var cw = emulator.credentials().connectWise();
        java.net.URI site = emulator.baseUri().resolve("/connectwise/");
        java.net.URI down;
        try (var socket = new java.net.ServerSocket(0)) {
            down = java.net.URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/connectwise/");
        }

        // when
        ConnectionCheckResult good = check(settings(cw.companyId(), cw.privateKey(), site));
        ConnectionCheckResult badKeys = check(settings(cw.companyId(), "wrongPrivateKey", site));
        ConnectionCheckResult wrongCompany = check(settings("nosuchcompany", cw.privateKey(), site));
        ConnectionCheckResult siteDown = check(settings(cw.companyId(), cw.privateKey(), down));

        // then
        assertThat(good.ok()).isTrue();
        assertThat(good.message()).contains("Connected to ConnectWise").contains("codebase v4_6_release/")
                .contains(client(cw.privateKey()).companies(null).size() + " companies");
        assertThat(badKeys.ok()).isFalse();
        assertThat(badKeys.message()).startsWith("Bad keys").doesNotContain("wrongPrivateKey");
        assertThat(wrongCompany.ok()).isFalse();
        assertThat(wrongCompany.message()).startsWith("Wrong company").contains("\"nosuchcompany\"");
        assertThat(siteDown.ok()).isFalse();
        assertThat(siteDown.message()).startsWith("Site down or wrong address");
    }

    @Test
    void shouldReadPagesCountsAndAgreementTypes() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());
        List<Integer> pageSizes = new java.util.ArrayList<>();

        // when
        client.pages(CwList.COMPANIES, null, 7, page -> pageSizes.add(page.size()));
        long count = client.count(CwList.COMPANIES, null);
        List<Parsed<CwAgreementType>> types = client.agreementTypes(null);
        long active = client.count(CwList.AGREEMENTS, Conditions.where("agreementStatus").eq("Active"));

        // then
        assertThat(pageSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) count);
        assertThat(pageSizes).hasSize((int) ((count + 6) / 7)).allMatch(size -> size <= 7);
        assertThat(types).extracting(t -> t.value().name()).contains("Microsoft 365");
        assertThat(client.agreements(Conditions.where("agreementStatus").eq("Active"))).hasSize((int) active)
                .allSatisfy(a -> assertThat(a.value().prorateFlag()).isNotNull());
    }

    @Test
    void shouldCreateAndUpdateAContact() {
        // given
        ConnectWiseClient client = client(emulator.credentials().connectWise().privateKey());
        CwCompany company = client.companies(null).get(0).value();

        // when
        CwContact created = client.createContact(CwContact.withEmail(company.id(), "Grace", "Hopper", "grace@example.com"));
        CwContact updated = client.updateContact(created.id(), List.of(PatchOperation.replace("lastName", "Murray Hopper")));

        // then
        assertThat(created.id()).isNotNull();
        assertThat(updated.lastName()).isEqualTo("Murray Hopper");
        assertThat(client.contacts(Conditions.where("company/id").eq(company.id())))
                .extracting(c -> c.value().email()).contains("grace@example.com");
    }
}
