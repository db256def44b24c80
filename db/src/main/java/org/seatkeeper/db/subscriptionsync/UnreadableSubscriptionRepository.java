package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.UNREADABLE_SUBSCRIPTION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The subscription records the last sync of each account could not read (unreadable_subscription). The sync replaces an account's rows
 * with what it found; only differences are written, so an unchanged night writes nothing. Joins the caller's (chunk)
 * transaction.
 */
public final class UnreadableSubscriptionRepository {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    public UnreadableSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * After a sync listed {@code accountIds}: what it could not read is {@code found} (for those accounts only);
     * anything stored before for them and read (or no longer listed) now is forgotten.
     *
     * @return how many rows were inserted, changed or deleted
     */
    public int replace(Collection<Long> accountIds, List<UnreadableSubscription> found, Instant now) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        Map<UnreadableSubscription.Key, Stored> stored = new HashMap<>();
        List<Long> ids = List.copyOf(accountIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.select(UNREADABLE_SUBSCRIPTION.ID, UNREADABLE_SUBSCRIPTION.PROVIDER_ACCOUNT_ID,
                            UNREADABLE_SUBSCRIPTION.EXTERNAL_ID, UNREADABLE_SUBSCRIPTION.REASON)
                    .from(UNREADABLE_SUBSCRIPTION)
                    .where(UNREADABLE_SUBSCRIPTION.PROVIDER_ACCOUNT_ID.in(ids.subList(from,
                            Math.min(from + CHUNK, ids.size()))))
                    .forEach(r -> stored.put(new UnreadableSubscription.Key(r.value2(), r.value3()),
                            new Stored(r.value1(), r.value4())));
        }
        Map<UnreadableSubscription.Key, UnreadableSubscription> wanted = new LinkedHashMap<>();
        found.forEach(u -> wanted.putIfAbsent(u.key(), u));
        List<UnreadableSubscription> inserts = new ArrayList<>();
        List<UnreadableSubscription> changed = new ArrayList<>();
        wanted.forEach((key, u) -> {
            Stored row = stored.remove(key);
            if (row == null) {
                inserts.add(u);
            } else if (!row.reason().equals(u.reason())) {
                changed.add(u);
                dsl.update(UNREADABLE_SUBSCRIPTION)
                        .set(UNREADABLE_SUBSCRIPTION.REASON, u.reason())
                        .where(UNREADABLE_SUBSCRIPTION.ID.eq(row.id()))
                        .execute();
            }
        });
        if (!stored.isEmpty()) {
            dsl.deleteFrom(UNREADABLE_SUBSCRIPTION)
                    .where(UNREADABLE_SUBSCRIPTION.ID.in(stored.values().stream().map(Stored::id).toList()))
                    .execute();
        }
        if (!inserts.isEmpty()) {
            var insert = dsl.insertInto(UNREADABLE_SUBSCRIPTION, UNREADABLE_SUBSCRIPTION.PROVIDER_ID,
                    UNREADABLE_SUBSCRIPTION.PROVIDER_ACCOUNT_ID, UNREADABLE_SUBSCRIPTION.EXTERNAL_ID,
                    UNREADABLE_SUBSCRIPTION.REASON, UNREADABLE_SUBSCRIPTION.FIRST_SEEN_AT);
            for (UnreadableSubscription u : inserts) {
                insert = insert.values(u.providerId(), u.providerAccountId(), u.externalId(), u.reason(), now);
            }
            insert.execute();
        }
        return inserts.size() + changed.size() + stored.size();
    }

    /** What the last syncs could not read, by account: for tests and the account's page. */
    public List<UnreadableSubscription> all() {
        return dsl.selectFrom(UNREADABLE_SUBSCRIPTION)
                .orderBy(UNREADABLE_SUBSCRIPTION.PROVIDER_ACCOUNT_ID, UNREADABLE_SUBSCRIPTION.ID)
                .fetch(r -> new UnreadableSubscription(r.getProviderId(), r.getProviderAccountId(),
                        r.getExternalId(), r.getReason()));
    }

    private record Stored(long id, String reason) {
    }
}
