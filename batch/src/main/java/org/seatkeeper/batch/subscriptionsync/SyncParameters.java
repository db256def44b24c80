package org.seatkeeper.batch.subscriptionsync;

import java.time.LocalDate;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.db.subscriptionsync.SyncScope;
import org.springframework.batch.core.job.parameters.JobParameters;

/** The subscription sync's job parameters: the shared ones plus the optional contract scope. */
final class SyncParameters {

    /** Identifying: a contract's "Sync subscriptions" is its own job instance, apart from the nightly run. */
    static final String CONTRACT_ID = JobParametersFor.CONTRACT_ID;

    private SyncParameters() {
    }

    static SyncScope scopeOf(JobParameters parameters) {
        return new SyncScope(parameters.getLong(JobParametersFor.PROVIDER_ID), parameters.getLong(CONTRACT_ID));
    }

    static LocalDate businessDate(JobParameters parameters) {
        return parameters.getLocalDate(JobParametersFor.BUSINESS_DATE);
    }
}
