package org.seatkeeper.db.contracts;

import static org.jooq.impl.DSL.count;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The currency a new billing contract of a customer starts in: that of the customer's provider subscriptions, so the
 * next sync files them on the contract the user made instead of a second one "to review". The customer's synced
 * subscriptions say it best (the most of them); before the first sync, the currency of the providers its accounts
 * are mapped at (the one a sync files their subscriptions in when the provider's records carry no amounts).
 */
public final class ContractCurrencyDefault {

    private final DSLContext dsl;

    public ContractCurrencyDefault(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> forCustomer(long customerId) {
        Optional<String> subscribed = dsl.select(SUBSCRIPTION.CURRENCY)
                .from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .join(PROVIDER).on(PROVIDER.ID.eq(SUBSCRIPTION.PROVIDER_ID))
                .where(BILLING_CONTRACT.CUSTOMER_ID.eq(customerId))
                .and(PROVIDER.KIND.ne("MANUAL"))
                .and(SUBSCRIPTION.CURRENCY.isNotNull())
                .groupBy(SUBSCRIPTION.CURRENCY)
                .orderBy(count().desc(), SUBSCRIPTION.CURRENCY)
                .limit(1)
                .fetchOptional(SUBSCRIPTION.CURRENCY);
        if (subscribed.isPresent()) {
            return subscribed.map(String::strip);
        }
        return dsl.select(PROVIDER.CURRENCY)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(PROVIDER_ACCOUNT.CUSTOMER_ID.eq(customerId))
                .and(PROVIDER.KIND.ne("MANUAL"))
                .groupBy(PROVIDER.CURRENCY)
                .orderBy(count().desc(), PROVIDER.CURRENCY)
                .limit(1)
                .fetchOptional(PROVIDER.CURRENCY)
                .map(String::strip);
    }
}
