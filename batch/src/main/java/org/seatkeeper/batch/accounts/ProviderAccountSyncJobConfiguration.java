package org.seatkeeper.batch.accounts;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.accounts.NewAccountNotifications;
import org.seatkeeper.db.accounts.ProviderAccountSyncRepository;
import org.seatkeeper.db.accounts.SyncedAccount;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.mail.OutboxRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * The provider account sync: {@value #JOB_NAME}, step {@value #SYNC_STEP} (chunked: read pages, map, upsert) then
 * {@value #FINISH_STEP} (inactive accounts, the run's mail). Names are frozen: they are keys in the BATCH_* tables.
 * Each call of {@link #providerAccountSyncJob()} builds a fresh job, so concurrent runs (one per provider) share no
 * reader or writer state. See README.md in this package.
 */
public final class ProviderAccountSyncJobConfiguration {

    public static final String JOB_NAME = "providerAccountSyncJob";
    public static final String SYNC_STEP = "syncProviderAccounts";
    public static final String FINISH_STEP = "finishProviderAccountSync";

    private final BatchInfrastructure batch;
    private final Database database;
    private final ConnectorFactory connectors;
    private final SyncSettings settings;
    private final Clock clock;
    private final List<NewAccountsListener> listeners = new CopyOnWriteArrayList<>();

    public ProviderAccountSyncJobConfiguration(BatchInfrastructure batch, Database database,
                                               ConnectorFactory connectors, SyncSettings settings, Clock clock) {
        this.batch = batch;
        this.database = database;
        this.connectors = connectors;
        this.settings = settings;
        this.clock = clock;
    }

    /** Registers the job with the runner: {@code runner.start(JOB_NAME, JobRequest...)} then runs it. */
    public void registerWith(JobRunner runner) {
        runner.register(JOB_NAME, this::providerAccountSyncJob);
    }

    /** Called with the accounts each chunk created (e.g. to accept pending invitations). */
    public void addNewAccountsListener(NewAccountsListener listener) {
        listeners.add(listener);
    }

    public Job providerAccountSyncJob() {
        return batch.jobBuilder(JOB_NAME)
                .start(syncStep())
                .next(finishStep())
                .build();
    }

    private Step syncStep() {
        ProviderAccountSyncRepository accounts = new ProviderAccountSyncRepository(database.dsl());
        ProviderAccountReader reader = new ProviderAccountReader(connectors::create, batch.liveProgress());
        ProviderAccountWriter writer = new ProviderAccountWriter(accounts, new NewAccountNotifications(database.dsl()),
                listeners, clock);
        RejectedAccountListener rejected = new RejectedAccountListener(new RejectedRecordRepository(database.dsl()),
                clock);
        return new StepBuilder(SYNC_STEP, batch.jobRepository())
                .<AccountItem, SyncedAccount>chunk(settings.chunkSize())
                .transactionManager(batch.transactionManager())
                .reader(reader)
                .processor(new ProviderAccountProcessor())
                .writer(writer)
                .faultTolerant()
                .skip(RejectedAccountException.class)
                .skipLimit(settings.skipLimit())
                .skipListener(rejected)
                .listener(reader)
                .listener(writer)
                .listener(rejected)
                .build();
    }

    private Step finishStep() {
        return new StepBuilder(FINISH_STEP, batch.jobRepository())
                .tasklet(new FinishAccountSyncTasklet(new ProviderAccountSyncRepository(database.dsl()),
                        new ProviderRepository(database.dsl()), new SettingsRepository(database.dsl()),
                        new OutboxRepository(database.dsl()), clock,
                        new org.seatkeeper.db.accounts.InactiveAccountNotifications(database.dsl())),
                        batch.transactionManager())
                .build();
    }
}
