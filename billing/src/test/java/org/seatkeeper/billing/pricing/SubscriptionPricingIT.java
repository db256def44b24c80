package org.seatkeeper.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatkeeper.billing.subscriptions.LicenseFixtures.TODAY;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.billing.subscriptions.LicenseFixtures;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.pricing.PriceBasis;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.PriceScope;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;

/** Prices stored on subscriptions follow the rules kept in the database; a person's price is left alone. */
class SubscriptionPricingIT {

    private final LicenseFixtures fx = new LicenseFixtures();
    private final PriceRuleRepository rules = new PriceRuleRepository(fx.db.dsl(), fx.clock);
    private final ProductRepository products = new ProductRepository(fx.db.dsl(), fx.clock);
    private final SubscriptionPricing pricing = new SubscriptionPricing(rules, new SubscriptionPrices(fx.db.dsl()),
            fx.changes);
    private final long provider = fx.aProvider("Pax8", "PAX8", true);
    private final long contract = fx.aContract(fx.aCustomer("Contoso"));
    private final Product e3 = product("E3", "36.00", "30.00");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void shouldPriceANewSubscriptionAtTheListPriceWithoutRulesAndAtCostPlusMarkupWithTheProvidersRule() {
        // given
        NewSubscription plain = withProduct(LicenseFixtures.aSubscription(contract, provider, 5, TODAY), e3);

        // when
        NewSubscription byDefault = pricing.priced(plain, e3);
        fx.db.transactions().run(() -> rules.insertRule(PriceScope.provider(provider), PriceBasis.COST_PLUS,
                new BigDecimal("15"), "ann"));
        NewSubscription byRule = pricing.priced(plain, e3);

        // then
        assertThat(byDefault.unitPrice()).isEqualByComparingTo("36.00");
        assertThat(byRule.unitPrice()).isEqualByComparingTo("34.50");
        assertThat(byRule.currency()).isEqualTo("EUR");
        assertThat(byRule.priceSetByPerson()).isFalse();
    }

    @Test
    void shouldRepriceRulePricedSubscriptionsWithAPriceChangeEventAndLeaveAPersonsPriceAlone() {
        // given: one subscription priced by the rules, one whose price a person typed
        long ruled = insert(pricing.priced(withProduct(LicenseFixtures.aSubscription(contract, provider, 5, TODAY),
                e3), e3));
        long typed = insert(new NewSubscription(contract, provider, e3.id(), null, null, "E3 agreed", 2,
                org.seatkeeper.db.subscriptions.SubscriptionState.ACTIVE,
                LicenseFixtures.aSubscription(contract, provider, 2, TODAY).terms(), new BigDecimal("33.00"), "EUR",
                true));

        // when: the contract is to be billed at cost + 10 %
        int repriced = fx.db.transactions().inTransaction(() -> {
            rules.insertRule(PriceScope.contract(contract), PriceBasis.COST_PLUS, new BigDecimal("10"), "ann");
            return pricing.reprice(PriceScope.contract(contract), TODAY.plusDays(1), "ann");
        });
        int again = fx.db.transactions().inTransaction(
                () -> pricing.reprice(PriceScope.contract(contract), TODAY.plusDays(1), "ann"));

        // then
        assertThat(repriced).isEqualTo(1);
        assertThat(again).isZero();
        Subscription s = fx.subscriptions.findById(ruled).orElseThrow();
        assertThat(new Money(s.unitPrice(), s.currency())).isEqualTo(Money.of("33.00", "EUR"));
        LicenseChange event = fx.changes.findBySubscription(ruled).get(1);
        assertThat(event.type()).isEqualTo(LicenseChangeType.PRICE_CHANGE);
        assertThat(event.quantityChange()).isZero();
        assertThat(event.quantityAfter()).isEqualTo(5);
        assertThat(event.effectiveDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(event.unitPrice()).isEqualTo(Money.of("33.00", "EUR"));
        assertThat(event.note()).contains("36.00 EUR → 33.00 EUR").contains("the contract's rule: cost + 10 %");
        assertThat(fx.logSum(ruled)).isEqualTo(5);
        assertThat(fx.subscriptions.findById(typed).orElseThrow().unitPrice()).isEqualByComparingTo("33.00");
        assertThat(fx.changes.findBySubscription(typed)).extracting(LicenseChange::type)
                .doesNotContain(LicenseChangeType.PRICE_CHANGE);
    }

    @Test
    void shouldRefuseARuleEditOverAnotherPersonsAndKeepOneRulePerScope() {
        // given
        fx.db.transactions().run(() -> rules.insertRule(PriceScope.provider(provider), PriceBasis.LIST_PRICE, null,
                "ann"));
        long id = rules.findRule(PriceScope.provider(provider)).orElseThrow().id();
        fx.db.transactions().run(() -> rules.updateRule(id, PriceBasis.COST_PLUS, new BigDecimal("5"), "bob", 0));

        // then
        assertThatThrownBy(() -> fx.db.transactions().run(() -> rules.updateRule(id, PriceBasis.LIST_PRICE, null,
                "ann", 0))).isInstanceOf(OptimisticLockException.class);
        assertThatThrownBy(() -> fx.db.transactions().run(() -> rules.insertRule(PriceScope.provider(provider),
                PriceBasis.LIST_PRICE, null, "ann"))).isInstanceOf(RuntimeException.class);
        assertThat(rules.findRule(PriceScope.provider(provider)).orElseThrow())
                .satisfies(r -> {
                    assertThat(r.basis()).isEqualTo(PriceBasis.COST_PLUS);
                    assertThat(r.markupPercent()).isEqualByComparingTo("5");
                    assertThat(r.updatedBy()).isEqualTo("bob");
                });
    }

    private Product product(String offer, String list, String cost) {
        long id = products.insert(new NewProduct(new ProductKey(offer, Term.P1Y, BillingCycle.MONTHLY, "EUR"),
                "Microsoft 365 " + offer, new BigDecimal(list), new BigDecimal(cost)));
        return products.findById(id).orElseThrow();
    }

    /** As the sync leaves a new subscription: the row and its CREATE event. */
    private long insert(NewSubscription s) {
        return fx.db.transactions().inTransaction(() -> {
            long id = fx.subscriptions.insert(s);
            fx.changes.insert(NewLicenseChange.of(id, LicenseChangeType.CREATE, s.quantity(), s.quantity(), TODAY,
                    ChangeSource.SYNC, "sync"));
            return id;
        });
    }

    private static NewSubscription withProduct(NewSubscription s, Product product) {
        return new NewSubscription(s.contractId(), s.providerId(), product.id(), s.providerAccountId(),
                s.externalId(), s.name(), s.quantity(), s.status(), s.terms(), s.unitPrice(), s.currency());
    }
}
