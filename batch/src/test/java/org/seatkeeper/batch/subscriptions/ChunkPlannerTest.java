package org.seatkeeper.batch.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscription;
import org.seatkeeper.providers.connector.BillingCycle;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;
import org.seatkeeper.providers.connector.RejectedRecord;
import org.seatkeeper.providers.connector.SubscriptionList;
import org.seatkeeper.providers.connector.SubscriptionStatus;

/** What the planner makes of records the provider listed but the sync could not read. Pure: no database. */
class ChunkPlannerTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 23);
    private static final SyncAccount ACCOUNT = new SyncAccount(7, 1, "tenant-7", 70L, "USD");

    private final ChunkPlanner planner = new ChunkPlanner(NIGHT, Instant.parse("2026-11-23T02:00:00Z"));

    @Test
    void shouldLeaveASubscriptionWhoseRecordCouldNotBeReadExactlyAsItWas() {
        // given: we hold sub-1 and sub-2; tonight sub-1's record has an unreadable date
        AccountSync listed = process(List.of(record("sub-2", 5)),
                List.of(new RejectedRecord("sub-1", "unreadable date: 2026-13-45", "{\"id\":\"sub-1\"}")));

        // when
        ChunkPlan plan = plan(listed, ours("sub-1", 10), ours("sub-2", 5));

        // then: no event, no status change, nothing rewritten; it is kept as unreadable
        assertThat(plan.events).isEmpty();
        assertThat(plan.updates).isEmpty();
        assertThat(plan.deactivated).isZero();
        assertThat(plan.unreadable).containsExactly(
                new UnreadableSubscription(1, 7, "sub-1", "unreadable date: 2026-13-45"));
    }

    @Test
    void shouldTakeNoSubscriptionForGoneWhileARecordWithoutAReadableIdIsListed() {
        // given: a record without a readable id; sub-1 is not among the readable ones
        AccountSync listed = process(List.of(record("sub-2", 5)),
                List.of(new RejectedRecord(null, "unknown status 'frozen'", "{}")));

        // when
        ChunkPlan plan = plan(listed, ours("sub-1", 10), ours("sub-2", 5));

        // then: it may be sub-1, so sub-1 stays as it was
        assertThat(plan.events).isEmpty();
        assertThat(plan.updates).isEmpty();
        assertThat(plan.unreadable).singleElement().satisfies(u -> {
            assertThat(u.externalId()).isNull();
            assertThat(u.reason()).isEqualTo("unknown status 'frozen'");
        });
    }

    @Test
    void shouldStillDeactivateWhatTheProviderNoLongerListsBesideAnUnreadableRecord() {
        // given: sub-1 unreadable, sub-3 not listed at all
        AccountSync listed = process(List.of(record("sub-2", 5)),
                List.of(new RejectedRecord("sub-1", "unreadable date: x", "{}")));

        // when
        ChunkPlan plan = plan(listed, ours("sub-1", 10), ours("sub-2", 5), ours("sub-3", 4));

        // then
        assertThat(plan.deactivated).isEqualTo(1);
        assertThat(plan.updates).singleElement().satisfies(u -> assertThat(u.id()).isEqualTo(3));
        assertThat(plan.events).singleElement().satisfies(e -> assertThat(e.quantityChange()).isEqualTo(-4));
    }

    @Test
    void shouldCutANameLongerThanItsColumnInsteadOfRejectingTheRecord() {
        // given
        String longName = "Microsoft 365 E3 ".repeat(25);
        AccountSync listed = process(List.of(record("sub-9", 3, longName)), List.of());

        // when
        ChunkPlan plan = plan(listed);

        // then
        assertThat(listed.rejected()).isEmpty();
        assertThat(plan.inserts).singleElement().satisfies(i -> assertThat(i.row().subscription().name())
                .hasSize(300).isEqualTo(longName.strip().substring(0, 300)));
        assertThat(plan.unreadable).isEmpty();
    }

    private ChunkPlan plan(AccountSync listed, Subscription... ours) {
        return planner.plan(List.of(listed), Map.of(ACCOUNT.id(), List.of(ours)),
                Map.of(ChunkPlanner.productOf(record("x", 1), ACCOUNT).key(), 100L), key -> 500L, ids -> Map.of());
    }

    private static AccountSync process(List<ProviderSubscriptionRecord> records, List<RejectedRecord> rejected) {
        return new SubscriptionSyncProcessor().process(
                new AccountSubscriptions(ACCOUNT, new SubscriptionList(records, rejected), null));
    }

    private static ProviderSubscriptionRecord record(String id, int quantity) {
        return record(id, quantity, "Microsoft 365 E3");
    }

    private static ProviderSubscriptionRecord record(String id, int quantity, String name) {
        return new ProviderSubscriptionRecord(id, ACCOUNT.externalId(), "CFQ7TTC0LFLX:0001:P1Y", name, "P1Y",
                BillingCycle.MONTHLY, quantity, SubscriptionStatus.ACTIVE, "active", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), true, null, null, null, null, null);
    }

    /** What we hold: synced last night exactly as {@link #record} reports it. */
    private static Subscription ours(String id, int quantity) {
        long rowId = Long.parseLong(id.substring(id.indexOf('-') + 1));
        return new Subscription(rowId, 500, 1, 100L, ACCOUNT.id(), id, "Microsoft 365 E3", quantity,
                SubscriptionState.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, null, null,
                quantity, "active", Instant.parse("2026-11-22T02:00:00Z"), null, "USD",
                Instant.parse("2026-01-01T00:00:00Z"), 0);
    }

}
