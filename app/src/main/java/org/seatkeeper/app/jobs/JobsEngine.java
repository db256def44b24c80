package org.seatkeeper.app.jobs;

import java.time.Clock;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.batch.accounts.NewAccountsListener;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.accounts.SyncSettings;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The batch side of the app: one job repository, runner and history per process, the connector factory the provider
 * pages and jobs share, and the registered jobs. Closing it stops the batch task executor.
 */
public final class JobsEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobsEngine.class);
    /** One sync per provider may run side by side; more would only queue on the providers' rate limits. */
    private static final int MAX_CONCURRENT_JOBS = 4;

    private final BatchInfrastructure batch;
    private final JobRunner runner;
    private final JobHistory history;
    private final ConnectorFactory connectors;
    private final CredentialsCodec credentials;
    private final AccountSyncs syncs;
    private final ProviderAccountSyncJobConfiguration accountSync;
    private volatile NightlySchedule nightly;

    private JobsEngine(AppContext app) {
        Database database = app.database();
        Clock clock = app.clock();
        CredentialsCodec credentials = new CredentialsCodec(app.secrets());
        ProviderRepository providers = new ProviderRepository(database.dsl());
        this.credentials = credentials;
        this.batch = new BatchInfrastructure(database.dataSource(), database.transactionManager(), MAX_CONCURRENT_JOBS);
        this.runner = new JobRunner(batch);
        this.connectors = new ConnectorFactory(providers, credentials, database.transactionManager(), null, clock);
        this.history = new JobHistory(batch.jobRepository(), providers, new RejectedRecordRepository(database.dsl()), clock,
                batch.liveProgress());
        this.accountSync = new ProviderAccountSyncJobConfiguration(batch, database, connectors, SyncSettings.defaults(), clock);
        accountSync.registerWith(runner);
        this.syncs = new AccountSyncs(runner, providers, new SettingsRepository(database.dsl()), app.audit(),
                database.transactions(), clock);
    }

    /**
     * Marks runs a crash or kill left "running" as failed, so they can be restarted. Called once at start-up after
     * every feature has registered its job with {@link #runner()} (the runner only recovers jobs it knows).
     */
    public void recoverInterrupted() {
        int recovered = runner.recoverInterrupted();
        if (recovered > 0) {
            LOG.warn("{} job run(s) were interrupted by the last shutdown; they are marked failed and can be restarted", recovered);
        }
    }

    /** The one job infrastructure (repository, executor) every feature's jobs run on. */
    public BatchInfrastructure batch() {
        return batch;
    }

    static JobsEngine start(AppContext app) {
        return new JobsEngine(app);
    }

    /** Features that react to accounts a sync sees for the first time (e.g. an invitation becoming accepted). */
    public void addNewAccountsListener(NewAccountsListener listener) {
        accountSync.addNewAccountsListener(listener);
    }

    public AccountSyncs syncs() {
        return syncs;
    }

    public JobRunner runner() {
        return runner;
    }

    public JobHistory history() {
        return history;
    }

    public ConnectorFactory connectors() {
        return connectors;
    }

    public CredentialsCodec credentials() {
        return credentials;
    }

    /** The nightly chain stops with the jobs: after they were asked to stop, so its waiting step ends first. */
    void stopWithTheJobs(NightlySchedule schedule) {
        this.nightly = schedule;
    }

    /**
     * Nothing starts any more and running jobs stop after their current chunk (restartable where they stopped); the
     * executor waits for them, then the nightly chain, which starts no further step, ends.
     */
    @Override
    public void close() {
        int stopping = runner.stopRunning();
        if (stopping > 0) {
            LOG.info("Stopping {} running job(s) after their current chunk; the next start or \"Restart\" resumes them",
                    stopping);
        }
        batch.close();
        if (nightly != null) {
            nightly.close();
        }
    }
}
