package org.seatkeeper.db.accounts;

import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.selectOne;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT_SEEN;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * What the provider account sync writes. One call per chunk; it joins the caller's (chunk) transaction.
 *
 * <p>Unchanged accounts are not written at all: the chunk's existing rows are read with one query, compared in Java,
 * and only new or changed rows go through one batched MERGE keyed by (provider_id, external_id). Which accounts a run
 * has seen goes to the staging table provider_account_seen (see V20), so inactivity is computed without rewriting
 * every row every night. {@code runId} is the job instance id: the same across restarts of one run.
 */
public final class ProviderAccountSyncRepository {

    private final DSLContext dsl;

    public ProviderAccountSyncRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UpsertResult upsert(long providerId, long runId, List<SyncedAccount> reported, Instant now) {
        Map<String, SyncedAccount> accounts = new LinkedHashMap<>();
        reported.forEach(a -> accounts.put(a.externalId(), a));
        if (accounts.isEmpty()) {
            return new UpsertResult(List.of(), 0, 0);
        }
        Map<String, Stored> stored = new LinkedHashMap<>();
        dsl.select(PROVIDER_ACCOUNT.asterisk(), PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID)
                .from(PROVIDER_ACCOUNT)
                .leftJoin(PROVIDER_ACCOUNT_SEEN)
                .on(PROVIDER_ACCOUNT_SEEN.RUN_ID.eq(runId))
                .and(PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID.eq(PROVIDER_ACCOUNT.EXTERNAL_ID))
                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))
                .and(PROVIDER_ACCOUNT.EXTERNAL_ID.in(accounts.keySet()))
                .forEach(r -> stored.put(r.get(PROVIDER_ACCOUNT.EXTERNAL_ID), toStored(r)));

        List<SyncedAccount> toCreate = new ArrayList<>();
        List<SyncedAccount> toUpdate = new ArrayList<>();
        List<String> created = new ArrayList<>();
        BatchBindStep seen = dsl.batch(dsl.insertInto(PROVIDER_ACCOUNT_SEEN, PROVIDER_ACCOUNT_SEEN.RUN_ID,
                        PROVIDER_ACCOUNT_SEEN.PROVIDER_ID, PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID, PROVIDER_ACCOUNT_SEEN.CREATED)
                .values((Long) null, null, null, null));
        for (SyncedAccount account : accounts.values()) {
            Stored row = stored.get(account.externalId());
            if (row == null) {
                toCreate.add(account);
                created.add(account.externalId());
            } else if (row.changedBy(account)) {
                toUpdate.add(account);
            }
            if (row == null || !row.seenInRun()) {
                seen.bind(runId, providerId, account.externalId(), row == null);
            }
        }
        if (seen.size() > 0) {
            seen.execute();
        }
        new AccountRowWriter(dsl).write(providerId, toCreate, toUpdate, now);
        return new UpsertResult(fetchNew(providerId, created), toUpdate.size(),
                accounts.size() - toCreate.size() - toUpdate.size());
    }

    private List<NewProviderAccount> fetchNew(long providerId, List<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return dsl.select(PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.EXTERNAL_ID, PROVIDER_ACCOUNT.TENANT_ID,
                        PROVIDER_ACCOUNT.DOMAIN, PROVIDER_ACCOUNT.COMPANY_NAME)
                .from(PROVIDER_ACCOUNT)
                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))
                .and(PROVIDER_ACCOUNT.EXTERNAL_ID.in(externalIds))
                .orderBy(PROVIDER_ACCOUNT.ID)
                .fetch(r -> new NewProviderAccount(r.value1(), providerId, r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /** How many distinct accounts the run has reported so far (over all its attempts). */
    public int seenCount(long runId) {
        return dsl.fetchCount(PROVIDER_ACCOUNT_SEEN, PROVIDER_ACCOUNT_SEEN.RUN_ID.eq(runId));
    }

    /**
     * Marks INACTIVE every ACTIVE account of the provider that the completed run did not report; never deletes.
     * Its last_seen_at becomes the previous completed sync, the last run that still reported it.
     *
     * @return how many accounts became inactive
     */
    public int markUnseenInactive(long providerId, long runId) {
        Instant previousSync = dsl.select(PROVIDER.ACCOUNTS_SYNCED_AT)
                .from(PROVIDER)
                .where(PROVIDER.ID.eq(providerId))
                .fetchSingle(PROVIDER.ACCOUNTS_SYNCED_AT);
        var update = dsl.update(PROVIDER_ACCOUNT)
                .set(PROVIDER_ACCOUNT.STATUS, "INACTIVE")
                .set(PROVIDER_ACCOUNT.VERSION, PROVIDER_ACCOUNT.VERSION.plus(1));
        if (previousSync != null) {
            update = update.set(PROVIDER_ACCOUNT.LAST_SEEN_AT, greatest(PROVIDER_ACCOUNT.LAST_SEEN_AT,
                    DSL.val(previousSync)));
        }
        return update.where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))
                .and(PROVIDER_ACCOUNT.STATUS.eq("ACTIVE"))
                .andNotExists(selectOne()
                        .from(PROVIDER_ACCOUNT_SEEN)
                        .where(PROVIDER_ACCOUNT_SEEN.RUN_ID.eq(runId))
                        .and(PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID.eq(PROVIDER_ACCOUNT.EXTERNAL_ID)))
                .execute();
    }

    /** The accounts this run created that are still unmapped: the run's summary mail lists them. */
    public List<NewProviderAccount> createdInRunAndUnmapped(long providerId, long runId) {
        return dsl.select(PROVIDER_ACCOUNT.ID, PROVIDER_ACCOUNT.EXTERNAL_ID, PROVIDER_ACCOUNT.TENANT_ID,
                        PROVIDER_ACCOUNT.DOMAIN, PROVIDER_ACCOUNT.COMPANY_NAME)
                .from(PROVIDER_ACCOUNT)
                .join(PROVIDER_ACCOUNT_SEEN)
                .on(PROVIDER_ACCOUNT_SEEN.RUN_ID.eq(runId))
                .and(PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID.eq(PROVIDER_ACCOUNT.EXTERNAL_ID))
                .and(PROVIDER_ACCOUNT_SEEN.CREATED.isTrue())
                .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(providerId))
                .and(PROVIDER_ACCOUNT.CUSTOMER_ID.isNull())
                .orderBy(PROVIDER_ACCOUNT.COMPANY_NAME, PROVIDER_ACCOUNT.ID)
                .fetch(r -> new NewProviderAccount(r.value1(), providerId, r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /** Forgets what the run saw: called by the run's last step, after inactivity is settled. */
    public void clearRun(long runId) {
        dsl.deleteFrom(PROVIDER_ACCOUNT_SEEN).where(PROVIDER_ACCOUNT_SEEN.RUN_ID.eq(runId)).execute();
    }

    private static Stored toStored(Record r) {
        return new Stored(new SyncedAccount(r.get(PROVIDER_ACCOUNT.EXTERNAL_ID), r.get(PROVIDER_ACCOUNT.TENANT_ID),
                r.get(PROVIDER_ACCOUNT.DOMAIN), r.get(PROVIDER_ACCOUNT.COMPANY_NAME), r.get(PROVIDER_ACCOUNT.COUNTRY),
                new AccountAddress(r.get(PROVIDER_ACCOUNT.ADDRESS_LINE1), r.get(PROVIDER_ACCOUNT.ADDRESS_LINE2),
                        r.get(PROVIDER_ACCOUNT.CITY), r.get(PROVIDER_ACCOUNT.STATE),
                        r.get(PROVIDER_ACCOUNT.POSTAL_CODE)),
                r.get(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS)),
                "ACTIVE".equals(r.get(PROVIDER_ACCOUNT.STATUS)), r.get(PROVIDER_ACCOUNT_SEEN.EXTERNAL_ID) != null);
    }

    private record Stored(SyncedAccount account, boolean active, boolean seenInRun) {

        /** An inactive account the provider reports again is written back to ACTIVE. */
        boolean changedBy(SyncedAccount reported) {
            return !active || !Objects.equals(account, reported);
        }
    }
}
