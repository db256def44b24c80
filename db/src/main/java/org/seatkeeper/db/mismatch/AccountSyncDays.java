package org.seatkeeper.db.mismatch;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.seatkeeper.db.jooq.Tables.MISMATCH_ACCOUNT_SYNC;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/** Refreshes, once per run, the day each provider account's subscriptions were last synced (for the ghost check). */
public final class AccountSyncDays {

    private final DSLContext dsl;

    public AccountSyncDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int refresh() {
        dsl.deleteFrom(MISMATCH_ACCOUNT_SYNC).execute();
        return dsl.insertInto(MISMATCH_ACCOUNT_SYNC, MISMATCH_ACCOUNT_SYNC.PROVIDER_ACCOUNT_ID,
                        MISMATCH_ACCOUNT_SYNC.LAST_SYNCED_ON)
                .select(select(SUBSCRIPTION.PROVIDER_ACCOUNT_ID,
                        max(SUBSCRIPTION.LAST_SYNCED_AT).cast(SQLDataType.LOCALDATE))
                        .from(SUBSCRIPTION)
                        .where(SUBSCRIPTION.PROVIDER_ACCOUNT_ID.isNotNull())
                        .and(SUBSCRIPTION.LAST_SYNCED_AT.isNotNull())
                        .groupBy(SUBSCRIPTION.PROVIDER_ACCOUNT_ID))
                .execute();
    }
}
