package org.seatkeeper.app.notifications;

import java.time.Clock;
import java.util.function.LongFunction;
import java.util.Optional;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A notification for every job run that fails (the nightly chain stops at it until someone restarts it), one per
 * run. Told of every finished execution by the job runner, on the job's thread.
 */
public final class FailedJobNotices {

    public static final String KIND = "JOB_FAILED";
    private static final Logger LOG = LoggerFactory.getLogger(FailedJobNotices.class);

    private final NotificationRepository notifications;
    private final LongFunction<Optional<JobRun>> runs;
    private final java.util.function.Function<JobRun, String> title;
    private final Clock clock;

    /**
     * @param runs  finds a run by execution id
     * @param title what people call a run ("Subscription sync · Partner Center")
     */
    public FailedJobNotices(NotificationRepository notifications, LongFunction<Optional<JobRun>> runs,
                            java.util.function.Function<JobRun, String> title, Clock clock) {
        this.notifications = notifications;
        this.runs = runs;
        this.title = title;
        this.clock = clock;
    }

    public void afterRun(long executionId) {
        try {
            runs.apply(executionId).filter(r -> "FAILED".equals(r.status())).ifPresent(r ->
                    notifications.raiseOnce(KIND, "JOB_EXECUTION", executionId, "Job failed: " + title.apply(r),
                            (r.exitMessage() == null || r.exitMessage().isBlank() ? "The run failed." : r.exitMessage())
                                    + " Restart it on its page once the cause is fixed.",
                            "/jobs/" + executionId, clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("No notification for the failed run #{}: {}", executionId, e.getMessage());
        }
    }
}
