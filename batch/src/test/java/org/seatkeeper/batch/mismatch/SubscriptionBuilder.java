package org.seatkeeper.batch.mismatch;

import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Instant;
import java.time.LocalDate;

/** A subscription row as a sync or a person would have left it; its log adds up unless told otherwise. */
final class SubscriptionBuilder {

    private final MismatchFixtures fixtures;
    private final long contractId;
    private final long providerId;
    private Long productId;
    private Long accountId;
    private String externalId;
    private int quantity = 5;
    private String status = "ACTIVE";
    private Integer providerQuantity;
    private String providerStatus;
    private Instant lastSyncedAt;
    private LocalDate effectiveDate = MismatchFixtures.TODAY.minusMonths(2);

    SubscriptionBuilder(MismatchFixtures fixtures, long contractId, long providerId) {
        this.fixtures = fixtures;
        this.contractId = contractId;
        this.providerId = providerId;
    }

    SubscriptionBuilder product(long id) {
        productId = id;
        return this;
    }

    SubscriptionBuilder quantity(int q) {
        quantity = q;
        return this;
    }

    SubscriptionBuilder status(String s) {
        status = s;
        return this;
    }

    SubscriptionBuilder noEffectiveDate() {
        effectiveDate = null;
        return this;
    }

    /** An automatic subscription as the last sync saw it. */
    SubscriptionBuilder synced(long account, String external, int providerQty, String providerSt, Instant at) {
        accountId = account;
        externalId = external;
        providerQuantity = providerQty;
        providerStatus = providerSt;
        lastSyncedAt = at;
        return this;
    }

    long insert() {
        long id = fixtures.db.dsl().insertInto(SUBSCRIPTION)
                .set(SUBSCRIPTION.CONTRACT_ID, contractId).set(SUBSCRIPTION.PROVIDER_ID, providerId)
                .set(SUBSCRIPTION.PRODUCT_ID, productId).set(SUBSCRIPTION.PROVIDER_ACCOUNT_ID, accountId)
                .set(SUBSCRIPTION.EXTERNAL_ID, externalId).set(SUBSCRIPTION.NAME, "Microsoft 365 E3")
                .set(SUBSCRIPTION.QUANTITY, quantity).set(SUBSCRIPTION.STATUS, status)
                .set(SUBSCRIPTION.EFFECTIVE_DATE, effectiveDate).set(SUBSCRIPTION.PROVIDER_QUANTITY, providerQuantity)
                .set(SUBSCRIPTION.PROVIDER_STATUS, providerStatus).set(SUBSCRIPTION.LAST_SYNCED_AT, lastSyncedAt)
                .set(SUBSCRIPTION.CREATED_AT, MismatchFixtures.NOW)
                .returning(SUBSCRIPTION.ID).fetchOne(SUBSCRIPTION.ID);
        // priced as the price rules price it without any rule: at the product's list price
        fixtures.db.dsl().update(SUBSCRIPTION)
                .set(SUBSCRIPTION.UNIT_PRICE, fixtures.db.dsl().select(PRODUCT.LIST_PRICE).from(PRODUCT)
                        .where(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID)).asField())
                .set(SUBSCRIPTION.CURRENCY, fixtures.db.dsl().select(PRODUCT.CURRENCY).from(PRODUCT)
                        .where(PRODUCT.ID.eq(SUBSCRIPTION.PRODUCT_ID)).asField())
                .where(SUBSCRIPTION.ID.eq(id))
                .execute();
        fixtures.logEvent(id, "CREATE", quantity, quantity, externalId == null ? "USER" : "SYNC",
                MismatchFixtures.NOW.minusSeconds(86_400 * 30));
        return id;
    }
}
