package org.seatkeeper.app.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.jobs.LatestRun;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The nightly chain, on the settings' cron expression and time zone: every automatic provider's account sync, then,
 * once they have all completed, the steps chained with {@link #thenRun} in order (subscription sync, PSA data refresh,
 * license usage, PSA license sync, reconciliation), each after the one before completed, then what {@link #atTheEnd}
 * was given (the morning report).
 *
 * <p>A step that did not complete (failed, stopped, refused) stops the chain: nothing after it runs on a partial night,
 * but the end still runs, so the morning report says what failed and what it could not check. When a person restarts
 * the failed step and it completes, the chain goes on from there for that night (the runner tells every finished run;
 * {@link #continueAfter}); restarted account syncs go on once, when the last of the night's account syncs still
 * running has completed. Steps never restart a failed run by themselves. The night and its continuations run one at
 * a time on the chain's own thread; at shutdown ({@link JobRunner#stopRunning}) no new step starts and the end does
 * not run.
 */
public final class NightlySchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);
    /**
     * How long the night waits for the providers' account syncs; one still running then stops the chain, and its
     * completion later lets the chain go on.
     */
    static final Duration SYNC_WAIT = Duration.ofHours(2);

    private final ThreadPoolTaskScheduler scheduler;
    private final SettingsRepository settings;
    private final AccountSyncs syncs;
    private final JobRunner runner;
    private final JobHistory history;
    private final List<Step> steps = new CopyOnWriteArrayList<>();
    private final List<Runnable> end = new CopyOnWriteArrayList<>();
    private final ExecutorService chain = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nightly-chain");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean firing = new AtomicBoolean();
    /**
     * The runs the chain itself saw end while it waited for them (touched on the chain's thread only): their own
     * continuation, queued behind, has nothing to go on with.
     */
    private final Set<Long> awaitedByTheChain = new HashSet<>();
    /** The nights (with their account syncs' runs) the chain went on after an account sync (chain's thread only). */
    private final Set<String> wentOnAfter = new HashSet<>();
    private ScheduledFuture<?> scheduled;
    private String description = "not scheduled";

    /**
     * @param patience how long the night waits for the step's run before it counts as not completed
     * @param wanted   false when the step has nothing to do tonight (no PSA connected): passed over as done
     */
    private record Step(String name, String jobName, Duration patience, BooleanSupplier wanted) {
    }

    NightlySchedule(ThreadPoolTaskScheduler scheduler, SettingsRepository settings, AccountSyncs syncs, JobRunner runner,
                    JobHistory history) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.syncs = syncs;
        this.runner = runner;
        this.history = history;
        runner.whenAnyExecutionFinished(this::continueAfter);
    }

    /** Adds a step: the night's run of {@code jobName} (not per provider), after the steps added before it. */
    public NightlySchedule thenRun(String name, String jobName, Duration wait) {
        return thenRunIf(name, jobName, wait, () -> true);
    }

    /**
     * Adds a step that only some resellers have (the PSA refresh needs a connected PSA): when {@code wanted} says no
     * at its turn, the night passes over it as done, so a reseller without a PSA is still reconciled.
     */
    public NightlySchedule thenRunIf(String name, String jobName, Duration wait, BooleanSupplier wanted) {
        steps.add(new Step(name, jobName, wait, wanted));
        return this;
    }

    /** What runs when the night has ended, completed or stopped at a failed step; it should not throw. */
    public NightlySchedule atTheEnd(Runnable action) {
        end.add(action);
        return this;
    }

    public synchronized void reschedule() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        ResellerSettings current = settings.load();
        try {
            scheduled = scheduler.schedule(this::fireInBackground,
                    new CronTrigger(current.nightlyCron(), ZoneId.of(current.timeZone())));
            description = current.nightlyCron() + " (" + current.timeZone() + ")";
        } catch (RuntimeException e) {
            scheduled = null;
            description = "not scheduled: " + e.getMessage();
            LOG.error("The nightly schedule '{}' in {} cannot be used: {}", current.nightlyCron(), current.timeZone(), e.getMessage());
        }
    }

    /** A step of the night a person may start by hand: its job's name and what people call it. */
    public record ManualStep(String jobName, String name) {
    }

    /** The night's steps after the account syncs, in order, for the jobs page's "Start by hand". */
    public List<ManualStep> manualSteps() {
        return steps.stream().map(s -> new ManualStep(s.jobName(), s.name())).toList();
    }

    /**
     * A step of the night started by a person, for the night's business date, with the night's guards: refused while
     * a run of the job runs (a contract's "Sync subscriptions" included) and when the step has nothing to do (no PSA
     * connected, no tenant linked); a completed run of the day gets the next run number, a failed one is resumed.
     */
    public org.seatkeeper.batch.jobs.JobStart startByHand(String jobName, String username) {
        Step step = steps.stream().filter(s -> s.jobName().equals(jobName)).findFirst()
                .orElseThrow(() -> new JobRefusedException("There is no such job to start."));
        if (!step.wanted().getAsBoolean()) {
            throw new JobRefusedException("The " + step.name() + " has nothing to do now (the night passes over it"
                    + " too): connect the PSA, link a tenant or a license first.");
        }
        return runner.start(jobName, JobRequest.manual(null, syncs.businessDate(), username));
    }

    /** For the jobs page: the cron expression and zone in force. */
    public synchronized String description() {
        return description;
    }

    /** The night, now, on the chain's thread; returns when it has ended (tests and the cron's own thread use it). */
    public void fire() {
        try {
            chain.submit(this::night).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.error("The nightly run failed: {}", e.getCause().getMessage(), e.getCause());
        }
    }

    /** Returns once the chain has done what it was given so far (a continuation a finished run asked for, say). */
    void awaitQueuedWork() {
        try {
            chain.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The cron's start: a night that fires while the previous one is still going is skipped. */
    private void fireInBackground() {
        if (firing.compareAndSet(false, true)) {
            chain.execute(() -> {
                try {
                    night();
                } finally {
                    firing.set(false);
                }
            });
        }
    }

    /** The account syncs (in parallel, one per provider), then the chain for their business date. */
    private void night() {
        try {
            LocalDate businessDate = syncs.businessDate();
            List<Long> started = syncs.startAllScheduled();
            LOG.info("Nightly run of {}: started {} provider account sync(s)", businessDate, started.size());
            for (long executionId : started) {
                awaited(executionId, runner.awaitCompletion(executionId, SYNC_WAIT));
            }
            chainFrom(businessDate);
        } catch (RuntimeException e) {
            LOG.error("The nightly run could not go on: {}", e.getMessage(), e);
        }
    }

    /**
     * Told of every finished run (on the job's thread): a completed run of the night's chain, typically a failed step
     * a person restarted (or started again by hand, which resumes the same run), lets the chain go on for its night.
     * A run the chain itself awaited changes nothing (the chain went on already), and an account sync goes on only as
     * the last of its night's account syncs to end: while a sibling still runs, the sibling's completion goes on.
     */
    void continueAfter(long executionId) {
        if (runner.shuttingDown()) {
            return;
        }
        try {
            chain.execute(() -> {
                if (awaitedByTheChain.remove(executionId)) {
                    return;
                }
                history.find(executionId).filter(this::completedAStep).ifPresent(run ->
                        runner.nightOf(executionId).filter(night -> lastOfItsNight(run, night)).ifPresent(night -> {
                            LOG.info("{} of the night of {} completed: the nightly chain goes on", run.jobName(), night);
                            chainFrom(night);
                        }));
            });
        } catch (RuntimeException e) {
            LOG.debug("The nightly chain is closed: {}", e.getMessage());
        }
    }

    /**
     * Whether the chain goes on after the completed run: after any step; after an account sync only once none of its
     * night's account syncs runs any more, and once for those runs (two ending together both find none running: the
     * first continuation goes on, the second finds it done).
     */
    private boolean lastOfItsNight(JobRun run, LocalDate night) {
        if (!AccountSyncs.JOB_NAME.equals(run.jobName())) {
            return true;
        }
        List<LatestRun> siblings = runner.scheduledRunsOf(AccountSyncs.JOB_NAME, night);
        if (siblings.stream().anyMatch(LatestRun::running)) {
            LOG.info("{} of the night of {} completed; the chain goes on once the night's other account syncs have",
                    run.jobName(), night);
            return false;
        }
        return wentOnAfter.add(night + " " + siblings.stream().map(LatestRun::executionId).sorted().toList());
    }

    /** The chain saw the run end while it waited: the run's own continuation is passed over. */
    private void awaited(long executionId, BatchStatus status) {
        if (!status.isRunning()) {
            awaitedByTheChain.add(executionId);
        }
    }

    private boolean completedAStep(JobRun run) {
        return "COMPLETED".equals(run.status()) && (AccountSyncs.JOB_NAME.equals(run.jobName())
                || steps.stream().anyMatch(step -> step.jobName().equals(run.jobName())));
    }

    /** The steps after the account syncs, each once it is its turn, then the end; stops at one that did not complete. */
    private void chainFrom(LocalDate businessDate) {
        try {
            boolean complete = accountSyncsCompleted(businessDate);
            for (Step step : steps) {
                if (!complete || runner.shuttingDown()) {
                    break;
                }
                complete = ran(step, businessDate);
            }
        } catch (RuntimeException e) {
            LOG.error("The nightly chain of {} stopped: {}", businessDate, e.getMessage(), e);
        }
        if (!runner.shuttingDown()) {
            end.forEach(Runnable::run);
        }
    }

    private boolean accountSyncsCompleted(LocalDate businessDate) {
        List<LatestRun> runs = runner.scheduledRunsOf(AccountSyncs.JOB_NAME, businessDate);
        boolean completed = runs.stream().allMatch(LatestRun::completed);
        if (!completed) {
            LOG.warn("Nightly run of {}: an account sync did not complete; the chain stops here until it is restarted"
                    + " to completion", businessDate);
        }
        return completed;
    }

    /** True when the step's run for the night completed: already, after waiting for it, or after starting it. */
    private boolean ran(Step step, LocalDate businessDate) {
        JobRequest request = JobRequest.scheduled(null, businessDate);
        Optional<LatestRun> latest = runner.latest(step.jobName(), request);
        if (latest.isPresent() && latest.get().completed()) {
            return true;
        }
        if (latest.isEmpty() && !step.wanted().getAsBoolean()) {
            LOG.info("Nightly run of {}: no {} tonight (nothing to do)", businessDate, step.name());
            return true;
        }
        long executionId;
        if (latest.isPresent() && latest.get().running()) {
            executionId = latest.get().executionId();
        } else if (latest.isPresent()) {
            LOG.warn("Nightly run of {}: the {} did not complete ({}); the chain stops here until it is restarted to"
                    + " completion", businessDate, step.name(), latest.get().status());
            return false;
        } else {
            try {
                LOG.info("Nightly run of {}: {}", businessDate, step.name());
                // a contract's "Sync subscriptions" (or a reconciliation by hand) running now is waited for
                executionId = runner.startWhenFree(step.jobName(), request, step.patience()).executionId();
            } catch (JobRefusedException e) {
                LOG.warn("Nightly run of {}: the {} did not start: {}", businessDate, step.name(), e.getMessage());
                return false;
            }
        }
        BatchStatus status = runner.awaitCompletion(executionId, step.patience());
        awaited(executionId, status);
        LOG.info("Nightly run of {}: the {} ended {}", businessDate, step.name(), status);
        return status == BatchStatus.COMPLETED;
    }

    /** After the jobs were asked to stop: no more nights, and the chain's thread ends once its step has stopped. */
    @Override
    public void close() {
        synchronized (this) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        chain.shutdown();
        try {
            if (!chain.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("The nightly chain did not end within a minute of the jobs' stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
