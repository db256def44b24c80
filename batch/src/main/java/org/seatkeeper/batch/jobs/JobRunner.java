package org.seatkeeper.batch.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * How the app starts, restarts and watches jobs. Jobs run in the background; {@link #start} returns the execution id
 * at once.
 *
 * <p>Identity: a run is (job, provider, business date, run number). Starting a day again after a FAILED (or STOPPED)
 * run restarts that same job instance, which resumes where it stopped. Starting it by hand after a COMPLETED run
 * creates run number n+1 of the same day; a scheduled start after a COMPLETED run is refused. A job never runs twice
 * at once for the same provider.
 */
public final class JobRunner {

    private static final int STOP_ATTEMPTS = 5;

    private final BatchInfrastructure infrastructure;
    private final JobRepository repository;
    private final Map<String, Supplier<Job>> factories = new ConcurrentHashMap<>();

    public JobRunner(BatchInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        this.repository = infrastructure.jobRepository();
    }

    /** Each start gets a fresh Job from the factory, so readers and writers never share state between runs. */
    public void register(String jobName, Supplier<Job> factory) {
        Job job = factory.get();
        if (!job.getName().equals(jobName)) {
            throw new IllegalArgumentException("The factory for " + jobName + " builds " + job.getName());
        }
        factories.put(jobName, factory);
        infrastructure.register(job);
    }

    public synchronized JobStart start(String jobName, JobRequest request) {
        Supplier<Job> factory = factory(jobName);
        refuseIfRunning(jobName, request.providerId());
        long run = 1;
        JobInstance last = null;
        for (long n = 1; ; n++) {
            JobInstance instance = repository.getJobInstance(jobName, JobParametersFor.of(request, n));
            if (instance == null) {
                break;
            }
            last = instance;
            run = n;
        }
        boolean restart = false;
        if (last != null) {
            JobExecution lastExecution = repository.getLastJobExecution(last);
            BatchStatus status = lastExecution == null ? BatchStatus.FAILED : lastExecution.getStatus();
            if (status == BatchStatus.COMPLETED && request.trigger() == JobRequest.Trigger.SCHEDULED) {
                throw new JobRefusedException(jobName + " already completed for " + request.businessDate()
                        + ". Start it by hand to run it again.");
            }
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                run++;
            } else {
                restart = true;
            }
        }
        return new JobStart(launch(factory.get(), JobParametersFor.of(request, run)), run, restart);
    }

    /**
     * Starts the job once no run of it is running, whatever that run is for: the night's subscription sync waits for a
     * clerk's "Sync subscriptions" on one contract instead of being refused (and skipped for the night), since both
     * would write the same accounts' subscriptions. Waits at most {@code timeout}, then starts or refuses as
     * {@link #start} does.
     */
    public JobStart startWhenFree(String jobName, JobRequest request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (JobExecution running : repository.findRunningJobExecutions(jobName)) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    awaitCompletion(running.getId(), Duration.ofNanos(left));
                }
            }
            try {
                return start(jobName, request);
            } catch (JobRefusedException refused) {
                // another run may have started between the wait and the start: wait for that one too, in time
                if (System.nanoTime() >= deadline || !isRunning(jobName)) {
                    throw refused;
                }
            }
        }
    }

    /** Resumes a FAILED or STOPPED execution where it stopped (same job instance). */
    public synchronized JobStart restart(long executionId) {
        JobExecution execution = JobExecutions.find(repository, executionId).orElseThrow(
                () -> new JobRefusedException("There is no job run " + executionId + "."));
        String jobName = execution.getJobInstance().getJobName();
        JobParameters parameters = execution.getJobParameters();
        refuseIfRunning(jobName, parameters.getLong(JobParametersFor.PROVIDER_ID));
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new JobRefusedException("Only a failed or stopped run can be restarted; this one is "
                    + execution.getStatus() + ".");
        }
        Long run = parameters.getLong(JobParametersFor.RUN);
        return new JobStart(launch(factory(jobName).get(), parameters), run == null ? 1 : run, true);
    }

    public boolean isRunning(String jobName) {
        return !repository.findRunningJobExecutions(jobName).isEmpty();
    }

    public boolean isRunning(String jobName, Long providerId) {
        return repository.findRunningJobExecutions(jobName).stream()
                .anyMatch(e -> Objects.equals(providerId, e.getJobParameters().getLong(JobParametersFor.PROVIDER_ID)));
    }

    /**
     * Runs the action whenever any job execution has finished (completed, failed or stopped), on the job's thread:
     * the app uses it to forget figures computed from data a job may have changed.
     */
    public void whenAnyJobFinished(Runnable action) {
        infrastructure.completions().whenAnyFinished(action);
    }

    /** Waits (bounded) until the execution has finished; returns its status, still running if the time ran out. */
    public BatchStatus awaitCompletion(long executionId, Duration timeout) {
        try {
            infrastructure.completions().await(executionId, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return repository.getJobExecution(executionId).getStatus();
    }

    /**
     * After a crash or kill, executions that were running are still marked STARTED and would block their provider
     * forever. Call once at startup, before the scheduler: they become FAILED, so they can be restarted.
     *
     * @return how many executions were recovered
     */
    public int recoverInterrupted() {
        int recovered = 0;
        for (String jobName : factories.keySet()) {
            for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
                infrastructure.jobOperator().recover(execution);
                recovered++;
            }
        }
        return recovered;
    }

    /**
     * At shutdown: asks every running execution to stop after the chunk it is writing. It ends STOPPED, with what it
     * committed kept, and the next start (or "Restart" on the Jobs page) resumes it where it stopped.
     *
     * @return how many executions were asked to stop
     */
    public int stopRunning() {
        int stopping = 0;
        for (String jobName : factories.keySet()) {
            for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
                if (stop(execution)) {
                    stopping++;
                }
            }
        }
        return stopping;
    }

    /**
     * Asks one execution to stop. A run that has just started may update its execution (STARTING to STARTED) between
     * our read and our stop, which then fails on the execution's version: read it again and ask again.
     */
    private boolean stop(JobExecution execution) {
        JobExecution current = execution;
        for (int attempt = 1; ; attempt++) {
            try {
                infrastructure.jobOperator().stop(current);
                return true;
            } catch (JobExecutionNotRunningException e) {
                return false; // it finished on its own meanwhile
            } catch (OptimisticLockingFailureException e) {
                current = repository.getJobExecution(execution.getId());
                if (current == null || !current.isRunning()) {
                    return false;
                }
                if (attempt == STOP_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private long launch(Job job, JobParameters parameters) {
        try {
            return infrastructure.jobOperator().start(job, parameters).getId();
        } catch (Exception e) {
            throw new JobRefusedException(job.getName() + " cannot start: " + e.getMessage());
        }
    }

    private void refuseIfRunning(String jobName, Long providerId) {
        if (isRunning(jobName, providerId)) {
            throw new JobRefusedException(jobName + " is already running"
                    + (providerId == null ? "" : " for provider " + providerId)
                    + ". Wait for it to finish; the jobs page shows its progress.");
        }
    }

    private Supplier<Job> factory(String jobName) {
        Supplier<Job> factory = factories.get(jobName);
        if (factory == null) {
            throw new JobRefusedException("There is no job named " + jobName + ".");
        }
        return factory;
    }
}
