package org.seatkeeper.batch.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * How the app starts, restarts, watches and stops jobs. Jobs run in the background; {@link #start} returns the
 * execution id at once.
 *
 * <p>Identity: a run is (job, provider, business date, run number). Starting a day again after a FAILED (or STOPPED)
 * run restarts that same job instance, which resumes where it stopped. Starting it by hand after a COMPLETED run
 * creates run number n+1 of the same day; a scheduled start after a COMPLETED run is refused. A job never runs twice
 * at once for the same provider. Once {@link #stopRunning} was called (shutdown) nothing starts any more.
 */
public final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /** How far back the nightly chain looks for a night's runs of one job (instances, newest first). */
    private static final int NIGHT_WINDOW = 500;

    private final BatchInfrastructure infrastructure;
    private final JobRepository repository;
    private final ShutdownStop shutdown = new ShutdownStop();
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
        shutdown.installIn(job); // refuses, at start-up, a job whose steps could not be stopped at shutdown
        factories.put(jobName, factory);
        infrastructure.register(job);
    }

    public synchronized JobStart start(String jobName, JobRequest request) {
        refuseWhileShuttingDown();
        Supplier<Job> factory = factory(jobName);
        refuseIfRunning(jobName, request.providerId());
        long run = lastRunNumber(jobName, request);
        JobInstance last = run == 0 ? null : repository.getJobInstance(jobName, JobParametersFor.of(request, run));
        boolean restart = false;
        if (last == null) {
            run = 1;
        } else {
            JobExecution lastExecution = repository.getLastJobExecution(last);
            BatchStatus status = lastExecution == null ? BatchStatus.FAILED : lastExecution.getStatus();
            if (status == BatchStatus.COMPLETED && request.trigger() == JobRequest.Trigger.SCHEDULED) {
                throw new JobRefusedException("This job already completed for " + request.businessDate()
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
            refuseWhileShuttingDown();
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
                if (System.nanoTime() >= deadline || !isRunning(jobName) || shutdown.requested()) {
                    throw refused;
                }
            }
        }
    }

    /**
     * Resumes a FAILED or STOPPED execution where it stopped (same job instance). Refuses in words, never with the
     * framework's text: the page may have been open while someone else restarted the run.
     */
    public synchronized JobStart restart(long executionId) {
        refuseWhileShuttingDown();
        JobExecution execution = JobExecutions.find(repository, executionId).orElseThrow(
                () -> new JobRefusedException("There is no job run #" + executionId + "."));
        Optional<JobExecution> later = repository.getJobExecutions(execution.getJobInstance()).stream()
                .filter(attempt -> attempt.getId() > executionId)
                .max(Comparator.comparingLong(JobExecution::getId));
        if (later.isPresent()) {
            throw new JobRefusedException(alreadyRestarted(executionId, later.get()));
        }
        if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
            throw new JobRefusedException(execution.isRunning()
                    ? "Run #" + executionId + " is still running: only a failed or stopped run can be restarted."
                    : "Run #" + executionId + " " + execution.getStatus().name().toLowerCase()
                            + ": only a failed or stopped run can be restarted.");
        }
        String jobName = execution.getJobInstance().getJobName();
        JobParameters parameters = execution.getJobParameters();
        refuseIfRunning(jobName, parameters.getLong(JobParametersFor.PROVIDER_ID));
        Long run = parameters.getLong(JobParametersFor.RUN);
        return new JobStart(launch(factory(jobName).get(), parameters), run == null ? 1 : run, true);
    }

    public boolean isRunning(String jobName) {
        return !repository.findRunningJobExecutions(jobName).isEmpty();
    }

    public boolean isRunning(String jobName, Long providerId) {
        return running(jobName, providerId).isPresent();
    }

    /** The newest execution of the newest run this request would start or restart, if the day has one. */
    public Optional<LatestRun> latest(String jobName, JobRequest request) {
        long run = lastRunNumber(jobName, request);
        if (run == 0) {
            return Optional.empty();
        }
        JobExecution last = repository.getLastJobExecution(
                repository.getJobInstance(jobName, JobParametersFor.of(request, run)));
        return Optional.ofNullable(last).map(e -> new LatestRun(e.getId(), e.getStatus()));
    }

    /**
     * The nightly schedule's runs of one job for one business date (one per provider for a per-provider job), each as
     * its newest execution: a failed night's run that a person restarted (or started again by hand, which resumes the
     * same run) shows how that went.
     */
    public List<LatestRun> scheduledRunsOf(String jobName, LocalDate businessDate) {
        List<LatestRun> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(jobName, 0, NIGHT_WINDOW)) {
            List<JobExecution> attempts = repository.getJobExecutions(instance);
            if (startedByTheNight(attempts, businessDate)) {
                JobExecution last = attempts.stream().max(Comparator.comparingLong(JobExecution::getId)).orElseThrow();
                runs.add(new LatestRun(last.getId(), last.getStatus()));
            }
        }
        return runs;
    }

    /**
     * The business date of the night this execution's run belongs to: its first execution was started by the nightly
     * schedule, whoever started this one. Empty for a run people started.
     */
    public Optional<LocalDate> nightOf(long executionId) {
        return JobExecutions.find(repository, executionId)
                .map(execution -> repository.getJobExecutions(execution.getJobInstance()))
                .flatMap(attempts -> attempts.stream().min(Comparator.comparingLong(JobExecution::getId)))
                .filter(first -> JobParametersFor.triggerOf(first.getJobParameters()) == JobRequest.Trigger.SCHEDULED)
                .map(first -> first.getJobParameters().getLocalDate(JobParametersFor.BUSINESS_DATE));
    }

    private static boolean startedByTheNight(List<JobExecution> attempts, LocalDate businessDate) {
        return attempts.stream().min(Comparator.comparingLong(JobExecution::getId))
                .filter(first -> businessDate.equals(first.getJobParameters().getLocalDate(JobParametersFor.BUSINESS_DATE))
                        && JobParametersFor.triggerOf(first.getJobParameters()) == JobRequest.Trigger.SCHEDULED)
                .isPresent();
    }

    /**
     * Runs the action whenever any job execution has finished (completed, failed or stopped), on the job's thread:
     * the app uses it to forget figures computed from data a job may have changed.
     */
    public void whenAnyJobFinished(Runnable action) {
        infrastructure.completions().whenAnyFinished(id -> action.run());
    }

    /** As {@link #whenAnyJobFinished}, told which execution finished; keep it short (it runs on the job's thread). */
    public void whenAnyExecutionFinished(LongConsumer action) {
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
     * forever. Call once at startup, before the scheduler: they become FAILED, saying in words what happened, so a
     * person can restart them.
     *
     * @return how many executions were recovered
     */
    public int recoverInterrupted() {
        int recovered = 0;
        for (String jobName : factories.keySet()) {
            for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
                Interruptions.markInterrupted(repository, execution);
                recovered++;
            }
        }
        return recovered;
    }

    /**
     * At shutdown: from now on no job starts (a start or restart is refused in words), and every running execution stops
     * after the chunk it is writing. It ends STOPPED, with what it committed kept, and the next start (or "Restart" on
     * the Jobs page) resumes it where it stopped. Only the job's own thread writes its execution, so the stop cannot
     * fail it (see {@link ShutdownStop}).
     *
     * @return how many executions were running when asked
     */
    public int stopRunning() {
        shutdown.request();
        int running = 0;
        for (String jobName : factories.keySet()) {
            running += repository.findRunningJobExecutions(jobName).size();
        }
        return running;
    }

    /** True once {@link #stopRunning} was called: nothing new starts. */
    public boolean shuttingDown() {
        return shutdown.requested();
    }

    private long launch(Job job, JobParameters parameters) {
        refuseWhileShuttingDown();
        JobExecution execution;
        try {
            execution = infrastructure.jobOperator().start(shutdown.installIn(job), parameters);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new JobRefusedException("This run is already running. Wait for it to finish; the jobs page shows its"
                    + " progress.");
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new JobRefusedException("This run already completed: there is nothing to restart.");
        } catch (Exception e) {
            LOG.error("The job {} with {} could not start", job.getName(), parameters, e);
            throw new JobRefusedException("The job could not start: " + ReadableMessages.of(e));
        }
        if (execution.getStartTime() == null && execution.getStatus() == BatchStatus.FAILED) {
            // the executor refused the task: it is being closed, Seatkeeper is stopping
            throw new JobRefusedException(SHUTTING_DOWN);
        }
        return execution.getId();
    }

    private static final String SHUTTING_DOWN = "Seatkeeper is shutting down: no job starts now. Start it again once"
            + " Seatkeeper is back; a stopped run resumes where it stopped.";

    private void refuseWhileShuttingDown() {
        if (shutdown.requested()) {
            throw new JobRefusedException(SHUTTING_DOWN);
        }
    }

    /** The highest run number the request's day has (0 when it has none). */
    private long lastRunNumber(String jobName, JobRequest request) {
        long run = 0;
        while (repository.getJobInstance(jobName, JobParametersFor.of(request, run + 1)) != null) {
            run++;
        }
        return run;
    }

    private Optional<JobExecution> running(String jobName, Long providerId) {
        return repository.findRunningJobExecutions(jobName).stream()
                .filter(e -> Objects.equals(providerId, e.getJobParameters().getLong(JobParametersFor.PROVIDER_ID)))
                .findFirst();
    }

    private void refuseIfRunning(String jobName, Long providerId) {
        running(jobName, providerId).ifPresent(running -> {
            throw new JobRefusedException("This job is already running" + (providerId == null ? "" : " for this provider")
                    + " (#" + running.getId() + "). Wait for it to finish; the jobs page shows its progress.");
        });
    }

    private static String alreadyRestarted(long executionId, JobExecution later) {
        String restarted = "#" + executionId + " was already restarted as #" + later.getId();
        if (later.getStatus() == BatchStatus.COMPLETED) {
            return restarted + ", which completed: nothing is left to restart.";
        }
        if (later.isRunning()) {
            return restarted + ", which is running now. The jobs page shows its progress.";
        }
        return restarted + ", which did not finish either: restart #" + later.getId() + " instead.";
    }

    private Supplier<Job> factory(String jobName) {
        Supplier<Job> factory = factories.get(jobName);
        if (factory == null) {
            throw new JobRefusedException("There is no job named " + jobName + ".");
        }
        return factory;
    }
}
