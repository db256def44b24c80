package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.pricing.PriceBasis;
import org.seatkeeper.db.pricing.PriceRule;
import org.seatkeeper.db.pricing.PriceRuleSet;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.ProviderAmounts;
import org.seatkeeper.providers.connector.BillingCycle;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;
import org.seatkeeper.providers.connector.SubscriptionStatus;

/** The sync's prices: the rules' customer price, the provider's cost, and when they make a PRICE_CHANGE. Pure. */
class SyncPricingTest {

    private static final long PROVIDER = 1;
    private static final long CONTRACT = 500;
    private static final long PRODUCT = 100;

    private final SyncPricing costPlus20 = new SyncPricing(new PriceRules(new PriceRuleSet(List.of(new PriceRule(1,
            PriceScope.provider(PROVIDER), PriceBasis.COST_PLUS, new BigDecimal("20"), "anna", Instant.EPOCH, 0)),
            List.of())), Map.of(PRODUCT, new ProviderAmounts(PRODUCT, "USD", new BigDecimal("12.00"),
            new BigDecimal("10.00"))));
    private final SyncPricing noRules = new SyncPricing(PriceRules.NONE, Map.of(PRODUCT,
            new ProviderAmounts(PRODUCT, "USD", new BigDecimal("12.00"), new BigDecimal("10.00"))));

    @Test
    void shouldPriceANewSubscriptionByTheRulesAndKeepTheProvidersCost() {
        // when
        SyncPricing.Priced byRule = costPlus20.forNew(CONTRACT, PROVIDER, PRODUCT, "USD", record("11.00", "15.00"));
        SyncPricing.Priced noRule = noRules.forNew(CONTRACT, PROVIDER, PRODUCT, "USD", record("11.00", "15.00"));

        // then
        assertThat(byRule.unitPrice()).isEqualByComparingTo("13.20");
        assertThat(byRule.unitCost()).isEqualByComparingTo("11.00");
        assertThat(noRule.unitPrice()).as("the list price, without rules").isEqualByComparingTo("15.00");
        assertThat(byRule.event()).isNull();
    }

    @Test
    void shouldMakeNoEventWhenNothingChangedEvenAtSevenDecimals() {
        // when: Ion sends 7 decimals; we hold 4
        SyncPricing.Priced priced = costPlus20.forExisting(ours("10.1235", "12.15"), record("10.1234567", "15.00"),
                PRODUCT, true, null);

        // then
        assertThat(priced.event()).isNull();
        assertThat(priced.unitCost()).isEqualByComparingTo("10.1235");
    }

    @Test
    void shouldMakeOnePriceChangeWithTheNewCostAndPriceWhenTheProviderCostChanges() {
        // when
        SyncPricing.Priced priced = costPlus20.forExisting(ours("10.00", "12.00"), record("11.00", "15.00"), PRODUCT,
                true, null);

        // then
        assertThat(priced.unitPrice()).isEqualByComparingTo("13.20");
        assertThat(priced.unitCost()).isEqualByComparingTo("11.00");
        assertThat(priced.event()).satisfies(e -> {
            assertThat(e.productId()).isNull();
            assertThat(e.unitPrice()).isEqualTo(Money.of("13.20", "USD"));
            assertThat(e.unitCost()).isEqualTo(Money.of("11.00", "USD"));
            assertThat(e.note()).isEqualTo("The provider's cost 10.00 USD → 11.00 USD; unit price 12.00 USD → "
                    + "13.20 USD");
        });
    }

    @Test
    void shouldRecordACostChangeAtThePriceAPersonSet() {
        // given
        OurSubscription ours = new OurSubscription(subscription("99.00", true), "X", new BigDecimal("10.00"));

        // when
        SyncPricing.Priced priced = costPlus20.forExisting(ours, record("11.00", "15.00"), PRODUCT, true, null);

        // then
        assertThat(priced.unitPrice()).isEqualByComparingTo("99.00");
        assertThat(priced.event().unitPrice()).isEqualTo(Money.of("99.00", "USD"));
        assertThat(priced.event().unitCost()).isEqualTo(Money.of("11.00", "USD"));
    }

