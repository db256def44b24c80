package org.seatkeeper.db.pricing;

import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.Money;

/**
 * The customer's unit price stored on subscriptions, as the price rules maintain it: which subscriptions a rule or
 * product change re-prices, and the write. A person's own price ({@code price_set_by_person}) is never selected here.
 */
public final class SubscriptionPrices {

    private final DSLContext dsl;

    public SubscriptionPrices(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The live, rule-priced subscriptions a provider's or a contract's rules price. */
    public List<RuleDrivenSubscription> findRuleDriven(PriceScope scope) {
        return find(inScope(scope));
    }

    /** The live, rule-priced subscriptions of a product (its list price or cost changed). */
    public List<RuleDrivenSubscription> findRuleDrivenOfProduct(long productId) {
        return find(SUBSCRIPTION.PRODUCT_ID.eq(productId));
    }

    /** The products a provider's or contract's subscriptions use (live ones), by name: what its fixed prices are for. */
    public List<ScopeProduct> productsOf(PriceScope scope) {
        return dsl.selectDistinct(PRODUCT.ID, PRODUCT.NAME, PRODUCT.TERM, PRODUCT.BILLING_CYCLE, PRODUCT.CURRENCY)
                .from(SUBSCRIPTION)
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(inScope(scope))
                .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED"))
                .orderBy(PRODUCT.NAME, PRODUCT.TERM, PRODUCT.ID)
                .fetch(r -> new ScopeProduct(r.value1(), r.value2(), r.value3(), r.value4(), r.value5().strip()));
    }

    /** The providers of a contract's live subscriptions: whose rules price them when the contract has none. */
    public List<Long> providersOf(long contractId) {
        return dsl.selectDistinct(SUBSCRIPTION.PROVIDER_ID)
                .from(SUBSCRIPTION)
                .where(SUBSCRIPTION.CONTRACT_ID.eq(contractId))
                .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED"))
                .orderBy(SUBSCRIPTION.PROVIDER_ID)
                .fetch(SUBSCRIPTION.PROVIDER_ID);
    }

    /** A new price (null: none follows from the rules) for a rule-priced subscription, if it is still as read. */
    public void updateRulePrice(long subscriptionId, Money unitPrice, int expectedVersion) {
        int rows = dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.UNIT_PRICE, unitPrice == null ? null : unitPrice.amount())
                .set(SUBSCRIPTION.CURRENCY, unitPrice == null ? null : unitPrice.currency())
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1))
                .where(SUBSCRIPTION.ID.eq(subscriptionId))
                .and(SUBSCRIPTION.VERSION.eq(expectedVersion))
                .and(SUBSCRIPTION.PRICE_SET_BY_PERSON.isFalse())
                .execute();
        if (rows == 0) {
            throw new OptimisticLockException("Subscription #" + subscriptionId);
        }
    }

    private static Condition inScope(PriceScope scope) {
        return scope.kind() == PriceScope.Kind.PROVIDER ? SUBSCRIPTION.PROVIDER_ID.eq(scope.id())
                : SUBSCRIPTION.CONTRACT_ID.eq(scope.id());
    }

    private List<RuleDrivenSubscription> find(Condition which) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.CONTRACT_ID, SUBSCRIPTION.PROVIDER_ID, SUBSCRIPTION.PRODUCT_ID,
                        SUBSCRIPTION.QUANTITY, SUBSCRIPTION.UNIT_PRICE, SUBSCRIPTION.CURRENCY, SUBSCRIPTION.VERSION,
                        PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST, PRODUCT.CURRENCY)
                .from(SUBSCRIPTION)
                .join(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(which)
                .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED"))
                .and(SUBSCRIPTION.PRICE_SET_BY_PERSON.isFalse())
                .orderBy(SUBSCRIPTION.ID)
                .fetch(r -> new RuleDrivenSubscription(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null || r.value7() == null ? null : new Money(r.value6(), r.value7().strip()),
                        r.value8(), r.value9(), r.value10(), r.value11().strip()));
    }
}
