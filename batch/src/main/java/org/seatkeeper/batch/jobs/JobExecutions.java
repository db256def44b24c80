package org.seatkeeper.batch.jobs;

import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

/** Looks an execution up by id; Spring Batch's JDBC repository throws for an unknown id instead of answering null. */
final class JobExecutions {

    private JobExecutions() {
    }

    static Optional<JobExecution> find(JobRepository repository, long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
    }
}
