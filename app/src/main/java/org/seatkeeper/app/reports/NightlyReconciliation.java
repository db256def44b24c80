package org.seatkeeper.app.reports;

import java.time.LocalDate;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;

/**
 * The step the nightly schedule runs after the syncs: the reconciliation of the business date, then the morning
 * report if its time has come (otherwise the report's own timer sends it at the configured time).
 */
public final class NightlyReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyReconciliation.class);

    private final MismatchRun mismatch;
    private final MorningReports reports;

    NightlyReconciliation(MismatchRun mismatch, MorningReports reports) {
        this.mismatch = mismatch;
        this.reports = reports;
    }

    /** Blocks until the reconciliation ended (bounded); never throws, so the rest of the night goes on. */
    public BatchStatus runAfterSyncs(LocalDate businessDate) {
        BatchStatus status;
        try {
            status = mismatch.runFor(businessDate);
        } catch (RuntimeException e) {
            LOG.error("The nightly reconciliation of {} did not run: {}", businessDate, e.getMessage());
            status = BatchStatus.FAILED;
        }
        reports.sendIfDue();
        return status;
    }
}
