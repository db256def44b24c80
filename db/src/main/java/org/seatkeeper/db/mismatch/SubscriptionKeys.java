package org.seatkeeper.db.mismatch;

import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.util.List;
import org.jooq.DSLContext;

/** Subscription ids by key, a page at a time: the reconciliation job's reader keeps its place by the last id. */
public final class SubscriptionKeys {

    private final DSLContext dsl;

    public SubscriptionKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Long> idsAfter(long afterId, int limit) {
        return dsl.select(SUBSCRIPTION.ID)
                .from(SUBSCRIPTION)
                .where(SUBSCRIPTION.ID.gt(afterId))
                .orderBy(SUBSCRIPTION.ID)
                .limit(limit)
                .fetch(SUBSCRIPTION.ID);
    }

    public int count() {
        return dsl.fetchCount(SUBSCRIPTION);
    }
}
