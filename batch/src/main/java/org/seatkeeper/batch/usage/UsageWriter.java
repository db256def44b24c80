package org.seatkeeper.batch.usage;

import java.time.Clock;
import java.time.Instant;
import org.seatkeeper.batch.jobs.StepCounters;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each tenant's read (its licenses and who holds them, changed rows only) and the read's outcome on the
 * customer's link; a tenant that could not be read keeps its last licenses, gets the reason, and is listed with the
 * run's rejected records. Idempotent: writing a chunk again stores the same.
 */
final class UsageWriter implements ItemWriter<UsageRead>, StepExecutionListener {

    private final TenantLicenseRepository licenses;
    private final CustomerTenantRepository tenants;
    private final RejectedRecordRepository rejected;
    private final Clock clock;
    private StepExecution step;

    UsageWriter(TenantLicenseRepository licenses, CustomerTenantRepository tenants, RejectedRecordRepository rejected,
                Clock clock) {
        this.licenses = licenses;
        this.tenants = tenants;
        this.rejected = rejected;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
    }

    @Override
    public void write(Chunk<? extends UsageRead> chunk) {
        Instant now = clock.instant();
        long changed = 0;
        long unchanged = 0;
        for (UsageRead read : chunk) {
            long customerId = read.target().customerId();
            if (read.ok()) {
                int rows = licenses.save(customerId, read.licenses(), now);
                changed += rows;
                unchanged += read.licenses().size() - Math.min(rows, read.licenses().size());
            } else {
                rejected.record(step.getJobExecutionId(), step.getStepName(), "customer " + customerId + ", tenant "
                        + read.target().tenantId(), read.problem(), null, now);
            }
            tenants.recordRead(customerId, now, read.problem());
        }
        var context = step.getExecutionContext();
        context.putLong(StepCounters.ROWS_CHANGED, context.getLong(StepCounters.ROWS_CHANGED, 0L) + changed);
        context.putLong(StepCounters.ROWS_UNCHANGED, context.getLong(StepCounters.ROWS_UNCHANGED, 0L) + unchanged);
    }
}
