package org.seatkeeper.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/** The emulator's Partner Center as a provider of the app (US market, its credentials encrypted), accounts synced. */
public final class SyncedPartnerCenter {

    private SyncedPartnerCenter() {
    }

    /** Adds the provider, runs its account sync to completion and returns its accounts (up to 100). */
    public static List<ProviderAccount> addAndSyncAccounts(RunningApp app, ProviderEmulator emulator) {
        DSLContext dsl = app.application().context().database().dsl();
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        var jobs = app.application().jobs();
        long providerId = new ProviderRepository(dsl).insert(
                new ProviderDetails("Partner Center", "PARTNER_CENTER", true, "USD",
                        emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                jobs.credentials().encrypt(Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(),
                        "clientSecret", pc.clientSecret(), "refreshToken", pc.refreshToken())), Instant.now());
        long run = jobs.syncs().startNow(providerId, "test").executionId();
        assertThat(jobs.runner().awaitCompletion(run, Duration.ofSeconds(30))).isEqualTo(BatchStatus.COMPLETED);
        return new ProviderAccountRepository(dsl).page(AccountQuery.all(), PageRequest.first(100)).items();
    }

    /**
     * Makes the account a new customer's (mapped as a person maps it) with a USD billing contract, then runs the
     * subscription sync of every mapped account to completion, as the night would: the account's subscriptions are
     * Seatkeeper's. Returns the customer's id.
     */
    public static long mapAndSyncSubscriptions(RunningApp app, ProviderAccount account, String customerName) {
        var context = app.application().context();
        DSLContext dsl = context.database().dsl();
        long customer = new CustomerRepository(dsl).insert(new CustomerDetails(customerName, null, null, null, null,
                null, null, null, null), context.clock().instant());
        new AccountMappings(dsl).map(account.id(), customer, RunningApp.ADMIN, context.clock().instant());
        new BillingContractRepository(dsl, context.clock()).insert(customer, new ContractTerms("Main", "USD",
                BillingCycle.MONTHLY, 1, LocalDate.now(context.clock()).withDayOfMonth(1), null), false);
        var runner = app.application().jobs().runner();
        long run = runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                JobRequest.manual(null, LocalDate.now(context.clock()), RunningApp.ADMIN)).executionId();
        assertThat(runner.awaitCompletion(run, Duration.ofSeconds(60))).isEqualTo(BatchStatus.COMPLETED);
        return customer;
    }
}
