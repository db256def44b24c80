package org.seatkeeper.batch.jobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.ThreadStepInterruptionPolicy;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;

/**
 * How Seatkeeper's shutdown stops its jobs. The request is a flag in memory; each job's own thread reads it at its next
 * chunk boundary (this is every step's interruption policy), marks its step terminate-only and ends STOPPED, keeping
 * what it committed. Only the job's thread writes its execution, so a stop can never fail a run: Spring Batch's
 * {@code JobOperator.stop} writes STOPPING into the execution and step rows from the stopping thread while the job
 * writes them too, and the loser of that race failed on the row's version (a run FAILED instead of STOPPED).
 */
final class ShutdownStop extends ThreadStepInterruptionPolicy {

    private volatile boolean requested;

    /** From now on every step of every job stops at its next chunk boundary, a job launched meanwhile too. */
    void request() {
        requested = true;
    }

    boolean requested() {
        return requested;
    }

    @Override
    public void checkInterrupted(StepExecution stepExecution) throws JobInterruptedException {
        if (requested) {
            // a chunk step only leaves its loop on the policy's word; terminate-only makes it end STOPPED, not COMPLETED
            stepExecution.setTerminateOnly();
            throw new JobInterruptedException("Seatkeeper is shutting down");
        }
        super.checkInterrupted(stepExecution);
    }

    /**
     * Makes every step of the job check this stop at its chunk boundaries.
     *
     * @throws IllegalArgumentException for a job with a step kind that cannot be stopped this way
     */
    Job installIn(Job job) {
        if (!(job instanceof ListableStepLocator steps)) {
            throw new IllegalArgumentException("The job " + job.getName() + " does not list its steps");
        }
        for (String name : steps.getStepNames()) {
            Step step = steps.getStep(name);
            if (step instanceof ChunkOrientedStep<?, ?> chunks) {
                chunks.setInterruptionPolicy(this);
            } else if (step instanceof TaskletStep tasklet) {
                tasklet.setInterruptionPolicy(this);
            } else {
                throw new IllegalArgumentException("The step " + name + " of " + job.getName()
                        + " is neither a chunk nor a tasklet step, so it cannot be stopped at shutdown");
            }
        }
        return job;
    }
}
