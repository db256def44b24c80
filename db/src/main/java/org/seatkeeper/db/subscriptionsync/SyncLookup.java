package org.seatkeeper.db.subscriptionsync;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;

/** The sync writer's reads for a chunk: a few set-based queries per chunk, never one per account. */
public final class SyncLookup {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public SyncLookup(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Our subscriptions synced from these provider accounts, by account id (accounts without any are absent). */
    public Map<Long, List<OurSubscription>> subscriptionsOf(Collection<Long> accountIds) {
        Map<Long, List<OurSubscription>> byAccount = new HashMap<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.selectFrom(SUBSCRIPTION)
                    .where(SUBSCRIPTION.PROVIDER_ACCOUNT_ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .forEach(r -> byAccount.computeIfAbsent(r.get(SUBSCRIPTION.PROVIDER_ACCOUNT_ID),
                            id -> new ArrayList<>()).add(new OurSubscription(SubscriptionRepository.toSubscription(r),
                            r.get(SUBSCRIPTION.PROVIDER_OFFER), r.get(SUBSCRIPTION.UNIT_COST))));
        }
        return byAccount;
    }

    /**
     * The latest effective date in each of these subscriptions' logs (subscriptions without events are absent): a
     * sync dates no event before it. Asked only for the few subscriptions a chunk writes events for.
     */
    public Map<Long, LocalDate> lastEventDates(Collection<Long> subscriptionIds) {
        Map<Long, LocalDate> dates = new HashMap<>();
        List<Long> ids = List.copyOf(subscriptionIds);
        Field<LocalDate> last = max(LICENSE_CHANGE.EFFECTIVE_DATE).as("last_date");
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.select(LICENSE_CHANGE.SUBSCRIPTION_ID, last)
                    .from(LICENSE_CHANGE)
                    .where(LICENSE_CHANGE.SUBSCRIPTION_ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .groupBy(LICENSE_CHANGE.SUBSCRIPTION_ID)
                    .forEach(r -> dates.put(r.value1(), r.value2()));
        }
        return dates;
    }

    /** Each customer's oldest active billing contract per currency (the one a sync puts new subscriptions on). */
    public Map<CustomerCurrency, Long> activeContracts(Collection<Long> customerIds) {
        Map<CustomerCurrency, Long> contracts = new HashMap<>();
        List<Long> ids = List.copyOf(customerIds);
        Field<Long> oldest = min(BILLING_CONTRACT.ID).as("oldest");
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.select(BILLING_CONTRACT.CUSTOMER_ID, BILLING_CONTRACT.CURRENCY, oldest)
                    .from(BILLING_CONTRACT)
                    .where(BILLING_CONTRACT.CUSTOMER_ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .and(BILLING_CONTRACT.STATUS.eq("ACTIVE"))
                    .groupBy(BILLING_CONTRACT.CUSTOMER_ID, BILLING_CONTRACT.CURRENCY)
                    .forEach(r -> contracts.put(new CustomerCurrency(r.get(BILLING_CONTRACT.CUSTOMER_ID),
                            r.get(BILLING_CONTRACT.CURRENCY).trim()), r.get(oldest)));
        }
        return contracts;
    }
}
