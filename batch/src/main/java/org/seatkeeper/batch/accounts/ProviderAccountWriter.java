package org.seatkeeper.batch.accounts;

import java.time.Clock;
import java.util.List;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.accounts.NewAccountNotifications;
import org.seatkeeper.db.accounts.NewProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountSyncRepository;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.db.accounts.UpsertResult;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * One bulk upsert per chunk (unchanged accounts are not written), one notification per new unmapped account, then the
 * {@link NewAccountsListener}s. Idempotent, so a chunk replayed after a failure or a skip leaves the same rows.
 */
final class ProviderAccountWriter implements ItemWriter<SyncedAccount>, StepExecutionListener {

    private final ProviderAccountSyncRepository accounts;
    private final NewAccountNotifications notifications;
    private final List<NewAccountsListener> listeners;
    private final Clock clock;
    private long providerId;
    private long runId;
    private ExecutionContext counters;

    ProviderAccountWriter(ProviderAccountSyncRepository accounts, NewAccountNotifications notifications,
                          List<NewAccountsListener> listeners, Clock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.listeners = listeners;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        providerId = stepExecution.getJobParameters().getLong(JobParametersFor.PROVIDER_ID);
        runId = stepExecution.getJobExecution().getJobInstanceId();
        counters = stepExecution.getExecutionContext();
    }

    @Override
    public void write(Chunk<? extends SyncedAccount> chunk) {
        UpsertResult result = accounts.upsert(providerId, runId, List.copyOf(chunk.getItems()), clock.instant());
        List<NewProviderAccount> created = result.created();
        if (!created.isEmpty()) {
            notifications.raiseFor(created.stream().map(NewProviderAccount::id).toList(), clock.instant());
            listeners.forEach(listener -> listener.onNewAccounts(providerId, created));
        }
        add(StepCounters.ROWS_CHANGED, result.written());
        add(StepCounters.ROWS_UNCHANGED, result.unchanged());
        add(SyncCounters.CREATED, created.size());
    }

    private void add(String key, long value) {
        counters.putLong(key, counters.getLong(key, 0L) + value);
    }
}
