package org.seatkeeper.batch.subscriptions;

import java.time.Clock;
import org.seatkeeper.batch.jobs.ReadableMessages;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Every skipped account goes to job_rejected_record with its reason, visible on the run's page. */
final class RejectedAccountListener implements SkipListener<AccountSubscriptions, AccountSync>, StepExecutionListener {

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
    public void onSkipInProcess(AccountSubscriptions item, Throwable t) {
        rejected.record(jobExecutionId, stepName, item.account().externalId(), ReadableMessages.of(t), null,
                clock.instant());
    }

    @Override
    public void onSkipInWrite(AccountSync item, Throwable t) {
        rejected.record(jobExecutionId, stepName, item.account().externalId(), "The subscriptions of account "
                + item.account().externalId() + " could not be saved: " + ReadableMessages.of(t), null,
                clock.instant());
    }
}
