package org.seatkeeper.batch.usage;

import java.time.Clock;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.db.usage.UsageTarget;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * The license usage job, {@value #JOB_NAME}: for each customer linked to a tenant (step {@value #STEP}, chunks of
 * {@value #CHUNK} customers), its licenses through the partner's delegated access. Names are frozen: they are keys in
 * the BATCH_* tables. See README.md in this package.
 */
public final class LicenseUsageJobConfiguration {

    public static final String JOB_NAME = "licenseUsageJob";
    public static final String STEP = "readLicenseUsage";
    static final int CHUNK = 10;

    private final BatchInfrastructure batch;
    private final Database database;
    private final ConnectorFactory connectors;
    private final Clock clock;

    public LicenseUsageJobConfiguration(BatchInfrastructure batch, Database database, ConnectorFactory connectors, Clock clock) {
        this.batch = batch;
        this.database = database;
        this.connectors = connectors;
        this.clock = clock;
    }

    public void registerWith(JobRunner runner) {
        runner.register(JOB_NAME, this::licenseUsageJob);
    }

    public Job licenseUsageJob() {
        CustomerTenantRepository tenants = new CustomerTenantRepository(database.dsl());
        UsageTargetReader reader = new UsageTargetReader(tenants);
        UsageWriter writer = new UsageWriter(new TenantLicenseRepository(database.dsl()), tenants,
                new RejectedRecordRepository(database.dsl()), clock);
        return batch.jobBuilder(JOB_NAME)
                .start(new StepBuilder(STEP, batch.jobRepository())
                        .<UsageTarget, UsageRead>chunk(CHUNK)
                        .transactionManager(batch.transactionManager())
                        .reader(reader)
                        .processor(new UsageProcessor(connectors::delegatedAccess))
                        .writer(writer)
                        .listener(reader)
                        .listener(writer)
                        .build())
                .build();
    }
}
