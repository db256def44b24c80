package org.seatkeeper.app.jobs;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The nightly run on the settings' cron expression and time zone: every automatic provider's account sync, then,
 * once they have all ended, the steps chained with {@link #thenRun} in order (subscription sync, reconciliation and
 * the morning report). {@link #reschedule()} is called when the settings change. A run that fires while the previous
 * one is still going is skipped; the job runner itself refuses a second run of the same provider's sync.
 */
public final class NightlySchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    private final ThreadPoolTaskScheduler scheduler;
    private final SettingsRepository settings;
    private final AccountSyncs syncs;
    private final JobRunner runner;
    private final List<Step> after = new CopyOnWriteArrayList<>();
    private final AtomicBoolean firing = new AtomicBoolean();
    private ScheduledFuture<?> scheduled;
    private String description = "not scheduled";

    /** One step of the night after the account syncs; it should not throw, so the rest of the night goes on. */
    public interface NightlyStep {
        void run(LocalDate businessDate);
    }

    private record Step(String name, NightlyStep step) {
    }

    /** How long the night waits for one provider's account sync before going on without it. */
    static final Duration SYNC_WAIT = Duration.ofHours(2);

    NightlySchedule(ThreadPoolTaskScheduler scheduler, SettingsRepository settings, AccountSyncs syncs, JobRunner runner) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.syncs = syncs;
        this.runner = runner;
    }

    /** Adds a step that runs after the account syncs and the steps added before it. */
    public NightlySchedule thenRun(String name, NightlyStep step) {
        after.add(new Step(name, step));
        return this;
    }

    public synchronized void reschedule() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        ResellerSettings current = settings.load();
        try {
            scheduled = scheduler.schedule(this::fire, new CronTrigger(current.nightlyCron(), ZoneId.of(current.timeZone())));
            description = current.nightlyCron() + " (" + current.timeZone() + ")";
        } catch (RuntimeException e) {
            scheduled = null;
            description = "not scheduled: " + e.getMessage();
            LOG.error("The nightly schedule '{}' in {} cannot be used: {}", current.nightlyCron(), current.timeZone(), e.getMessage());
        }
    }

    /** For the jobs page: the cron expression and zone in force. */
    public synchronized String description() {
        return description;
    }

    /** The night: account syncs (in parallel, one per provider), then each chained step in order. */
    void fire() {
        if (!firing.compareAndSet(false, true)) {
            return;
        }
        try {
            LocalDate businessDate = syncs.businessDate();
            List<Long> started = syncs.startAllScheduled();
            LOG.info("Nightly run of {}: started {} provider account sync(s)", businessDate, started.size());
            for (long executionId : started) {
                runner.awaitCompletion(executionId, SYNC_WAIT);
            }
            for (Step step : after) {
                try {
                    LOG.info("Nightly run of {}: {}", businessDate, step.name());
                    step.step().run(businessDate);
                } catch (RuntimeException e) {
                    LOG.error("Nightly step '{}' failed: {}", step.name(), e.getMessage(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("The nightly run could not start its jobs: {}", e.getMessage(), e);
        } finally {
            firing.set(false);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
