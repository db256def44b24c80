package org.seatkeeper.batch.usage;

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
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.batch.core.BatchStatus;

/** A fresh database, the emulator on loopback, a Partner Center provider (the partner tenant) and the usage job. */
final class UsageFixture implements AutoCloseable {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    final Database db = Database.openInMemory();
    final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(4));
    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    final ProviderRepository providers = new ProviderRepository(db.dsl());
    final long partnerCenterId;
    final BatchInfrastructure batch;
    final JobRunner runner;
    final JobHistory history;
    final LicenseUsageRuns customerRuns;

    UsageFixture() {
        CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        partnerCenterId = providers.insert(new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD",
                        emulator.apiBaseUri(Api.PARTNER_CENTER).toString(), emulator.tokenUri(Api.PARTNER_CENTER).toString(),
                        Set.of("US")),
                codec.encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())), clock.instant());
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(10_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2)).withMaxRetryAfter(Duration.ofMillis(5));
        batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 2);
        runner = new JobRunner(batch);
        LicenseUsageJobConfiguration job = new LicenseUsageJobConfiguration(batch, db,
                new ConnectorFactory(providers, codec, db.transactionManager(), transport, clock), clock);
        job.registerWith(runner);
        customerRuns = new LicenseUsageRuns(batch, job);
        history = new JobHistory(batch.jobRepository(), providers, new RejectedRecordRepository(db.dsl()), clock);
    }

    /** A customer linked to the account's tenant; with {@code mapped} its Partner Center account is mapped to it too. */
    long linkedCustomer(AccountView account, boolean mapped) {
        long customerId = new CustomerRepository(db.dsl()).insert(new CustomerDetails(account.companyName(), account.domain(),
                null, null, null, null, null, "US", null), clock.instant());
        if (mapped) {
            db.dsl().insertInto(PROVIDER_ACCOUNT)
                    .set(PROVIDER_ACCOUNT.PROVIDER_ID, partnerCenterId)
                    .set(PROVIDER_ACCOUNT.EXTERNAL_ID, account.customerId())
                    .set(PROVIDER_ACCOUNT.TENANT_ID, account.tenantId())
                    .set(PROVIDER_ACCOUNT.DOMAIN, account.domain())
                    .set(PROVIDER_ACCOUNT.COMPANY_NAME, account.companyName())
                    .set(PROVIDER_ACCOUNT.RELATIONSHIP_STATUS, "ACTIVE")
                    .set(PROVIDER_ACCOUNT.CUSTOMER_ID, customerId)
                    .set(PROVIDER_ACCOUNT.FIRST_SEEN_AT, clock.instant())
                    .set(PROVIDER_ACCOUNT.LAST_SEEN_AT, clock.instant())
                    .execute();
        }
        new CustomerTenantRepository(db.dsl()).link(customerId, account.tenantId(), partnerCenterId, "test", clock.instant());
        return customerId;
    }

    JobRun readAll() {
        return await(runner.start(LicenseUsageJobConfiguration.JOB_NAME, JobRequest.manual(null, DAY, "test")).executionId());
    }

    JobRun readOne(long customerId) {
        return await(customerRuns.startForCustomer(customerId, DAY, "test").executionId());
    }

    private JobRun await(long id) {
        BatchStatus status = runner.awaitCompletion(id, Duration.ofMinutes(5));
        if (status.isRunning()) {
            throw new AssertionError("The license usage run did not finish within 60 s");
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
