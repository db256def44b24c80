package org.seatkeeper.db.subscriptionsync;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_COUNTRY;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The subscription sync reader's keyset pages: active accounts of enabled automatic providers, in id order, so a
 * restarted run continues after the last account it committed.
 */
public final class SyncAccountQuery {

    private final DSLContext dsl;

    public SyncAccountQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count(SyncScope scope) {
        return dsl.fetchCount(dsl.select(PROVIDER_ACCOUNT.ID)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(conditionFor(scope)));
    }

    /**
     * The market that prices an account's subscriptions: its own country, else its provider's only one (Partner
     * Center's customer list gives no address; a reseller authorized in one country sells in that market).
     */
    private static final Field<String> MARKET = coalesce(PROVIDER_ACCOUNT.COUNTRY,
            select(min(PROVIDER_COUNTRY.COUNTRY)).from(PROVIDER_COUNTRY)
                    .where(PROVIDER_COUNTRY.PROVIDER_ID.eq(PROVIDER.ID))
                    .having(DSL.count().eq(1))
                    .asField()).as("market");

    /** Up to {@code limit} accounts with an id greater than {@code afterId}. */
    public List<SyncAccount> page(SyncScope scope, long afterId, int limit) {
        return dsl.select(PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.PROVIDER_ID, PROVIDER_ACCOUNT.EXTERNAL_ID,
                        PROVIDER_ACCOUNT.CUSTOMER_ID, PROVIDER.CURRENCY, MARKET)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_ACCOUNT.PROVIDER_ID))
                .where(conditionFor(scope))
                .and(PROVIDER_ACCOUNT.ID.gt(afterId))
                .orderBy(PROVIDER_ACCOUNT.ID)
                .limit(limit)
                .fetch(r -> new SyncAccount(r.get(PROVIDER_ACCOUNT.ID), r.get(PROVIDER_ACCOUNT.PROVIDER_ID),
                        r.get(PROVIDER_ACCOUNT.EXTERNAL_ID), r.get(PROVIDER_ACCOUNT.CUSTOMER_ID),
                        r.get(PROVIDER.CURRENCY), r.get(MARKET)));
    }

    private static Condition conditionFor(SyncScope scope) {
        Condition condition = PROVIDER.AUTOMATIC.isTrue()
                .and(PROVIDER.ENABLED.isTrue())
                .and(PROVIDER.KIND.ne("MANUAL"))
                .and(PROVIDER_ACCOUNT.STATUS.eq("ACTIVE"));
        if (scope.providerId() != null) {
            condition = condition.and(PROVIDER_ACCOUNT.PROVIDER_ID.eq(scope.providerId()));
        }
        if (scope.contractId() != null) {
            condition = condition.and(PROVIDER_ACCOUNT.CUSTOMER_ID.in(select(BILLING_CONTRACT.CUSTOMER_ID)
                            .from(BILLING_CONTRACT)
                            .where(BILLING_CONTRACT.ID.eq(scope.contractId())))
                    .or(PROVIDER_ACCOUNT.ID.in(select(SUBSCRIPTION.PROVIDER_ACCOUNT_ID)
                            .from(SUBSCRIPTION)
                            .where(SUBSCRIPTION.CONTRACT_ID.eq(scope.contractId()))
                            .and(SUBSCRIPTION.PROVIDER_ACCOUNT_ID.isNotNull()))));
        }
        return condition.and(noCondition());
    }
}
