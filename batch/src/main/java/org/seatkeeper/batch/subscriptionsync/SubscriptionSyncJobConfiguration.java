package org.seatkeeper.batch.subscriptionsync;

import java.time.Clock;
import org.jooq.exception.DataException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.subscriptionsync.HeldSubscriptionRepository;
import org.seatkeeper.db.subscriptionsync.LicenseChangeBulkInsert;
import org.seatkeeper.db.subscriptionsync.SubscriptionBulkInsert;
import org.seatkeeper.db.subscriptionsync.SubscriptionSyncRepository;
import org.seatkeeper.db.subscriptionsync.SyncAccountQuery;
import org.seatkeeper.db.subscriptionsync.SyncContracts;
import org.seatkeeper.db.subscriptionsync.SyncLookup;
import org.seatkeeper.db.subscriptionsync.SyncProducts;
import org.seatkeeper.db.subscriptionsync.UnreadableSubscriptionRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * The subscription sync: {@value #JOB_NAME}, one chunked step {@value #SYNC_STEP} over provider accounts read by
 * {@value MappedAccountReader#NAME}. Names are frozen: they are keys in the BATCH_* tables. Each call of
 * {@link #subscriptionSyncJob()} builds a fresh job, so concurrent runs share no reader or writer state.
 * See README.md in this package.
 */
public final class SubscriptionSyncJobConfiguration {

    public static final String JOB_NAME = "subscriptionSyncJob";
    public static final String SYNC_STEP = "syncSubscriptions";

    private final BatchInfrastructure batch;
    private final Database database;
    private final ConnectorFactory connectors;
    private final SubscriptionSyncSettings settings;
    private final Clock clock;

    public SubscriptionSyncJobConfiguration(BatchInfrastructure batch, Database database, ConnectorFactory connectors,
                                            SubscriptionSyncSettings settings, Clock clock) {
        this.batch = batch;
        this.database = database;
        this.connectors = connectors;
        this.settings = settings;
        this.clock = clock;
    }

    /** Registers the job with the runner: {@code runner.start(JOB_NAME, JobRequest...)} then runs it. */
    public void registerWith(JobRunner runner) {
        runner.register(JOB_NAME, this::subscriptionSyncJob);
    }

    public Job subscriptionSyncJob() {
        return batch.jobBuilder(JOB_NAME)
                .start(syncStep())
                .build();
    }

    private Step syncStep() {
        var dsl = database.dsl();
        MappedAccountReader reader = new MappedAccountReader(new SyncAccountQuery(dsl), connectors::create, settings,
                batch.liveProgress());
        RejectedRecordRepository rejectedRecords = new RejectedRecordRepository(dsl);
        SubscriptionSyncWriter writer = new SubscriptionSyncWriter(new SyncLookup(dsl),
                new SubscriptionSyncWriter.Catalog(new ProductRepository(dsl, clock), new SyncProducts(dsl),
                        new PriceRuleRepository(dsl, clock)), new SyncContracts(dsl, clock),
                new SubscriptionSyncWriter.SubscriptionStore(new SubscriptionBulkInsert(dsl),
                        new SubscriptionSyncRepository(dsl), new LicenseChangeBulkInsert(dsl),
                        new HeldSubscriptionRepository(dsl), new UnreadableSubscriptionRepository(dsl)),
                rejectedRecords, clock);
        RejectedAccountListener rejected = new RejectedAccountListener(rejectedRecords, clock);
        return new StepBuilder(SYNC_STEP, batch.jobRepository())
                .<AccountSubscriptions, AccountSync>chunk(settings.chunkSize())
                .transactionManager(batch.transactionManager())
                .reader(reader)
                .processor(new SubscriptionSyncProcessor())
                .writer(writer)
                .faultTolerant()
                .skip(RejectedAccountSubscriptionsException.class)
                .skip(IntegrityConstraintViolationException.class)
                .skip(DataException.class)
                .skipLimit(settings.skipLimit())
                .skipListener(rejected)
                .listener(reader)
                .listener(writer)
                .listener(rejected)
                .build();
    }
}
