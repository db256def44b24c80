package org.seatkeeper.batch.subscriptionsync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;
import org.seatkeeper.batch.jobs.LiveProgress;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.subscriptionsync.SyncAccount;
import org.seatkeeper.db.subscriptionsync.SyncAccountQuery;
import org.seatkeeper.db.subscriptionsync.SyncScope;
import org.seatkeeper.providers.connector.ProviderConnector;
import org.seatkeeper.providers.connector.SubscriptionList;
import org.seatkeeper.providers.http.ProviderThrottledException;
import org.seatkeeper.providers.http.ProviderUnavailableException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Pages through the provider accounts in scope by id (keyset) and fetches each one's subscriptions, a few fetches in
 * parallel and about two chunks ahead of the writer, handing them on in id order. Restartable: the execution context
 * holds the id of the last account handed on, saved with each committed chunk, so a restarted run continues with
 * the first account not committed. A transient provider error (unavailable, throttled) is retried by the provider
 * client's channel, the one retry layer on the provider path; if it outlasts those retries, reading that account
 * throws and the run fails (restart it). Any other provider error makes the account a failed item, skipped and
 * recorded. Not thread-safe; one instance per run.
 */
final class MappedAccountReader implements ItemStreamReader<AccountSubscriptions>, StepExecutionListener {

    static final String NAME = "mappedAccountReader";
    private static final String LAST_ID = NAME + ".last.id";
    private static final String PAGES = NAME + ".pages";

    private final SyncAccountQuery accounts;
    private final LongFunction<ProviderConnector> connectorFactory;
    private final SubscriptionSyncSettings settings;
    private final LiveProgress live;
    private long executionId;
    private long total;
    /** Accounts this execution has read, for the live progress line. */
    private long seen;
    private final Map<Long, ProviderConnector> connectors = new HashMap<>();
    private final Deque<Pending> buffer = new ArrayDeque<>();
    private SyncScope scope;
    private ExecutorService fetchers;
    private long lastId;
    private long fetchedUpTo;
    private long pages;
    private boolean exhausted;

    MappedAccountReader(SyncAccountQuery accounts, LongFunction<ProviderConnector> connectorFactory,
                        SubscriptionSyncSettings settings, LiveProgress live) {
        this.live = live;
        this.accounts = accounts;
        this.connectorFactory = connectorFactory;
        this.settings = settings;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        scope = SyncParameters.scopeOf(stepExecution.getJobParameters());
        executionId = stepExecution.getJobExecutionId();
        total = accounts.count(scope);
        stepExecution.getExecutionContext().putLong(StepCounters.PROGRESS_TOTAL, total);
    }

    @Override
    public void open(ExecutionContext context) {
        lastId = context.getLong(LAST_ID, 0L);
        pages = context.getLong(PAGES, 0L);
        fetchedUpTo = lastId;
        exhausted = false;
        buffer.clear();
        fetchers = Executors.newFixedThreadPool(settings.fetchThreads(), r -> {
            Thread t = new Thread(r, "subscription-sync-fetch");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public AccountSubscriptions read() {
        // said before the fetches start, so whoever sees a fetch waiting sees this line too
        live.note(executionId, "subscriptions of account " + (seen + 1) + " of " + total);
        // keep two chunks' worth of fetches in flight, so the provider calls overlap the writing of the chunk before
        if (buffer.size() <= settings.chunkSize() && !exhausted) {
            fetchNextPage();
        }
        Pending next = buffer.poll();
        if (next == null) {
            return null;
        }
        // one account's subscriptions can take minutes at a slow provider: say whose are being waited for
        live.note(executionId, "subscriptions of account " + (seen + 1) + " of " + total + " (tenant "
                + next.account().externalId() + ")");
        try {
            AccountSubscriptions item = next.result().join();
            seen++;
            lastId = next.account().id();
            return item;
        } catch (CompletionException e) {
            // a transient error outlasted the channel's retries: the run fails here and a restart asks again
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void fetchNextPage() {
        List<SyncAccount> page = accounts.page(scope, fetchedUpTo, Math.max(2 * settings.chunkSize(), 200));
        if (page.isEmpty()) {
            exhausted = true;
            return;
        }
        pages++;
        for (SyncAccount account : page) {
            buffer.add(new Pending(account, fetch(account)));
        }
        fetchedUpTo = page.get(page.size() - 1).id();
    }

    private CompletableFuture<AccountSubscriptions> fetch(SyncAccount account) {
        ProviderConnector connector = connectors.computeIfAbsent(account.providerId(), connectorFactory::apply);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return priced(connector, account, connector.listSubscriptions(account.externalId()));
            } catch (ProviderUnavailableException | ProviderThrottledException transientError) {
                throw transientError;
            } catch (RuntimeException e) {
                return new AccountSubscriptions(account, null, e);
            }
        }, fetchers);
    }

    /**
     * The list with the costs and list prices of the provider's price list for the account's market (Partner Center's
     * price sheet: the connector fetches it once per market and run, every account of the market shares it). An
     * account without a known market (its provider authorizes several countries, and the provider gives no address)
     * keeps the prices its records carry. A price
     * list the provider refuses does not hold the subscriptions back: they sync without its prices, and the run says so.
     */
    private static AccountSubscriptions priced(ProviderConnector connector, SyncAccount account, SubscriptionList list) {
        if (account.market() == null || account.market().isBlank()) {
            return new AccountSubscriptions(account, list, null);
        }
        try {
            return new AccountSubscriptions(account, list.pricedBy(connector.priceList(account.market())), null);
        } catch (ProviderUnavailableException | ProviderThrottledException transientError) {
            throw transientError;
        } catch (RuntimeException e) {
            return new AccountSubscriptions(account, list, null, "The provider's price list for market "
                    + account.market().strip() + " could not be read (" + e.getMessage()
                    + "); its subscriptions were synced without the provider's costs and list prices.");
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST_ID, lastId);
        context.putLong(PAGES, pages);
        context.putLong(StepCounters.PROGRESS_PAGES, pages);
    }

    @Override
    public void close() {
        buffer.forEach(p -> p.result().cancel(true));
        buffer.clear();
        if (fetchers != null) {
            fetchers.shutdownNow();
        }
    }

    private record Pending(SyncAccount account, CompletableFuture<AccountSubscriptions> result) {
    }
}
