package org.seatkeeper.batch.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.accounts.SyncSettings;
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
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.batch.core.BatchStatus;

/**
 * A fresh database, a Partner Center emulator on loopback, the provider account sync (to create the accounts) and the
 * subscription sync: one per test. {@link #mapAccounts} maps the first n accounts to customers of their own.
 */
final class SubscriptionSyncFixture implements AutoCloseable {

    static final LocalDate NIGHT_ONE = LocalDate.of(2026, 11, 23);

    final Database db;
    final ProviderEmulator emulator;
    final BatchInfrastructure batch;
    final JobRunner runner;
    final JobHistory history;
    final SubscriptionSyncRuns contractRuns;
    final ProviderRepository providers;
    final long providerId;
    /** The emulated API the provider speaks. */
    final Api api;
    /** 02:00 UTC of the night being run: {@link #nightStarts} moves it, as the nightly schedule would. */
    final NightClock clock = new NightClock(NIGHT_ONE);

    SubscriptionSyncFixture(int tenants, int subscriptionsPerTenant) {
        this(Database.openInMemory(), tenants, subscriptionsPerTenant, SubscriptionSyncSettings.defaults()
                .withChunkSize(7));
    }

    SubscriptionSyncFixture(Database db, int tenants, int subscriptionsPerTenant, SubscriptionSyncSettings settings) {
        this(db, Api.PARTNER_CENTER, tenants, subscriptionsPerTenant, settings);
    }

    /** The same with one of the other automatic providers (Api.ION, Api.PAX8) instead of Partner Center. */
    SubscriptionSyncFixture(Api api, int tenants, int subscriptionsPerTenant) {
        this(Database.openInMemory(), api, tenants, subscriptionsPerTenant, SubscriptionSyncSettings.defaults()
                .withChunkSize(7));
    }

    private SubscriptionSyncFixture(Database db, Api api, int tenants, int subscriptionsPerTenant,
                                    SubscriptionSyncSettings settings) {
        this.db = db;
        this.api = api;
        this.providers = new ProviderRepository(db.dsl());
        emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(tenants)
                .withSubscriptionsPerTenant(subscriptionsPerTenant));
        CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
        DemoCredentials c = emulator.credentials();
        Map<String, String> credentials = switch (api) {
            case ION -> Map.of("accountId", String.valueOf(c.ion().accountId()), "refreshToken",
                    c.ion().refreshToken());
            case PAX8 -> Map.of("clientId", c.pax8().clientId(), "clientSecret", c.pax8().clientSecret());
            default -> Map.of("partnerTenantId", c.partnerCenter().partnerTenantId(), "clientId",
                    c.partnerCenter().clientId(), "clientSecret", c.partnerCenter().clientSecret(), "refreshToken",
                    c.partnerCenter().refreshToken());
        };
        String kind = switch (api) {
            case ION -> "ION";
            case PAX8 -> "PAX8";
            default -> "PARTNER_CENTER";
        };
        providerId = providers.insert(new ProviderDetails(kind + " provider", kind, true, "USD",
                        emulator.apiBaseUri(api).toString(), emulator.tokenUri(api).toString(), Set.of("US")),
                codec.encrypt(credentials), clock.instant());
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(100_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2));
        ConnectorFactory connectors = new ConnectorFactory(providers, codec, db.transactionManager(), transport, clock);
        batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 4);
        runner = new JobRunner(batch);
        new ProviderAccountSyncJobConfiguration(batch, db, connectors,
                new SyncSettings(1000, 100), clock).registerWith(runner);
        SubscriptionSyncJobConfiguration sync = new SubscriptionSyncJobConfiguration(batch, db, connectors, settings,
                clock);
        sync.registerWith(runner);
        contractRuns = new SubscriptionSyncRuns(batch, sync);
        history = new JobHistory(batch.jobRepository(), providers, new RejectedRecordRepository(db.dsl()), clock);
    }

    JobRun syncAccounts(LocalDate businessDate) {
        return await(runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(providerId, businessDate)).executionId());
    }

    /** The clock moves to 02:00 UTC of {@code night}, so what the jobs stamp that night carries its date. */
    void nightStarts(LocalDate night) {
        clock.night = night;
    }

    /** Always 02:00 UTC of one night. */
    static final class NightClock extends Clock {

        private volatile LocalDate night;

        NightClock(LocalDate night) {
            this.night = night;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return night.atTime(2, 0).toInstant(ZoneOffset.UTC);
        }
    }

    JobRun syncSubscriptions(LocalDate businessDate) {
        return await(runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(providerId, businessDate)).executionId());
    }

    JobRun await(long executionId) {
        BatchStatus status = runner.awaitCompletion(executionId, Duration.ofSeconds(120));
        if (status.isRunning()) {
            throw new AssertionError("The job did not finish within 120 s");
        }
        return history.find(executionId).orElseThrow();
    }

    /** Maps the first {@code count} accounts (by id) each to a new customer; returns the account ids mapped. */
    List<Long> mapAccounts(int count) {
        List<Long> ids = db.dsl().select(PROVIDER_ACCOUNT.ID).from(PROVIDER_ACCOUNT).orderBy(PROVIDER_ACCOUNT.ID)
                .limit(count).fetch(PROVIDER_ACCOUNT.ID);
        ids.forEach(this::mapAccount);
        return ids;
    }

    long mapAccount(long accountId) {
        long customerId = db.dsl().insertInto(CUSTOMER)
                .set(CUSTOMER.NAME, "Customer of account " + accountId)
                .set(CUSTOMER.CREATED_AT, clock.instant())
                .set(CUSTOMER.UPDATED_AT, clock.instant())
                .returning(CUSTOMER.ID).fetchOne(CUSTOMER.ID);
        db.dsl().update(PROVIDER_ACCOUNT).set(PROVIDER_ACCOUNT.CUSTOMER_ID, customerId)
                .where(PROVIDER_ACCOUNT.ID.eq(accountId)).execute();
        return customerId;
    }

    int subscriptions() {
        return db.dsl().fetchCount(SUBSCRIPTION);
    }

    int events() {
        return db.dsl().fetchCount(LICENSE_CHANGE);
    }

    int logMismatches() {
        return new LicenseChangeRepository(db.dsl(), clock).countLogMismatches();
    }

    /** The sum of all subscription row versions: any rewrite of any subscription moves it. */
    long versionSum() {
        Long sum = db.dsl().select(org.jooq.impl.DSL.sum(SUBSCRIPTION.VERSION)).from(SUBSCRIPTION)
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    @Override
    public void close() {
        batch.close();
        emulator.close();
        db.close();
    }
}
