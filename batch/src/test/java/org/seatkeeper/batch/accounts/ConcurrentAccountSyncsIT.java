package org.seatkeeper.batch.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobIdIncrementers;
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
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly run starts every provider's account sync at once. Each job's steps take ids from the job repository
 * inside their own transactions; those must never wait for, or fail because of, another job's open transaction
 * (HSQLDB MVCC answered "serialization failure"). The first test forces the interleaving with latches; the second
 * runs the night as the schedule does.
 */
class ConcurrentAccountSyncsIT {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 23);

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(30));
    private final ProviderRepository providers = new ProviderRepository(db.dsl());
    private final CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
    private final BatchInfrastructure batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 4);
    private final JobRunner runner = new JobRunner(batch);
    private final JobHistory history = new JobHistory(batch.jobRepository(), providers,
            new RejectedRecordRepository(db.dsl()), clock);
    private final ExecutorService otherJob = Executors.newSingleThreadExecutor();
    private final long partnerCenter;
    private final long ion;
    private final long pax8;

    ConcurrentAccountSyncsIT() {
        DemoCredentials c = emulator.credentials();
        partnerCenter = provider("Partner Center", "PARTNER_CENTER", Api.PARTNER_CENTER, Map.of(
                "partnerTenantId", c.partnerCenter().partnerTenantId(), "clientId", c.partnerCenter().clientId(),
                "clientSecret", c.partnerCenter().clientSecret(), "refreshToken", c.partnerCenter().refreshToken()));
        ion = provider("StreamOne Ion", "ION", Api.ION, Map.of(
                "accountId", String.valueOf(c.ion().accountId()), "refreshToken", c.ion().refreshToken()));
        pax8 = provider("Pax8", "PAX8", Api.PAX8, Map.of(
                "clientId", c.pax8().clientId(), "clientSecret", c.pax8().clientSecret()));
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(10_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2));
        new ProviderAccountSyncJobConfiguration(batch, db,
                new ConnectorFactory(providers, codec, db.transactionManager(), transport, clock),
                new SyncSettings(10, 100), clock).registerWith(runner);
    }

    @AfterEach
    void close() {
        otherJob.shutdownNow();
        batch.close();
        emulator.close();
        db.close();
    }

    @Test
    void shouldCompleteAnAccountSyncWhileAnotherJobIsStartingAStep() throws Exception {
        // given: Partner Center's night is done, and another job is starting a step: it has taken its step execution
        // id the way the job repository takes them, and its transaction is still open
        assertThat(syncAndWait(partnerCenter).status()).isEqualTo("COMPLETED");
        DataFieldMaxValueIncrementer stepIds = new JobIdIncrementers(db.dataSource())
                .getIncrementer("HSQL", "BATCH_STEP_EXECUTION_SEQ");
        CountDownLatch idTaken = new CountDownLatch(1);
        CountDownLatch syncEnded = new CountDownLatch(1);
        Future<Long> otherStep = otherJob.submit(() -> new TransactionTemplate(db.transactionManager())
                .execute(tx -> {
                    long id = stepIds.nextLongValue();
                    idTaken.countDown();
                    awaitUninterruptibly(syncEnded);
                    return id;
                }));
        awaitOrFail(idTaken, otherStep);

        // when: Pax8's sync runs from start to end meanwhile
        long execution = runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(pax8, NIGHT)).executionId();
        BatchStatus status = runner.awaitCompletion(execution, Duration.ofMinutes(5));
        syncEnded.countDown();
        otherStep.get(5, TimeUnit.MINUTES);

        // then: it neither waited for the other job's transaction nor failed because of it
        assertThat(status).isEqualTo(BatchStatus.COMPLETED);
        assertThat(db.dsl().fetchCount(PROVIDER_ACCOUNT, PROVIDER_ACCOUNT.PROVIDER_ID.eq(pax8))).isEqualTo(30);
    }

    @Test
    void shouldCompleteEveryProvidersAccountSyncStartedTogetherNightAfterNight() {
        for (int night = 0; night < 3; night++) {
            // given: the emulated providers drift between nights
            LocalDate businessDate = NIGHT.plusDays(night);

            // when: the night starts all three at once
            List<Long> started = List.of(partnerCenter, ion, pax8).stream()
                    .map(p -> runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                            JobRequest.scheduled(p, businessDate)).executionId())
                    .toList();

            // then
            for (long execution : started) {
                runner.awaitCompletion(execution, Duration.ofMinutes(5));
                JobRun run = history.find(execution).orElseThrow();
                assertThat(run.status()).as("night %d, run %d: %s", night, execution, run.exitMessage())
                        .isEqualTo("COMPLETED");
            }
            emulator.control().advanceDay();
        }
        assertThat(db.dsl().fetchCount(PROVIDER_ACCOUNT)).isGreaterThanOrEqualTo(90);
    }

    private JobRun syncAndWait(long providerId) {
        long id = runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(providerId, NIGHT)).executionId();
        runner.awaitCompletion(id, Duration.ofMinutes(5));
        return history.find(id).orElseThrow();
    }

    private long provider(String name, String kind, Api api, Map<String, String> credentials) {
        return providers.insert(new ProviderDetails(name, kind, true, "USD", emulator.apiBaseUri(api).toString(),
                emulator.tokenUri(api).toString(), Set.of("US")), codec.encrypt(credentials), clock.instant());
    }

    /** Waits for the latch; fails with the other thread's error if it ended without counting down. */
    private static void awaitOrFail(CountDownLatch latch, Future<?> other) throws Exception {
        while (!latch.await(100, TimeUnit.MILLISECONDS)) {
            if (other.isDone()) {
                other.get();
                throw new AssertionError("the other job ended before it began its step");
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
