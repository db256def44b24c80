package org.seatkeeper.batch.subscriptionsync;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.billing.pricing.PriceRules;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptionsync.CustomerCurrency;
import org.seatkeeper.db.subscriptionsync.HeldSubscriptionRepository;
import org.seatkeeper.db.subscriptionsync.LicenseChangeBulkInsert;
import org.seatkeeper.db.subscriptionsync.OurSubscription;
import org.seatkeeper.db.subscriptionsync.SubscriptionBulkInsert;
import org.seatkeeper.db.subscriptionsync.SubscriptionSyncRepository;
import org.seatkeeper.db.subscriptionsync.SyncContracts;
import org.seatkeeper.db.subscriptionsync.SyncEvent;
import org.seatkeeper.db.subscriptionsync.SyncLookup;
import org.seatkeeper.db.subscriptionsync.SyncProducts;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscriptionRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Per chunk: one read of our subscriptions of the chunk's accounts, one product ensure and one read of their provider
 * amounts, the price rules, one contract lookup, then one batched statement each for learnt product amounts, new
 * subscriptions, changed subscriptions and their license events, and the held rows of unmapped accounts. It plans against what is in the database inside the chunk's transaction, so a chunk replayed
 * after a failure or during a skip scan writes the same thing once (idempotent).
 */
final class SubscriptionSyncWriter implements ItemWriter<AccountSync>, StepExecutionListener {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SyncLookup lookup;
    private final Catalog catalog;
    private final SyncContracts contracts;
    private final SubscriptionStore store;
    private final RejectedRecordRepository rejected;
    private final Clock clock;
    private LocalDate businessDate;
    private long jobExecutionId;
    private String stepName;
    private ExecutionContext counters;

    private final Set<String> pricingProblems = new HashSet<>();

    SubscriptionSyncWriter(SyncLookup lookup, Catalog catalog, SyncContracts contracts,
                           SubscriptionStore store, RejectedRecordRepository rejected, Clock clock) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.contracts = contracts;
        this.store = store;
        this.rejected = rejected;
        this.clock = clock;
    }

    /** The catalog and the price rules: the chunk's products, their provider amounts, the rules that price them. */
    record Catalog(ProductRepository products, SyncProducts amounts, PriceRuleRepository rules) {
    }

    /** The writes of a chunk, grouped so the writer keeps few collaborators. */
    record SubscriptionStore(SubscriptionBulkInsert inserts, SubscriptionSyncRepository updates,
                             LicenseChangeBulkInsert events, HeldSubscriptionRepository held,
                             UnreadableSubscriptionRepository unreadable) {
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        businessDate = SyncParameters.businessDate(stepExecution.getJobParameters());
        jobExecutionId = stepExecution.getJobExecutionId();
        stepName = stepExecution.getStepName();
        counters = stepExecution.getExecutionContext();
    }

    @Override
    public void write(Chunk<? extends AccountSync> chunk) {
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        Instant now = clock.instant();
        List<AccountSync> items = List.copyOf(chunk.getItems());
        List<AccountSync> mapped = items.stream().filter(i -> i.account().mapped()).toList();
        Map<Long, List<OurSubscription>> ours = lookup.subscriptionsOf(mapped.stream().map(i -> i.account().id()).toList());
        List<NewProduct> seen = new ArrayList<>();
        mapped.forEach(i -> i.subscriptions().forEach(r -> seen.add(SyncRecords.productOf(r, i.account()))));
        Map<ProductKey, Long> productIds = catalog.products().ensureFromSync(seen);
        SyncContracts.Resolved contractIds = contracts.findOrCreate(
                SyncRecords.contractsForNew(mapped, ours), businessDate);
        ChunkPlanner.Reads reads = new ChunkPlanner.Reads(ours, productIds,
                catalog.amounts().amountsOf(productIds.values()), new PriceRules(catalog.rules().findAll()),
                key -> contractIds.ids().get(key), lookup::lastEventDates);

        ChunkPlan plan = new ChunkPlanner(businessDate, now).plan(items, reads);

        catalog.amounts().update(plan.productAmounts);

        Map<String, Long> newIds = store.inserts().insert(plan.inserts.stream().map(ChunkPlan.NewRow::row).toList(), now);
        List<SyncEvent> events = new ArrayList<>(plan.events);
        for (ChunkPlan.NewRow row : plan.inserts) {
            long id = newIds.get(SubscriptionBulkInsert.key(row.row().subscription().providerAccountId(),
                    row.row().subscription().externalId()));
            row.changes().forEach(c -> events.add(new SyncEvent(
                    c.toNewChange(id, ChangeSource.SYNC, ChunkPlanner.RECORDED_BY), c.productId(), c.unitCost())));
        }
        store.updates().updateFromSync(plan.updates);
        store.events().insert(events, now);
        int held = store.held().hold(plan.held, now);
        store.held().release(plan.mappedAccounts);
        store.unreadable().replace(plan.listedAccounts, plan.unreadable, now);
        int rejections = recordRejections(items, now);

        add(SubscriptionSyncCounters.CREATED, plan.inserts.size());
        add(SubscriptionSyncCounters.UPDATED, plan.updates.size() - plan.deactivated);
        add(SubscriptionSyncCounters.DEACTIVATED, plan.deactivated);
        add(SubscriptionSyncCounters.EVENTS, events.size());
        add(SubscriptionSyncCounters.HELD, plan.held.size());
        add(SubscriptionSyncCounters.REJECTED, rejections);
        add(SubscriptionSyncCounters.PRODUCTS_SEEN, productIds.size());
        add(SubscriptionSyncCounters.CONTRACTS_CREATED, contractIds.created());
        add(StepCounters.ROWS_CHANGED, plan.inserts.size() + plan.updates.size() + held);
        add(StepCounters.ROWS_UNCHANGED, plan.unchanged + plan.held.size() - held);
        add(StepCounters.WRITE_NANOS, System.nanoTime() - started);
        add(StepCounters.WRITE_CPU_NANOS, THREADS.getCurrentThreadCpuTime() - cpuStarted);
    }

    private int recordRejections(List<AccountSync> items, Instant now) {
        int count = 0;
        for (AccountSync item : items) {
            // once per run and market: every account of the market shares the one price list
            if (item.pricingProblem() != null && pricingProblems.add(item.pricingProblem())) {
                rejected.record(jobExecutionId, stepName, null, item.pricingProblem(), null, now);
            }
            for (AccountSync.Rejection r : item.rejected()) {
                rejected.record(jobExecutionId, stepName, r.externalId(), "Account " + item.account().externalId()
                        + ": " + r.reason(), r.raw(), now);
                count++;
            }
        }
        return count;
    }

    private void add(String key, long value) {
        counters.putLong(key, counters.getLong(key, 0L) + value);
    }
}
