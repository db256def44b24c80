package org.seatkeeper.batch.jobs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Replaces a failed run's exit message (by default a stack trace) with the sentence a person can act on: a provider
 * error's own message ("Partner Center refused the credentials: ..."), else the innermost cause's message.
 */
final class ReadableFailures implements JobExecutionListener {

    private static final int MAX = 2000;

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        List<Throwable> failures = new ArrayList<>(jobExecution.getFailureExceptions());
        for (StepExecution step : jobExecution.getStepExecutions()) {
            failures.addAll(step.getFailureExceptions());
        }
        String message = failures.stream().map(ReadableMessages::of).findFirst().orElse(null);
        if (message != null) {
            String text = message.length() <= MAX ? message : message.substring(0, MAX);
            jobExecution.setExitStatus(new ExitStatus(ExitStatus.FAILED.getExitCode(), text));
        }
    }
}
