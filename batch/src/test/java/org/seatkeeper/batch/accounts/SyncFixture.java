package org.seatkeeper.batch.accounts;

import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.batch.core.BatchStatus;

/** A fresh database, a Partner Center emulator on loopback and the wired sync job: one per test. */
final class SyncFixture implements AutoCloseable {

    static final LocalDate NIGHT_ONE = LocalDate.of(2026, 11, 23);
    /** Accounts per chunk (the emulator pages 500 at a time). */
    static final int CHUNK = 100;

    final Database db = Database.openInMemory();
    final ProviderEmulator emulator;
    final ProviderRepository providers = new ProviderRepository(db.dsl());
    final long providerId;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private final CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
    private final List<NewAccountsListener> listeners = new CopyOnWriteArrayList<>();
    // what a start of Seatkeeper builds: replaced by restartSeatkeeper()
    BatchInfrastructure batch;
    JobRunner runner;
    JobHistory history;

    SyncFixture(int tenants, String clientSecret) {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(tenants));
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        providerId = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD",
                        emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                codec.encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", clientSecret == null ? pc.clientSecret() : clientSecret,
                        "refreshToken", pc.refreshToken())),
                clock.instant());
        startSeatkeeper();
    }

    /** The batch side as a start of Seatkeeper builds it, on this fixture's database and emulator. */
    private void startSeatkeeper() {
        // no waiting in tests: one quick client retry, one quick job retry
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(10_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2));
        batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 4);
        runner = new JobRunner(batch);
        ProviderAccountSyncJobConfiguration sync = new ProviderAccountSyncJobConfiguration(batch, db,
                new ConnectorFactory(providers, codec, db.transactionManager(), transport, clock),
                new SyncSettings(CHUNK, 100), clock);
        listeners.forEach(sync::addNewAccountsListener);
        sync.registerWith(runner);
        history = new JobHistory(batch.jobRepository(), providers, new RejectedRecordRepository(db.dsl()), clock);
    }

    /** Seatkeeper stopped (its job threads ended) and started again on the same database, as after a shutdown. */
    void restartSeatkeeper() {
        batch.close();
        startSeatkeeper();
    }

    /** Told about the accounts each chunk creates, inside the chunk (from the next start of Seatkeeper on). */
    void onNewAccounts(NewAccountsListener listener) {
        listeners.add(listener);
        restartSeatkeeper();
    }

    /** The execution's row version: every write to the execution moves it. */
    int executionVersion(long executionId) {
        return batch.jobRepository().getJobExecution(executionId).getVersion();
    }

    SyncFixture(int tenants) {
        this(tenants, null);
    }

    /** Runs (or restarts) the night's sync and waits for it. */
    JobRun syncNight(LocalDate businessDate) {
        long id = runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(providerId, businessDate)).executionId();
        BatchStatus status = runner.awaitCompletion(id, Duration.ofMinutes(5));
        if (status.isRunning()) {
            throw new AssertionError("The sync did not finish within 60 s");
        }
        return history.find(id).orElseThrow();
    }

    int accounts() {
        return db.dsl().fetchCount(PROVIDER_ACCOUNT);
    }

    int accounts(String status) {
        return db.dsl().fetchCount(PROVIDER_ACCOUNT, PROVIDER_ACCOUNT.STATUS.eq(status));
    }

    int notifications() {
        return db.dsl().fetchCount(NOTIFICATION);
    }

    /** The sum of all row versions: any rewrite of any account moves it. */
    long versionSum() {
        return db.dsl().select(org.jooq.impl.DSL.sum(PROVIDER_ACCOUNT.VERSION)).from(PROVIDER_ACCOUNT)
                .fetchOne(0, Long.class);
    }

    @Override
    public void close() {
        batch.close();
        emulator.close();
        db.close();
    }
}
