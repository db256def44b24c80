package org.seatkeeper.batch.jobs;

import java.time.Clock;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Base of a step's skip listener: every skipped item goes to job_rejected_record with its reason, under the run and
 * step it was skipped in, so it is visible on the run's page. A job says only how it names an item and why.
 */
public abstract class RejectedRecordListener<I, O> implements SkipListener<I, O>, StepExecutionListener {

    private final RejectedRecordRepository rejected;
    private final Clock clock;
    private long jobExecutionId;
    private String stepName;

    protected RejectedRecordListener(RejectedRecordRepository rejected, Clock clock) {
        this.rejected = rejected;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
        stepName = stepExecution.getStepName();
    }

    protected final void record(String externalId, String reason, String rawRecord) {
        rejected.record(jobExecutionId, stepName, externalId, reason, rawRecord, clock.instant());
    }
}
