package org.seatkeeper.batch.psa;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.psa.PsaConnectionDetails;
import org.seatkeeper.db.psa.PsaConnectionRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.batch.core.BatchStatus;

/** A fresh database, the emulated ConnectWise on loopback, a saved PSA connection and the wired refresh job. */
final class PsaFixture implements AutoCloseable {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    final Database db = Database.openInMemory();
    final ProviderEmulator emulator;
    final BatchInfrastructure batch;
    final JobRunner runner;
    final JobHistory history;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    /** @param pageSize small pages, so a refresh reads several */
    PsaFixture(int tenantsPerProvider, int pageSize, String privateKey) {
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(tenantsPerProvider));
        DemoCredentials.ConnectWise cw = emulator.credentials().connectWise();
        PsaKeys keys = new PsaKeys(SecretBox.ephemeral());
        PsaConnectionRepository connections = new PsaConnectionRepository(db.dsl());
        connections.create(new PsaConnectionDetails(emulator.baseUri().resolve(URI.create("/connectwise/")).toString(),
                cw.companyId(), cw.clientId(), "USD"), keys.encrypt(new PsaKeys.Pair(cw.publicKey(),
                privateKey == null ? cw.privateKey() : privateKey)), "test", clock.instant());
        // no waiting in tests: one quick retry in the client
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(10_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2)).withMaxRetryAfter(Duration.ofMillis(5));
        batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2);
        runner = new JobRunner(batch);
        new PsaRefreshJobConfiguration(batch, db, new PsaClients(connections, keys, transport, clock), clock, pageSize)
                .registerWith(runner);
        history = new JobHistory(batch.jobRepository(), new ProviderRepository(db.dsl()),
                new RejectedRecordRepository(db.dsl()), clock);
    }

    /** Runs (or restarts) the day's refresh and waits for it. */
    JobRun refresh(LocalDate day) {
        long id = runner.start(PsaRefreshJobConfiguration.JOB_NAME, JobRequest.manual(null, day, "test")).executionId();
        BatchStatus status = runner.awaitCompletion(id, Duration.ofMinutes(5));
        if (status.isRunning()) {
            throw new AssertionError("The refresh did not finish within 60 s");
        }
        return history.find(id).orElseThrow();
    }

    @Override
    public void close() {
        batch.close();
        emulator.close();
        db.close();
    }
}
