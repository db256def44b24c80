package org.seatkeeper.batch.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.seatkeeper.db.jobs.RejectedRecord;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The jobs page's read model, over Spring Batch's own repository API plus the rejected records of each run. */
public final class JobHistory {

    private final JobRepository repository;
    private final ProviderRepository providers;
    private final RejectedRecordRepository rejected;
    private final java.time.Clock clock;
    private final LiveProgress live;

    public JobHistory(JobRepository repository, ProviderRepository providers, RejectedRecordRepository rejected,
                      java.time.Clock clock) {
        this(repository, providers, rejected, clock, new LiveProgress());
    }

    /** @param live what the running jobs' readers are fetching now ({@link BatchInfrastructure#liveProgress()}) */
    public JobHistory(JobRepository repository, ProviderRepository providers, RejectedRecordRepository rejected,
                      java.time.Clock clock, LiveProgress live) {
        this.live = live;
        this.repository = repository;
        this.providers = providers;
        this.rejected = rejected;
        this.clock = clock;
    }

    /** The latest executions of every job, newest first. */
    public List<JobRun> recent(int limit) {
        List<JobRun> runs = new ArrayList<>();
        for (String jobName : repository.getJobNames()) {
            runs.addAll(recent(jobName, null, limit));
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.subList(0, Math.min(limit, runs.size()));
    }

    /** The latest executions of one job, optionally for one provider only, newest first. */
    public List<JobRun> recent(String jobName, Long providerId, int limit) {
        List<JobRun> runs = new ArrayList<>();
        int window = providerId == null ? limit : Math.min(500, limit * 10);
        for (JobInstance instance : repository.getJobInstances(jobName, 0, window)) {
            List<JobExecution> attempts = repository.getJobExecutions(instance);
            for (JobExecution execution : attempts) {
                Long provider = execution.getJobParameters().getLong(JobParametersFor.PROVIDER_ID);
                if (providerId == null || providerId.equals(provider)) {
                    runs.add(toRun(execution, attempts));
                }
            }
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.subList(0, Math.min(limit, runs.size()));
    }

    public Optional<JobRun> find(long executionId) {
        return JobExecutions.find(repository, executionId)
                .map(execution -> toRun(execution, repository.getJobExecutions(execution.getJobInstance())));
    }

    /** What a running execution's reader is fetching right now, in words; empty when it has not said. */
    public java.util.Optional<String> fetching(long executionId) {
        return live.of(executionId);
    }

    /** How many records each of these executions rejected (an execution without any is left out). */
    public java.util.Map<Long, Integer> rejectedCounts(java.util.Collection<Long> executionIds) {
        return rejected.countsByExecution(executionIds);
    }

    /** What every attempt of this execution's run skipped, with the reasons. */
    public List<RejectedRecord> rejected(long executionId) {
        JobExecution execution = JobExecutions.find(repository, executionId).orElse(null);
        if (execution == null) {
            return List.of();
        }
        List<Long> attempts = repository.getJobExecutions(execution.getJobInstance()).stream()
                .map(JobExecution::getId).toList();
        return rejected.byExecutions(attempts);
    }

    /** @param attempts every execution of the execution's run (job instance): a later one restarted it */
    private JobRun toRun(JobExecution execution, List<JobExecution> attempts) {
        JobParameters parameters = execution.getJobParameters();
        Long providerId = parameters.getLong(JobParametersFor.PROVIDER_ID);
        String providerName = providerId == null ? null
                : providers.find(providerId).map(Provider::name).orElse("provider " + providerId);
        long read = 0;
        long written = 0;
        long unchanged = 0;
        long skipped = 0;
        long pages = 0;
        Long total = null;
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            read += step.getReadCount();
            skipped += step.getSkipCount();
            written += context.containsKey(StepCounters.ROWS_CHANGED)
                    ? context.getLong(StepCounters.ROWS_CHANGED) : step.getWriteCount();
            unchanged += context.getLong(StepCounters.ROWS_UNCHANGED, 0L);
            pages += context.getLong(StepCounters.PROGRESS_PAGES, 0L);
            if (context.containsKey(StepCounters.PROGRESS_TOTAL)) {
                total = context.getLong(StepCounters.PROGRESS_TOTAL);
            }
        }
        Instant start = instant(execution.getStartTime());
        Instant end = instant(execution.getEndTime());
        Duration duration = start == null ? Duration.ZERO : Duration.between(start, end != null ? end : clock.instant());
        Long run = parameters.getLong(JobParametersFor.RUN);
        Long restartedAs = attempts.stream().map(JobExecution::getId).filter(id -> id > execution.getId())
                .min(Long::compare).orElse(null);
        boolean superseded = attempts.stream().anyMatch(attempt -> attempt.getId() > execution.getId()
                && attempt.getStatus() == BatchStatus.COMPLETED);
        return new JobRun(execution.getId(), execution.getJobInstanceId(), execution.getJobInstance().getJobName(),
                providerId, providerName, parameters.getLong(JobParametersFor.CONTRACT_ID),
                JobParametersFor.triggerOf(parameters), parameters.getString(JobParametersFor.REQUESTED_BY),
                parameters.getLocalDate(JobParametersFor.BUSINESS_DATE),
                run == null ? 1 : run, execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                RunMessages.of(execution), start, end, duration, read, written, unchanged, skipped,
                new JobProgress(read, total, pages), restartedAs, superseded);
    }

    /** Spring Batch stores local date-times in the JVM's zone. */
    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
