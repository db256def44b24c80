package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;

/** Accounts as the emulator shapes them: Ion's profiles in any order or none, Pax8 companies without details. */
class ProviderAccountsIT {

    private ProviderEmulator emulator;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(30));
    }

    @AfterEach
    void stop() {
        emulator.close();
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
    void shouldCountEveryIonCustomerAsTheResellersWithItsMicrosoftTenantWhenLinked() {
        // when
        List<ProviderAccountRecord> accounts = all(EmulatorConnectors.of(emulator, Api.ION));

        // then every customer is a reseller customer; a tenant, when known, is the customer's Microsoft tenant
        Map<String, AccountView> held = emulator.control().accounts(Api.ION).stream()
                .collect(Collectors.toMap(AccountView::customerId, Function.identity()));
        assertThat(accounts).hasSize(30).allSatisfy(a -> assertThat(a.relationship()).isEqualTo(RelationshipStatus.RESELLER));
        assertThat(accounts).filteredOn(a -> a.tenantId() != null)
                .allSatisfy(a -> assertThat(a.tenantId()).isEqualTo(held.get(a.externalId()).tenantId()))
                .hasSizeBetween(15, 27);
        // customers 3xxxx3 have a Google profile first: their Microsoft tenant is still found
        assertThat(accounts).filteredOn(a -> a.externalId().endsWith("3")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.tenantId()).isEqualTo(held.get(a.externalId()).tenantId()));
        // 3xxxx6 (an unlinked Microsoft profile) and 3xxxx9 (no profile): the tenant is unknown
        assertThat(accounts).filteredOn(a -> a.externalId().endsWith("6") || a.externalId().endsWith("9")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.tenantId()).isNull());
    }

    @Test
    void shouldCountEveryActivePax8CompanyAsTheResellersEvenWithoutProvisioningDetails() {
        // when
        List<ProviderAccountRecord> accounts = all(EmulatorConnectors.of(emulator, Api.PAX8));

        // then
        assertThat(accounts).hasSize(30).allSatisfy(a -> assertThat(a.relationship()).isEqualTo(RelationshipStatus.RESELLER));
        assertThat(accounts).anySatisfy(a -> assertThat(a.tenantId()).isNull())
                .anySatisfy(a -> assertThat(a.tenantId()).isNotNull());
    }

    @Test
    void shouldFollowTheAccountShapesTheControlApiSets() {
        // given
        var control = new org.seatkeeper.emulator.control.EmulatorControlClient(emulator.baseUri());
        AccountView ion = control.accounts(Api.ION).get(0);
        AccountView pax8 = control.accounts(Api.PAX8).get(0);
        ProviderConnector ionConnector = EmulatorConnectors.of(emulator, Api.ION);
        ProviderConnector pax8Connector = EmulatorConnectors.of(emulator, Api.PAX8);

        for (var shape : org.seatkeeper.emulator.CloudProfileShape.values()) {
            // when
            control.setCloudProfiles(ion.customerId(), shape);
            ProviderAccountRecord account = all(ionConnector).stream()
                    .filter(a -> a.externalId().equals(ion.customerId())).findFirst().orElseThrow();

            // then
            boolean known = shape == org.seatkeeper.emulator.CloudProfileShape.MICROSOFT
                    || shape == org.seatkeeper.emulator.CloudProfileShape.GOOGLE_FIRST;
            assertThat(account.tenantId()).as(shape.name()).isEqualTo(known ? ion.tenantId() : null);
            assertThat(account.relationship()).isEqualTo(RelationshipStatus.RESELLER);
        }

        // when
        control.setProvisioningDetails(pax8.customerId(), false);
        ProviderAccountRecord hidden = all(pax8Connector).stream()
                .filter(a -> a.externalId().equals(pax8.customerId())).findFirst().orElseThrow();
        control.setProvisioningDetails(pax8.customerId(), true);
        ProviderAccountRecord shown = all(pax8Connector).stream()
                .filter(a -> a.externalId().equals(pax8.customerId())).findFirst().orElseThrow();

        // then
        assertThat(hidden.tenantId()).isNull();
        assertThat(hidden.relationship()).isEqualTo(RelationshipStatus.RESELLER);
        assertThat(shown.tenantId()).isEqualTo(pax8.tenantId());
    }

    @Test
    void shouldReadPax8TrialsAsTrials() {
        // given
        ProviderConnector connector = EmulatorConnectors.of(emulator, Api.PAX8);

        // when
        List<ProviderSubscriptionRecord> trials = emulator.control().accounts(Api.PAX8).stream()
                .flatMap(a -> connector.listSubscriptions(a.customerId()).subscriptions().stream())
                .filter(r -> "Trial".equals(r.providerStatus())).toList();

        // then
        assertThat(trials).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(SubscriptionStatus.TRIAL));
    }
}
