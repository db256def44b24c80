package org.seatkeeper.batch.mismatch;

import java.time.LocalDate;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which reconciliation run a step belongs to: the job instance id (a restart keeps it, so a finding is never counted
 * twice) and the business date of the job parameters.
 */
record RunKey(long runId, LocalDate businessDate) {

    static RunKey of(StepExecution step) {
        LocalDate date = step.getJobParameters().getLocalDate(JobParametersFor.BUSINESS_DATE);
        if (date == null) {
            throw new IllegalStateException("licenseMismatchJob needs the businessDate parameter");
        }
        return new RunKey(step.getJobExecution().getJobInstanceId(), date);
    }
}
