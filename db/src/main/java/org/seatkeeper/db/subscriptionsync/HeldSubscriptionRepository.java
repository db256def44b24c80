package org.seatkeeper.db.subscriptionsync;

import static org.jooq.impl.DSL.countDistinct;
import static org.seatkeeper.db.jooq.Tables.HELD_SUBSCRIPTION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The waiting room for subscriptions of unmapped accounts (V50). Not billing data: once an account is mapped, the
 * sync turns its held rows into subscriptions and {@link #release releases} them. Unchanged rows are not rewritten.
 */
public final class HeldSubscriptionRepository {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public HeldSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores what a chunk found on unmapped accounts; returns how many rows it inserted or changed. */
    public int hold(List<HeldSubscription> reported, Instant now) {
        if (reported.isEmpty()) {
            return 0;
        }
        Map<String, HeldSubscription> stored = new HashMap<>();
        List<Long> accounts = reported.stream().map(HeldSubscription::providerAccountId).distinct().toList();
        for (int from = 0; from < accounts.size(); from += CHUNK) {
            dsl.selectFrom(HELD_SUBSCRIPTION)
                    .where(HELD_SUBSCRIPTION.PROVIDER_ACCOUNT_ID.in(
                            accounts.subList(from, Math.min(from + CHUNK, accounts.size()))))
                    .forEach(r -> stored.put(r.getProviderId() + "/" + r.getExternalId(), new HeldSubscription(
                            r.getProviderId(), r.getProviderAccountId(), r.getExternalId(), r.getOfferId(),
                            r.getName(), r.getQuantity(), r.getStatus(), r.getTermEndDate())));
        }
        List<HeldSubscription> inserts = new ArrayList<>();
        BatchBindStep updates = dsl.batch(dsl.update(HELD_SUBSCRIPTION)
                .set(HELD_SUBSCRIPTION.PROVIDER_ACCOUNT_ID, (Long) null)
                .set(HELD_SUBSCRIPTION.OFFER_ID, (String) null)
                .set(HELD_SUBSCRIPTION.NAME, (String) null)
                .set(HELD_SUBSCRIPTION.QUANTITY, (Integer) null)
                .set(HELD_SUBSCRIPTION.STATUS, (String) null)
                .set(HELD_SUBSCRIPTION.TERM_END_DATE, (LocalDate) null)
                .set(HELD_SUBSCRIPTION.CHANGED_AT, (Instant) null)
                .where(HELD_SUBSCRIPTION.PROVIDER_ID.eq((Long) null))
                .and(HELD_SUBSCRIPTION.EXTERNAL_ID.eq((String) null)));
        for (HeldSubscription h : reported) {
            HeldSubscription old = stored.get(h.providerId() + "/" + h.externalId());
            if (old == null) {
                inserts.add(h);
            } else if (!old.equals(h)) {
                updates.bind(h.providerAccountId(), h.offerId(), h.name(), h.quantity(), h.status(), h.termEndDate(),
                        now, h.providerId(), h.externalId());
            }
        }
        if (updates.size() > 0) {
            updates.execute();
        }
        for (int from = 0; from < inserts.size(); from += CHUNK) {
            var insert = dsl.insertInto(HELD_SUBSCRIPTION, HELD_SUBSCRIPTION.PROVIDER_ID,
                    HELD_SUBSCRIPTION.PROVIDER_ACCOUNT_ID, HELD_SUBSCRIPTION.EXTERNAL_ID, HELD_SUBSCRIPTION.OFFER_ID,
                    HELD_SUBSCRIPTION.NAME, HELD_SUBSCRIPTION.QUANTITY, HELD_SUBSCRIPTION.STATUS,
                    HELD_SUBSCRIPTION.TERM_END_DATE, HELD_SUBSCRIPTION.FIRST_HELD_AT, HELD_SUBSCRIPTION.CHANGED_AT);
            for (HeldSubscription h : inserts.subList(from, Math.min(from + CHUNK, inserts.size()))) {
                insert = insert.values(h.providerId(), h.providerAccountId(), h.externalId(), h.offerId(), h.name(),
                        h.quantity(), h.status(), h.termEndDate(), now, now);
            }
            insert.execute();
        }
        return inserts.size() + updates.size();
    }

    /** The accounts are mapped now: their subscriptions are real ones from this sync on. Returns rows released. */
    public int release(Collection<Long> mappedAccountIds) {
        List<Long> ids = List.copyOf(mappedAccountIds);
        int rows = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            rows += dsl.deleteFrom(HELD_SUBSCRIPTION)
                    .where(HELD_SUBSCRIPTION.PROVIDER_ACCOUNT_ID.in(ids.subList(from, Math.min(from + CHUNK, ids.size()))))
                    .execute();
        }
        return rows;
    }

    public int count() {
        return dsl.fetchCount(HELD_SUBSCRIPTION);
    }

    /** How many unmapped accounts have held subscriptions. */
    public int countAccounts() {
        return dsl.select(countDistinct(HELD_SUBSCRIPTION.PROVIDER_ACCOUNT_ID)).from(HELD_SUBSCRIPTION)
                .fetchOne(0, Integer.class);
    }

    public List<HeldSubscription> byAccount(long providerAccountId) {
        return dsl.selectFrom(HELD_SUBSCRIPTION)
                .where(HELD_SUBSCRIPTION.PROVIDER_ACCOUNT_ID.eq(providerAccountId))
                .orderBy(HELD_SUBSCRIPTION.NAME)
                .fetch(r -> new HeldSubscription(r.getProviderId(), r.getProviderAccountId(), r.getExternalId(),
                        r.getOfferId(), r.getName(), r.getQuantity(), r.getStatus(), r.getTermEndDate()));
    }
}
