package org.seatkeeper.providers.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.NewSubscription;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.control.EmulatorControlClient;

/** Each provider's cost and list price reach the records as the emulator holds them (PC through its price sheet). */
class ProviderPricesIT {

    private ProviderEmulator emulator;
    private EmulatorControl control;

    @BeforeEach
    void start() {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(6));
        control = new EmulatorControlClient(emulator.baseUri());
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** What a sync does: the account's subscriptions, priced by the provider's list for the account's market. */
    private static SubscriptionList priced(ProviderConnector connector, AccountView account) {
        return connector.listSubscriptions(account.customerId()).pricedBy(connector.priceList(account.country()));
    }

    @ParameterizedTest
    @EnumSource(value = Api.class, names = {"PARTNER_CENTER", "ION", "PAX8"})
    void shouldCarryTheProvidersCostAndListPricePerLicenseAndBillingPeriod(Api api) {
        // given
        ProviderConnector connector = EmulatorConnectors.of(emulator, api);

        for (AccountView account : control.accounts(api)) {
            // when
            SubscriptionList list = priced(connector, account);

            // then
            assertThat(list.rejected()).isEmpty();
            for (ProviderSubscriptionRecord r : list.subscriptions()) {
                SubscriptionView held = control.subscription(api, r.externalId());
                if (held.listPrice().signum() == 0 && api == Api.PARTNER_CENTER) {
                    continue; // usage-based (Azure plan): not on the license-based price sheet
                }
                assertThat(r.unitCost()).as(r.externalId()).isNotNull();
                assertThat(r.unitCost().amount()).isEqualByComparingTo(held.cost());
                assertThat(r.unitCost().currency().getCurrencyCode()).isEqualTo(held.currency());
                assertThat(r.listPrice().amount()).isEqualByComparingTo(held.listPrice());
                if (api != Api.PARTNER_CENTER) {
                    assertThat(r.unitPrice().amount()).isEqualByComparingTo(held.listPrice());
                }
            }
        }
    }

    @Test
    void shouldKeepIonsSevenDecimals() {
        // given
        AccountView account = control.accounts(Api.ION).get(0);
        String id = account.subscriptionIds().get(0);
        control.setSubscriptionPrice(Api.ION, id, new BigDecimal("63.8452759"), new BigDecimal("51.0762207"), "SEK");

        // when
        ProviderSubscriptionRecord r = EmulatorConnectors.of(emulator, Api.ION).listSubscriptions(account.customerId())
                .subscriptions().stream().filter(s -> s.externalId().equals(control.subscription(Api.ION, id)
                        .microsoftSubscriptionId())).findFirst().orElseThrow();

        // then
        assertThat(r.unitCost().amount()).isEqualTo(new BigDecimal("51.0762207"));
        assertThat(r.unitPrice().amount()).isEqualTo(new BigDecimal("63.8452759"));
        assertThat(r.unitCost().currency().getCurrencyCode()).isEqualTo("SEK");
    }

    @Test
    void shouldFollowAPriceChangeOnPartnerCentersPriceSheet() {
        // given
        String customer = control.addTenant(Api.PARTNER_CENTER, "Priced Ltd", "priced.onmicrosoft.com", "GB");
        String id = control.addSubscription(Api.PARTNER_CENTER, customer, NewSubscription.of("M365-BP", "P1Y", 10));
        AccountView account = control.accounts(Api.PARTNER_CENTER).stream()
                .filter(a -> a.customerId().equals(customer)).findFirst().orElseThrow();

        // when the product's price changes and the next run (a new connector) reads the sheet again
        control.setProductPrice(Api.PARTNER_CENTER, "M365-BP", "P1Y", "annual", new BigDecimal("250.00"),
                new BigDecimal("212.50"), "GBP");
        List<ProviderSubscriptionRecord> records = priced(EmulatorConnectors.of(emulator, Api.PARTNER_CENTER), account)
                .subscriptions();

        // then
        ProviderSubscriptionRecord r = records.stream().filter(s -> s.externalId().equals(id)).findFirst().orElseThrow();
        assertThat(r.unitCost().amount()).isEqualByComparingTo("212.50");
        assertThat(r.listPrice().amount()).isEqualByComparingTo("250.00");
        assertThat(r.unitCost().currency().getCurrencyCode()).isEqualTo("GBP");
        assertThat(r.unitPrice()).isNull();
    }

    @Test
    void shouldFetchAMarketsPriceSheetOncePerConnector() {
        // given
        ProviderConnector connector = EmulatorConnectors.of(emulator, Api.PARTNER_CENTER);
        PriceList first = connector.priceList("US");
        int requests = control.requestCount(Api.PARTNER_CENTER);

        // when
        PriceList again = connector.priceList("us");

        // then
        assertThat(again).isSameAs(first);
        assertThat(first.isEmpty()).isFalse();
        assertThat(control.requestCount(Api.PARTNER_CENTER)).isEqualTo(requests);
    }
}
