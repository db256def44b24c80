package org.seatkeeper.db.subscriptions;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.catalog.Money;

/**
 * Subscriptions. Quantity and status change only together with a license change event: callers are the
 * license ledger (one subscription) and the sync writer (a chunk, through the bulk methods at the end).
 */
public final class SubscriptionRepository {

    /** Ids per IN list (the sync repository reads and writes its chunks in slices of this size too). */
    public static final int CHUNK = 500;

    private final DSLContext dsl;
    private final Clock clock;

    public SubscriptionRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<Subscription> findById(long id) {
        return dsl.selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id))
                .fetchOptional(SubscriptionRepository::toSubscription);
    }

    /** A contract's subscriptions with product name, price and cost, for the contract page. */
    public List<SubscriptionLine> findByContract(long contractId) {
        return dsl.select(SUBSCRIPTION.asterisk(), PRODUCT.NAME, PRODUCT.OFFER_ID, PRODUCT.TERM, PRODUCT.BILLING_CYCLE,
                        PRODUCT.LIST_PRICE, PRODUCT.UNIT_COST, PRODUCT.CURRENCY)
                .from(SUBSCRIPTION)
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID))
                .where(SUBSCRIPTION.CONTRACT_ID.eq(contractId))
                .orderBy(SUBSCRIPTION.NAME, SUBSCRIPTION.ID)
                .fetch(r -> new SubscriptionLine(toSubscription(r), r.get(PRODUCT.NAME), r.get(PRODUCT.OFFER_ID),
                        r.get(PRODUCT.TERM), r.get(PRODUCT.BILLING_CYCLE),
                        money(r.get(PRODUCT.LIST_PRICE), r.get(PRODUCT.CURRENCY)),
                        money(r.get(PRODUCT.UNIT_COST), r.get(PRODUCT.CURRENCY))));
    }

    public List<Subscription> findByProviderAccount(long providerAccountId) {
        return dsl.selectFrom(SUBSCRIPTION)
                .where(SUBSCRIPTION.PROVIDER_ACCOUNT_ID.eq(providerAccountId))
                .orderBy(SUBSCRIPTION.ID)
                .fetch(SubscriptionRepository::toSubscription);
    }

    public Optional<Subscription> findByExternalId(long providerId, String externalId) {
        return dsl.selectFrom(SUBSCRIPTION)
                .where(SUBSCRIPTION.PROVIDER_ID.eq(providerId))
                .and(SUBSCRIPTION.EXTERNAL_ID.eq(externalId))
                .fetchOptional(SubscriptionRepository::toSubscription);
    }

    /** The sync's lookup for a chunk: the known subscriptions among these provider ids, by external id. */
    public Map<String, Subscription> findByExternalIds(long providerId, Collection<String> externalIds) {
        List<String> ids = List.copyOf(externalIds);
        Map<String, Subscription> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.selectFrom(SUBSCRIPTION)
                    .where(SUBSCRIPTION.PROVIDER_ID.eq(providerId))
                    .and(SUBSCRIPTION.EXTERNAL_ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .forEach(r -> found.put(r.get(SUBSCRIPTION.EXTERNAL_ID), toSubscription(r)));
        }
        return found;
    }

    /** Customer and provider of a subscription, for rules that depend on them (e.g. a replacement). */
    public Optional<SubscriptionOwner> findOwner(long id) {
        return dsl.select(SUBSCRIPTION.ID, SUBSCRIPTION.CONTRACT_ID, BILLING_CONTRACT.CUSTOMER_ID, CUSTOMER.NAME,
                        PROVIDER.ID, PROVIDER.NAME, PROVIDER.KIND, PROVIDER.AUTOMATIC)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(BILLING_CONTRACT.CUSTOMER_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(SUBSCRIPTION.PROVIDER_ID))
                .where(SUBSCRIPTION.ID.eq(id))
                .fetchOptional(r -> new SubscriptionOwner(r.get(SUBSCRIPTION.ID), r.get(SUBSCRIPTION.CONTRACT_ID),
                        r.get(BILLING_CONTRACT.CUSTOMER_ID), r.get(CUSTOMER.NAME), r.get(PROVIDER.ID),
                        r.get(PROVIDER.NAME), r.get(PROVIDER.KIND), r.get(PROVIDER.AUTOMATIC)));
    }

    public long insert(NewSubscription s) {
        return dsl.insertInto(SUBSCRIPTION)
                .set(SUBSCRIPTION.CONTRACT_ID, s.contractId())
                .set(SUBSCRIPTION.PROVIDER_ID, s.providerId())
                .set(SUBSCRIPTION.PRODUCT_ID, s.productId())
                .set(SUBSCRIPTION.PROVIDER_ACCOUNT_ID, s.providerAccountId())
                .set(SUBSCRIPTION.EXTERNAL_ID, s.externalId())
                .set(SUBSCRIPTION.NAME, s.name())
                .set(SUBSCRIPTION.QUANTITY, s.quantity())
                .set(SUBSCRIPTION.STATUS, s.status().name())
                .set(SUBSCRIPTION.EFFECTIVE_DATE, s.terms().effectiveDate())
                .set(SUBSCRIPTION.TERM_END_DATE, s.terms().termEndDate())
                .set(SUBSCRIPTION.AUTO_RENEW, s.terms().autoRenew())
                .set(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL, s.terms().cancellationAllowedUntil())
                .set(SUBSCRIPTION.REFUNDABLE_QUANTITY, s.terms().refundableQuantity())
                .set(SUBSCRIPTION.UNIT_PRICE, s.unitPrice())
                .set(SUBSCRIPTION.CURRENCY, s.currency())
                .set(SUBSCRIPTION.PRICE_SET_BY_PERSON, s.priceSetByPerson())
                .set(SUBSCRIPTION.CREATED_AT, clock.instant())
                .returning(SUBSCRIPTION.ID)
                .fetchOne(SUBSCRIPTION.ID);
    }

    /** Quantity and status: the license ledger's write, next to the event that explains it. */
    public void updateState(long id, int quantity, SubscriptionState status, int expectedVersion) {
        checkOne(dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.QUANTITY, quantity)
                .set(SUBSCRIPTION.STATUS, status.name())
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1))
                .where(SUBSCRIPTION.ID.eq(id))
                .and(SUBSCRIPTION.VERSION.eq(expectedVersion))
                .execute());
    }

    public void updateTerms(long id, SubscriptionTerms terms, int expectedVersion) {
        checkOne(dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.EFFECTIVE_DATE, terms.effectiveDate())
                .set(SUBSCRIPTION.TERM_END_DATE, terms.termEndDate())
                .set(SUBSCRIPTION.AUTO_RENEW, terms.autoRenew())
                .set(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL, terms.cancellationAllowedUntil())
                .set(SUBSCRIPTION.REFUNDABLE_QUANTITY, terms.refundableQuantity())
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1))
                .where(SUBSCRIPTION.ID.eq(id))
                .and(SUBSCRIPTION.VERSION.eq(expectedVersion))
                .execute());
    }

    /**
     * Product and the customer's unit price (null: none could be derived); never the quantity.
     * {@code priceSetByPerson}: a person chose the price, so the price rules leave it alone from now on.
     */
    public void updateProductAndPrice(long id, Long productId, Money unitPrice, boolean priceSetByPerson,
                                      int expectedVersion) {
        checkOne(dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.PRODUCT_ID, productId)
                .set(SUBSCRIPTION.UNIT_PRICE, unitPrice == null ? null : unitPrice.amount())
                .set(SUBSCRIPTION.CURRENCY, unitPrice == null ? null : unitPrice.currency())
                .set(SUBSCRIPTION.PRICE_SET_BY_PERSON, priceSetByPerson)
                .set(SUBSCRIPTION.VERSION, SUBSCRIPTION.VERSION.plus(1))
                .where(SUBSCRIPTION.ID.eq(id))
                .and(SUBSCRIPTION.VERSION.eq(expectedVersion))
                .execute());
    }

    private static void checkOne(int rows) {
        if (rows == 0) {
            throw new OptimisticLockException("This subscription");
        }
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? null : new Money(amount, currency);
    }

    /** The one mapping of a subscription row (any query selecting all of SUBSCRIPTION's columns) to its record. */
    public static Subscription toSubscription(Record r) {
        return new Subscription(r.get(SUBSCRIPTION.ID), r.get(SUBSCRIPTION.CONTRACT_ID), r.get(SUBSCRIPTION.PROVIDER_ID),
                r.get(SUBSCRIPTION.PRODUCT_ID), r.get(SUBSCRIPTION.PROVIDER_ACCOUNT_ID), r.get(SUBSCRIPTION.EXTERNAL_ID),
                r.get(SUBSCRIPTION.NAME), r.get(SUBSCRIPTION.QUANTITY),
                SubscriptionState.valueOf(r.get(SUBSCRIPTION.STATUS)), r.get(SUBSCRIPTION.EFFECTIVE_DATE),
                r.get(SUBSCRIPTION.TERM_END_DATE), r.get(SUBSCRIPTION.AUTO_RENEW),
                r.get(SUBSCRIPTION.CANCELLATION_ALLOWED_UNTIL), r.get(SUBSCRIPTION.REFUNDABLE_QUANTITY),
                r.get(SUBSCRIPTION.PROVIDER_QUANTITY), r.get(SUBSCRIPTION.PROVIDER_STATUS),
                r.get(SUBSCRIPTION.LAST_SYNCED_AT), r.get(SUBSCRIPTION.UNIT_PRICE), r.get(SUBSCRIPTION.CURRENCY),
                r.get(SUBSCRIPTION.CREATED_AT), r.get(SUBSCRIPTION.VERSION), r.get(SUBSCRIPTION.PRICE_SET_BY_PERSON));
    }
}
