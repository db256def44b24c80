package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscription;
import org.seatkeeper.providers.connector.BillingCycle;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;
import org.seatkeeper.providers.connector.RejectedRecord;
import org.seatkeeper.providers.connector.SubscriptionList;
import org.seatkeeper.providers.connector.SubscriptionStatus;

/**
 * What the planner makes of records the provider listed but the sync could not read, and of an offer the provider
 * changed. Pure: no database.
 */
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
        assertThat(plan.events).singleElement().satisfies(e -> assertThat(e.change().quantityChange()).isEqualTo(-4));
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

    @Test
    void shouldRepointASubscriptionWhoseOfferTheProviderChangedWithAProductChangeEvent() {
        // given: the provider now sells sub-1 as another SKU on a monthly term (a product the catalog holds as 200)
        ProviderSubscriptionRecord moved = record("sub-1", 10, "CFQ7TTC0LFLX:0002:P1M", "P1M");
        AccountSync listed = process(List.of(moved), List.of());

        // when
        ChunkPlan plan = planner.plan(List.of(listed), new ChunkPlanner.Reads(
                Map.of(ACCOUNT.id(), List.of(ours("sub-1", 10))),
                Map.of(keyOf(record("x", 1)), 100L, keyOf(moved), 200L), Map.of(), PriceRules.NONE, key -> 500L,
                ids -> Map.of(1L, LocalDate.of(2026, 1, 1))));

        // then: one PRODUCT_CHANGE of 0, naming the new product, and the row points at it
        assertThat(plan.updates).singleElement().satisfies(u -> {
            assertThat(u.productId()).isEqualTo(200L);
            assertThat(u.providerOffer()).isEqualTo("CFQ7TTC0LFLX:0002:P1M|P1M|MONTHLY");
        });
        assertThat(plan.events).singleElement().satisfies(e -> {
            assertThat(e.change().type()).isEqualTo(LicenseChangeType.PRODUCT_CHANGE);
            assertThat(e.change().quantityChange()).isZero();
            assertThat(e.change().quantityAfter()).isEqualTo(10);
            assertThat(e.change().effectiveDate()).isEqualTo(NIGHT);
            assertThat(e.productId()).isEqualTo(200L);
            assertThat(e.change().note()).isEqualTo("The provider changed the offer: CFQ7TTC0LFLX:0001:P1Y, P1Y, "
                    + "MONTHLY -> CFQ7TTC0LFLX:0002:P1M, P1M, MONTHLY");
        });
    }

    @Test
    void shouldKeepTheProductAPersonChoseWhileTheProviderSellsTheSameOffer() {
        // given: a person re-pointed sub-1 to product 300; the provider's offer is what it was
        Subscription repointed = withProduct(ours("sub-1", 10).row(), 300L);
        AccountSync listed = process(List.of(record("sub-1", 10)), List.of());

        // when
        ChunkPlan plan = planner.plan(List.of(listed), new ChunkPlanner.Reads(
                Map.of(ACCOUNT.id(), List.of(new OurSubscription(repointed, offerOf(record("sub-1", 10)), null))),
                Map.of(keyOf(record("x", 1)), 100L), Map.of(), PriceRules.NONE, key -> 500L, ids -> Map.of()));

        // then
        assertThat(plan.updates).isEmpty();
        assertThat(plan.events).isEmpty();
    }

    private ChunkPlan plan(AccountSync listed, OurSubscription... ours) {
        return planner.plan(List.of(listed), new ChunkPlanner.Reads(Map.of(ACCOUNT.id(), List.of(ours)),
                Map.of(keyOf(record("x", 1)), 100L), Map.of(), PriceRules.NONE, key -> 500L, ids -> Map.of()));
    }

    private static ProductKey keyOf(ProviderSubscriptionRecord r) {
        return SyncRecords.productOf(r, ACCOUNT).key();
    }

    private static String offerOf(ProviderSubscriptionRecord r) {
        return SyncRecords.offerOf(keyOf(r));
    }

    private static AccountSync process(List<ProviderSubscriptionRecord> records, List<RejectedRecord> rejected) {
        return new SubscriptionSyncProcessor().process(
                new AccountSubscriptions(ACCOUNT, new SubscriptionList(records, rejected), null));
    }

    private static ProviderSubscriptionRecord record(String id, int quantity) {
        return record(id, quantity, "Microsoft 365 E3");
    }

    private static ProviderSubscriptionRecord record(String id, int quantity, String name) {
        return record(id, quantity, name, "CFQ7TTC0LFLX:0001:P1Y", "P1Y");
    }

    private static ProviderSubscriptionRecord record(String id, int quantity, String offer, String term) {
        return record(id, quantity, "Microsoft 365 E3", offer, term);
    }

    private static ProviderSubscriptionRecord record(String id, int quantity, String name, String offer, String term) {
        return new ProviderSubscriptionRecord(id, ACCOUNT.externalId(), offer, name, term,
                BillingCycle.MONTHLY, quantity, SubscriptionStatus.ACTIVE, "active", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), true, null, null, null, null, null);
    }

    /** What we hold: synced last night exactly as {@link #record} reports it. */
    private static OurSubscription ours(String id, int quantity) {
        long rowId = Long.parseLong(id.substring(id.indexOf('-') + 1));
        return new OurSubscription(new Subscription(rowId, 500, 1, 100L, ACCOUNT.id(), id, "Microsoft 365 E3",
                quantity, SubscriptionState.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), true, null,
                null, quantity, "active", Instant.parse("2026-11-22T02:00:00Z"), null, "USD",
                Instant.parse("2026-01-01T00:00:00Z"), 0), offerOf(record(id, quantity)), null);
    }

    private static Subscription withProduct(Subscription s, Long productId) {
        return new Subscription(s.id(), s.contractId(), s.providerId(), productId, s.providerAccountId(),
                s.externalId(), s.name(), s.quantity(), s.status(), s.effectiveDate(), s.termEndDate(), s.autoRenew(),
                s.cancellationAllowedUntil(), s.refundableQuantity(), s.providerQuantity(), s.providerStatus(),
                s.lastSyncedAt(), s.unitPrice(), s.currency(), s.createdAt(), s.version());
    }

}
