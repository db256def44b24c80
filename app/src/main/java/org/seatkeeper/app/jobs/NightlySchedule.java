package org.seatkeeper.app.jobs;

import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.seatkeeper.db.settings.ResellerSettings;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The nightly run on the settings' cron expression and time zone. {@link #reschedule()} is called when the settings
 * change. A run that fires while the previous one is still starting is skipped; the job runner itself refuses a second
 * run of the same provider's sync while one is running.
 */
public final class NightlySchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySchedule.class);

    private final ThreadPoolTaskScheduler scheduler;
    private final SettingsRepository settings;
    private final AccountSyncs syncs;
    private final AtomicBoolean firing = new AtomicBoolean();
    private ScheduledFuture<?> scheduled;
    private String description = "not scheduled";

    NightlySchedule(ThreadPoolTaskScheduler scheduler, SettingsRepository settings, AccountSyncs syncs) {
        this.scheduler = scheduler;
        this.settings = settings;
        this.syncs = syncs;
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

    void fire() {
        if (!firing.compareAndSet(false, true)) {
            return;
        }
        try {
            LOG.info("Nightly run: started {} provider account sync(s)", syncs.startAllScheduled().size());
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
