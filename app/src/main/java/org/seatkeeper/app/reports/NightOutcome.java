package org.seatkeeper.app.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.seatkeeper.app.jobs.JobRow;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.psa.PsaRefreshJobConfiguration;
import org.seatkeeper.batch.psasync.PsaLicenseSyncJobConfiguration;
import org.seatkeeper.batch.usage.LicenseUsageJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;

/**
 * How last night's chain went, as the morning report tells it: one line per run of the night (its newest attempt, so a
 * failed run a person restarted to completion counts as completed), what failed, and what the report therefore could
 * not check. The chain is account syncs, then the subscription sync, then the reconciliation ({@code FeatureWiring});
 * a step that did not complete stops it, so the steps after a failure did not run at all.
 *
 * @param runs the night's runs, each its newest attempt, oldest first
 * @param failed "what failed: why" for every run of the night that failed or stopped
 * @param notChecked what the report could not check because of that, one sentence each
 * @param running some run of the night is still running
 * @param reconciled the night's reconciliation completed
 * @param restarted some run of the night had failed and was restarted to completion
 */
record NightOutcome(List<Attempts> runs, List<String> failed, List<String> notChecked, boolean running,
                    boolean reconciled, boolean restarted) {

    private static final Set<String> ENDED_BADLY = Set.of("FAILED", "STOPPED", "ABANDONED", "UNKNOWN");

    /** One run of the night: its newest attempt, and the first failure of the attempts before it, if any. */
    record Attempts(JobRun latest, JobRun firstFailed) {

        boolean completed() {
            return "COMPLETED".equals(latest.status());
        }

        boolean endedBadly() {
            return ENDED_BADLY.contains(latest.status());
        }

        boolean restartedToCompletion() {
            return completed() && firstFailed != null;
        }
    }

    /**
     * @param recent the newest runs of every job (restarts of the night's runs among them)
     * @param lastReconciledOn the business date of the newest reconciliation, whenever it ran
     */
    static NightOutcome of(List<JobRun> recent, LastNight lastNight, Optional<LocalDate> lastReconciledOn) {
        Map<Long, List<JobRun>> attemptsByRun = recent.stream().collect(Collectors.groupingBy(JobRun::instanceId));
        List<Attempts> runs = new ArrayList<>();
        for (List<JobRun> attempts : attemptsByRun.values()) {
            attempts.sort(Comparator.comparingLong(JobRun::executionId));
            // a run belongs to the night its first attempt started in: a restart may come hours later, or be a start
            // by hand of the same day, which resumes the same run
            if (lastNight.ofTheNight(attempts.get(0))) {
                JobRun latest = attempts.get(attempts.size() - 1);
                JobRun firstFailed = attempts.stream().filter(a -> a != latest && ENDED_BADLY.contains(a.status()))
                        .findFirst().orElse(null);
                runs.add(new Attempts(latest, firstFailed));
            }
        }
        runs.sort(Comparator.comparingLong(a -> a.latest().executionId()));
        List<String> failed = runs.stream().filter(Attempts::endedBadly)
                .map(a -> JobRow.of(a.latest()).title() + ": " + a.latest().exitMessage()).toList();
        boolean reconciled = completed(runs, MismatchJobConfiguration.JOB_NAME);
        return new NightOutcome(runs, failed, failed.isEmpty() ? List.of() : notChecked(runs, lastReconciledOn),
                runs.stream().anyMatch(a -> a.latest().running()), reconciled,
                runs.stream().anyMatch(Attempts::restartedToCompletion));
    }

    /** The night has ended: completed, or stopped at a step that did not complete; nothing of it is running. */
    boolean over() {
        return !running && (reconciled || !failed.isEmpty());
    }

    /** Every step completed (a restart may have completed one). */
    boolean complete() {
        return !running && reconciled && failed.isEmpty();
    }

    private static List<String> notChecked(List<Attempts> runs, Optional<LocalDate> lastReconciledOn) {
        List<String> sentences = new ArrayList<>();
        runs.stream().filter(a -> a.endedBadly()
                        && ProviderAccountSyncJobConfiguration.JOB_NAME.equals(a.latest().jobName()))
                .forEach(a -> sentences.add("New and removed accounts at " + a.latest().providerName()
                        + ": its account sync did not finish, so new tenants and accepted invitations there are missing."));
        if (!completed(runs, SubscriptionSyncJobConfiguration.JOB_NAME)) {
            sentences.add(ran(runs, SubscriptionSyncJobConfiguration.JOB_NAME)
                    ? "Subscriptions: the sync did not finish, so license changes, NCE windows and renewals are partly"
                            + " from the night before."
                    : "Subscriptions: not synced, because the night stopped before it; license changes, NCE windows"
                            + " and renewals are from the last completed sync.");
        }
        // the PSA refresh and the license usage are passed over on a night with no PSA or no tenant: said only when they ran
        if (ran(runs, PsaRefreshJobConfiguration.JOB_NAME) && !completed(runs, PsaRefreshJobConfiguration.JOB_NAME)) {
            sentences.add("PSA data: the refresh did not finish, so ConnectWise companies, agreements and products are"
                    + " partly from the last completed refresh.");
        }
        if (ran(runs, LicenseUsageJobConfiguration.JOB_NAME) && !completed(runs, LicenseUsageJobConfiguration.JOB_NAME)) {
            sentences.add("Tenant licenses: the read did not finish, so some customers' purchased and assigned counts are"
                    + " from an earlier read.");
        }
        if (ran(runs, PsaLicenseSyncJobConfiguration.JOB_NAME) && !completed(runs, PsaLicenseSyncJobConfiguration.JOB_NAME)) {
            sentences.add("PSA sync: it did not finish, so some agreement additions in ConnectWise still bill yesterday's"
                    + " quantities; restart it from the Jobs page (it finds what it wrote and never writes it twice).");
        }
        if (!completed(runs, MismatchJobConfiguration.JOB_NAME)) {
            sentences.add("License mismatches: not reconciled last night; the mismatches below are "
                    + lastReconciledOn.map(date -> "from the reconciliation of " + date + ".")
                            .orElse("from no reconciliation: none has run yet."));
        }
        return sentences;
    }

    private static boolean completed(List<Attempts> runs, String jobName) {
        return runs.stream().anyMatch(a -> jobName.equals(a.latest().jobName()) && a.completed());
    }

    private static boolean ran(List<Attempts> runs, String jobName) {
        return runs.stream().anyMatch(a -> jobName.equals(a.latest().jobName()));
    }
}