    @Test
    void shouldStoreACostFirstKnownWithoutAnEventWhileThePriceStays() {
        // when: no cost held yet; the list price rule (none: list price) keeps the price
        SyncPricing.Priced priced = noRules.forExisting(ours(null, "15.00"), record("11.00", "15.00"), PRODUCT, true,
                null);

        // then
        assertThat(priced.event()).isNull();
        assertThat(priced.unitCost()).isEqualByComparingTo("11.00");
    }

    @Test
    void shouldTakeAnAmountInAnotherCurrencyForUnknown() {
        // when: the subscription bills in USD, the provider prices it in EUR
        SyncPricing.Priced priced = costPlus20.forExisting(ours("10.00", "12.00"),
                record("20.00", "25.00", "EUR"), PRODUCT, true, null);

        // then
        assertThat(priced.event()).isNull();
        assertThat(priced.unitCost()).isEqualByComparingTo("10.00");
    }

    @Test
    void shouldFillAProductsMissingAmountsAndFollowACostChangeButNotFlipBetweenCustomers() {
        // given: a product without amounts, another whose cost the provider changed for one subscription, and two
        // customers priced differently on a third
        Map<Long, ProviderAmounts> stored = Map.of(1L, new ProviderAmounts(1, "USD", null, null),
                2L, new ProviderAmounts(2, "USD", new BigDecimal("12.00"), new BigDecimal("10.00")),
                3L, new ProviderAmounts(3, "USD", new BigDecimal("12.00"), new BigDecimal("10.00")));

        // when
        Map<Long, ProviderAmounts> updates = SyncPricing.productUpdates(List.of(
                new SyncPricing.Seen(1, record("5.00", "6.00"), null),
                new SyncPricing.Seen(2, record("11.00", "13.00"), new BigDecimal("10.00")),
                new SyncPricing.Seen(3, record("10.00", "12.00"), new BigDecimal("10.00")),
                new SyncPricing.Seen(3, record("9.00", "12.00"), new BigDecimal("9.00"))), stored);

        // then
        assertThat(updates).containsOnlyKeys(1L, 2L);
        assertThat(updates.get(1L).unitCost()).isEqualByComparingTo("5.00");
        assertThat(updates.get(1L).listPrice()).isEqualByComparingTo("6.00");
        assertThat(updates.get(2L).unitCost()).isEqualByComparingTo("11.00");
        assertThat(updates.get(2L).listPrice()).isEqualByComparingTo("13.00");
    }

    private static OurSubscription ours(String cost, String price) {
        return new OurSubscription(subscription(price, false), "X", cost == null ? null : new BigDecimal(cost));
    }

    private static Subscription subscription(String price, boolean setByPerson) {
        return new Subscription(7, CONTRACT, PROVIDER, PRODUCT, 70L, "sub-7", "Microsoft 365 E3", 10,
                SubscriptionState.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, null, null, 10,
                "active", Instant.EPOCH, price == null ? null : new BigDecimal(price), "USD", Instant.EPOCH, 0,
                setByPerson);
    }

    private static ProviderSubscriptionRecord record(String cost, String list) {
        return record(cost, list, "USD");
    }

    private static ProviderSubscriptionRecord record(String cost, String list, String currency) {
        Currency c = Currency.getInstance(currency);
        return new ProviderSubscriptionRecord("sub-7", "tenant-7", "CFQ7TTC0LFLX:0001:P1Y", "Microsoft 365 E3", "P1Y",
                BillingCycle.MONTHLY, 10, SubscriptionStatus.ACTIVE, "active", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), true, null, null, null,
                new org.seatkeeper.providers.connector.Money(new BigDecimal(cost), c), null,
                new org.seatkeeper.providers.connector.Money(new BigDecimal(list), c));
    }
}
