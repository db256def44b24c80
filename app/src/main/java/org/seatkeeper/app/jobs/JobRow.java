package org.seatkeeper.app.jobs;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;

/**
 * One job run as the jobs, run and provider pages show it.
 *
 * @param contract "contract #12" for a contract's "Sync subscriptions" (shown after the job, linked), else empty
 * @param percent 0..100, or -1 while the total is unknown (the bar then shows activity only)
 * @param status "superseded" for a failed or stopped run that a restart completed, else the run's own status
 * @param message why it failed or stopped, in words; empty otherwise
 * @param restartedAs "#13" when a later execution restarted this run (linked to {@code restartedAsHref}), else empty
 * @param restartOutcome what the page says after it: ", which completed." for a superseded run, else "."
 * @param rejected the records the run rejected (kept with their reasons on the run's page), or skipped if more
 */
public record JobRow(long id, String job, String provider, String contract, String contractHref, String businessDate,
                     long run, String status, String statusKind, String started, String duration, long read,
                     long written, long unchanged, long skipped, int percent, String progress, boolean running,
                     boolean restartable, String message, String restartedAs, String restartedAsHref,
                     String restartOutcome, long rejected) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public static JobRow of(JobRun r) {
        return of(r, 0, "");
    }

    /**
     * @param rejectedRecords the records this execution rejected
     * @param fetching        what its reader is fetching now ("customers page 3 (150 accounts read so far)"), or ""
     */
    public static JobRow of(JobRun r, int rejectedRecords, String fetching) {
        Integer percent = r.progress().percent();
        String progress = "";
        if (r.running() && !fetching.isEmpty()) {
            progress = (r.providerName() == null ? "" : r.providerName() + ": ") + fetching
                    + (percent != null ? " · " + percent + "%" : "");
        } else if (r.running()) {
            progress = (percent != null ? percent + "% · " : "") + r.read() + " read"
                    + (r.progress().pages() > 0 ? ", " + r.progress().pages() + " pages" : "");
        }
        return new JobRow(r.executionId(), label(r.jobName()), r.providerName() == null ? "" : r.providerName(),
                r.contractId() == null ? "" : "contract #" + r.contractId(),
                r.contractId() == null ? "" : "/contracts/" + r.contractId(),
                r.businessDate() == null ? "" : r.businessDate().toString(), r.run(),
                r.superseded() ? "superseded" : r.status().toLowerCase(), r.superseded() ? "muted" : kind(r.status()),
                r.startedAt() == null ? "not started" : TIME.format(r.startedAt()), format(r.duration()), r.read(),
                r.written(), r.unchanged(), r.skipped(), percent == null ? -1 : percent, progress, r.running(),
                r.restartable(), r.exitMessage() == null ? "" : r.exitMessage(),
                r.restartedAs() == null ? "" : "#" + r.restartedAs(),
                r.restartedAs() == null ? "" : "/jobs/" + r.restartedAs(), r.superseded() ? ", which completed." : ".",
                Math.max(r.skipped(), rejectedRecords));
    }

    /** A person's name for a job; unknown jobs keep their technical name. */
    public static String label(String jobName) {
        return switch (jobName) {
            case ProviderAccountSyncJobConfiguration.JOB_NAME -> "Provider account sync";
            case SubscriptionSyncJobConfiguration.JOB_NAME -> "Subscription sync";
            case MismatchJobConfiguration.JOB_NAME -> "License reconciliation";
            case PsaRefreshJobConfiguration.JOB_NAME -> "PSA data refresh";
            case LicenseUsageJobConfiguration.JOB_NAME -> "License usage";
            case PsaLicenseSyncJobConfiguration.JOB_NAME -> "PSA license sync";
            default -> jobName;
        };
    }

    /** What the run was, in one line: "Subscription sync — contract #12", "Provider account sync · Partner Center". */
    public String title() {
        return job + (contract.isEmpty() ? "" : " — " + contract) + (provider.isEmpty() ? "" : " · " + provider);
    }

    /** For the dashboard line: "120 read, 3 written, 2 rejected". */
    public String counts() {
        return read + " read, " + written + " written, " + rejected + " rejected";
    }

    private static String kind(String status) {
        return switch (status) {
            case "COMPLETED" -> "ok";
            case "FAILED", "ABANDONED" -> "bad";
            case "STOPPED", "STOPPING", "UNKNOWN" -> "warn";
            default -> "info";
        };
    }

    static String format(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 1) {
            return d.toMillis() + " ms";
        }
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
