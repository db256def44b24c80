package org.seatkeeper.app.contracts;

import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncCounters;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncRuns;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** "Sync subscriptions" on a contract: starts the contract-scoped run and reports its progress. */
public final class ContractSyncs {

    private final SubscriptionSyncRuns runs;
    private final Clock clock;

    public ContractSyncs(SubscriptionSyncRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    JobStart start(long contractId, String username) {
        return runs.startForContract(contractId, LocalDate.now(clock), username);
    }

    ContractView.SyncProgress progress(long contractId) {
        JobExecution execution = runs.latest(contractId);
        if (execution == null) {
            return ContractView.SyncProgress.NONE;
        }
        long read = 0;
        long contractsCreated = 0;
        Long total = null;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            contractsCreated += step.getExecutionContext().getLong(SubscriptionSyncCounters.CONTRACTS_CREATED, 0L);
            if (step.getExecutionContext().containsKey(StepCounters.PROGRESS_TOTAL)) {
                total = step.getExecutionContext().getLong(StepCounters.PROGRESS_TOTAL);
            }
        }
        int percent = total == null || total == 0 ? -1 : (int) Math.min(100, read * 100 / total);
        String status = execution.getStatus().name().toLowerCase() + " · " + read + (total == null ? "" : " of "
                + total) + " provider accounts"
                // subscriptions in another currency land on a new contract of the customer: say so, or they seem lost
                + (contractsCreated == 0 ? "" : " · " + contractsCreated + (contractsCreated == 1 ? " new contract"
                : " new contracts") + " for subscriptions in another currency: see the customer's page");
        return new ContractView.SyncProgress(execution.getStatus().isRunning(), percent, status);
    }
}
