package org.seatkeeper.batch.psasync;

import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobParametersFor;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.psa.LinkAdditions;
import org.seatkeeper.batch.psa.PsaClients;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.notifications.NotificationRepository;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.usage.LicenseSubscriptionRepository;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.providers.connectwise.ConnectWiseClient;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The daily PSA sync, {@value #JOB_NAME}: step {@value #STEP} goes through the agreements that have license links (or
 * the record of a removed one), {@value #CHUNK} per chunk; per agreement one read of its live additions, then only
 * the writes {@link SyncPlanner} finds needed. A run for one customer or one link ("Sync now") carries
 * {@value #CUSTOMER_ID} or {@value #LINK_ID}. Names are frozen: they are keys in the BATCH_* tables. See README.md.
 */
public final class PsaLicenseSyncJobConfiguration {

    public static final String JOB_NAME = "psaLicenseSyncJob";
    public static final String STEP = "syncPsaAdditions";
    public static final String CUSTOMER_ID = "customerId";
    public static final String LINK_ID = "linkId";
    static final int CHUNK = 5;

    private final BatchInfrastructure batch;
    private final Database database;
    private final PsaClients clients;
    private final Clock clock;

    public PsaLicenseSyncJobConfiguration(BatchInfrastructure batch, Database database, PsaClients clients, Clock clock) {
        this.batch = batch;
        this.database = database;
        this.clients = clients;
        this.clock = clock;
    }

    public void registerWith(JobRunner runner) {
        runner.register(JOB_NAME, this::psaLicenseSyncJob);
    }

    /** What a run plans with; the Preview page plans with the same. */
    public AgreementSyncs syncs() {
        return syncs(database, clock);
    }

    public static AgreementSyncs syncs(Database database, Clock clock) {
        var dsl = database.dsl();
        SkuMappingRepository mappings = new SkuMappingRepository(dsl);
        return new AgreementSyncs(new LinkAdditionRepository(dsl), new LicenseLinkRepository(dsl),
                new TenantLicenseRepository(dsl), new BillingProfileRepository(dsl), new PsaDataRepository(dsl),
                new CustomerRepository(dsl), new LinkAdditions(new LicenseSubscriptionRepository(dsl), mappings,
                new TenantLicenseRepository(dsl)), clock);
    }

    public Job psaLicenseSyncJob() {
        LinkAdditionRepository records = new LinkAdditionRepository(database.dsl());
        AgreementReader reader = new AgreementReader(records);
        AgreementSyncs syncs = syncs();
        ClientHolder client = new ClientHolder(clients);
        ScopedProcessor processor = new ScopedProcessor(syncs, client);
        SyncWriter writer = new SyncWriter(client::get, records, new NotificationRepository(database.dsl()),
                new RejectedRecordRepository(database.dsl()), clock);
        return batch.jobBuilder(JOB_NAME)
                .start(new StepBuilder(STEP, batch.jobRepository())
                        .<Long, AgreementSyncs.AgreementPlan>chunk(CHUNK)
                        .transactionManager(batch.transactionManager())
                        .reader(reader)
                        .processor(processor)
                        .writer(writer)
                        .listener(reader)
                        .listener(processor)
                        .listener(writer)
                        .build())
                .build();
    }

    static AgreementSyncs.Scope scope(JobParameters parameters) {
        return new AgreementSyncs.Scope(parameters.getLong(CUSTOMER_ID), parameters.getLong(LINK_ID));
    }

    /** One client per run, built from the connection as stored when the run needs it first. */
    private static final class ClientHolder {
        private final PsaClients clients;
        private ConnectWiseClient client;

        ClientHolder(PsaClients clients) {
            this.clients = clients;
        }

        synchronized ConnectWiseClient get() {
            if (client == null) {
                client = clients.client();
            }
            return client;
        }
    }

    /** Plans each agreement for the run's scope and business date. */
    private static final class ScopedProcessor implements ItemProcessor<Long, AgreementSyncs.AgreementPlan>,
            org.springframework.batch.core.listener.StepExecutionListener {
        private final AgreementSyncs syncs;
        private final ClientHolder client;
        private AgreementSyncs.Scope scope = AgreementSyncs.Scope.ALL;
        private LocalDate today;

        ScopedProcessor(AgreementSyncs syncs, ClientHolder client) {
            this.syncs = syncs;
            this.client = client;
        }

        @Override
        public void beforeStep(org.springframework.batch.core.step.StepExecution stepExecution) {
            scope = scope(stepExecution.getJobParameters());
            today = stepExecution.getJobParameters().getLocalDate(JobParametersFor.BUSINESS_DATE);
        }

        @Override
        public AgreementSyncs.AgreementPlan process(Long agreementId) {
            return syncs.plan(client.get(), agreementId, scope, today);
        }
    }
}
