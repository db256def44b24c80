package org.seatkeeper.batch.jobs;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** What start-up does with a run a crash or kill left "running": FAILED, saying so in words, restartable. */
final class Interruptions {

    private Interruptions() {
    }

    static void markInterrupted(JobRepository repository, JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        ExitStatus interrupted = new ExitStatus(ExitStatus.FAILED.getExitCode(), RunMessages.INTERRUPTED);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(interrupted);
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(interrupted);
        execution.setEndTime(now);
        repository.update(execution);
    }
}
