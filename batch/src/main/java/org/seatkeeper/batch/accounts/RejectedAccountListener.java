package org.seatkeeper.batch.accounts;

import java.time.Clock;
import org.seatkeeper.batch.jobs.ReadableMessages;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Every skipped account goes to job_rejected_record with its reason, visible on the run's page. */
final class RejectedAccountListener implements SkipListener<AccountItem, SyncedAccount>, StepExecutionListener {

    private final RejectedRecordRepository rejected;
    private final Clock clock;
    private long jobExecutionId;
    private String stepName;

    RejectedAccountListener(RejectedRecordRepository rejected, Clock clock) {
        this.rejected = rejected;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
        stepName = stepExecution.getStepName();
    }

    @Override
    public void onSkipInProcess(AccountItem item, Throwable t) {
        if (t instanceof RejectedAccountException r) {
            rejected.record(jobExecutionId, stepName, r.externalId(), r.getMessage(), r.rawRecord(), clock.instant());
        } else {
            rejected.record(jobExecutionId, stepName, externalId(item), ReadableMessages.of(t), null, clock.instant());
        }
    }

    @Override
    public void onSkipInWrite(SyncedAccount item, Throwable t) {
        rejected.record(jobExecutionId, stepName, item.externalId(), ReadableMessages.of(t), null, clock.instant());
    }

    private static String externalId(AccountItem item) {
        return item instanceof AccountItem.Reported r ? r.account().externalId()
                : ((AccountItem.Rejected) item).record().externalId();
    }
}
