package org.seatkeeper.batch.accounts;

import static org.seatkeeper.db.jooq.Tables.NOTIFICATION;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
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

    final Database db = Database.openInMemory();
    final ProviderEmulator emulator;
    final BatchInfrastructure batch;
    final JobRunner runner;
    final JobHistory history;
    final ProviderRepository providers = new ProviderRepository(db.dsl());
    final long providerId;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    SyncFixture(int tenants, String clientSecret) {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(tenants));
        CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        providerId = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD",
                        emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                codec.encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", clientSecret == null ? pc.clientSecret() : clientSecret,
                        "refreshToken", pc.refreshToken())),
                clock.instant());
        // no waiting in tests: one quick client retry, one quick job retry
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(10_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2));
        batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 4);
        runner = new JobRunner(batch);
        ProviderAccountSyncJobConfiguration sync = new ProviderAccountSyncJobConfiguration(batch, db,
                new ConnectorFactory(providers, codec, db.transactionManager(), transport, clock),
                new SyncSettings(100, 1, Duration.ofMillis(1), 100), clock);
        sync.registerWith(runner);
        history = new JobHistory(batch.jobRepository(), providers, new RejectedRecordRepository(db.dsl()), clock);
    }

    SyncFixture(int tenants) {
        this(tenants, null);
    }

    /** Runs (or restarts) the night's sync and waits for it. */
    JobRun syncNight(LocalDate businessDate) {
        long id = runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(providerId, businessDate)).executionId();
        BatchStatus status = runner.awaitCompletion(id, Duration.ofSeconds(60));
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
