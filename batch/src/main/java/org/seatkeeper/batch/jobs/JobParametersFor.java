package org.seatkeeper.batch.jobs;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The job parameter names every Seatkeeper job uses; jobs read them back with these constants. */
public final class JobParametersFor {

    public static final String PROVIDER_ID = "providerId";
    /** Only a contract's "Sync subscriptions" has it (identifying); the jobs history reads it to name the contract. */
    public static final String CONTRACT_ID = "contractId";
    public static final String BUSINESS_DATE = "businessDate";
    public static final String RUN = "run";
    public static final String REQUESTED_BY = "requestedBy";
    /** SCHEDULED or MANUAL ({@link JobRequest.Trigger}), so the morning report can tell the night from people's runs. */
    public static final String TRIGGER = "trigger";

    private JobParametersFor() {
    }

    /** (providerId, businessDate, run) identify the job instance; who asked, and how, does not. */
    static JobParameters of(JobRequest request, long run) {
        JobParametersBuilder builder = new JobParametersBuilder();
        if (request.providerId() != null) {
            builder.addLong(PROVIDER_ID, request.providerId(), true);
        }
        return builder.addLocalDate(BUSINESS_DATE, request.businessDate(), true)
                .addLong(RUN, run, true)
                .addString(REQUESTED_BY, request.requestedBy(), false)
                .addString(TRIGGER, request.trigger().name(), false)
                .toJobParameters();
    }

    /**
     * How a run was started. Runs recorded before {@link #TRIGGER} existed have only {@link #REQUESTED_BY}, which
     * {@link JobRequest#scheduled} sets to "scheduler".
     */
    static JobRequest.Trigger triggerOf(JobParameters parameters) {
        String trigger = parameters.getString(TRIGGER);
        if (trigger != null) {
            return JobRequest.Trigger.valueOf(trigger);
        }
        return JobRequest.SCHEDULER.equals(parameters.getString(REQUESTED_BY))
                ? JobRequest.Trigger.SCHEDULED : JobRequest.Trigger.MANUAL;
    }
}
