package org.seatkeeper.app.histories;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seatkeeper.app.accounts.MappingService;
import org.seatkeeper.app.customers.CustomerService;
import org.seatkeeper.batch.accounts.ProviderAccountSyncJobConfiguration;
import org.seatkeeper.batch.accounts.SyncSettings;
import org.seatkeeper.batch.jobs.BatchInfrastructure;
import org.seatkeeper.batch.jobs.JobHistory;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.batch.providers.ConnectorFactory;
import org.seatkeeper.batch.providers.CredentialsCodec;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncJobConfiguration;
import org.seatkeeper.batch.subscriptionsync.SubscriptionSyncSettings;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.billing.subscriptions.ManualChanges;
import org.seatkeeper.billing.subscriptions.SubscriptionReplacement;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.accounts.AccountMappings;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.customers.ContactRepository;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.jobs.RejectedRecordRepository;
import org.seatkeeper.db.onboarding.OnboardingRepository;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.secrets.SecretBox;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorControl;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.control.EmulatorControlClient;
import org.seatkeeper.providers.http.TransportSettings;
import org.springframework.batch.core.BatchStatus;

/**
 * One history's world: a fresh in-memory database, an emulator on loopback with one customer at each automatic
 * provider (Partner Center, StreamOne Ion, Pax8) holding two subscriptions, the three real jobs (provider account
 * sync, subscription sync, reconciliation) registered with a {@link JobRunner} on a {@link BatchInfrastructure} as the
 * app's jobs engine does, and the use cases the pages call. Time is a fixed clock per night; nothing waits but for
 * the jobs to end.
 */
final class HistoryWorld implements AutoCloseable {

    static final String PERSON = "alice";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

    final Database db = Database.openInMemory();
    final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(0).withProspects(0));
    /** The control API over HTTP, as a test in another module uses it. */
    final EmulatorControl control = new EmulatorControlClient(emulator.baseUri());
    final NightClock clock;
    final List<ProviderSide> sides = new ArrayList<>();
    final SubscriptionRepository subscriptions;
    final LicenseChangeRepository changes;
    private final BatchInfrastructure batch;
    private final JobRunner runner;
    private final JobHistory history;
    private final MismatchRun reconciliation;
    private final LicenseLedger ledger;
    private final ManualChanges manualChanges;
    private final SubscriptionReplacement replacement;
    private final MappingService mapping;
    private final CustomerService customers;
    private final BillingContractRepository contracts;
    private final ProviderAccountRepository accounts;
    private final long manualProviderId;
    private int invoices;

    HistoryWorld() {
        clock = new NightClock(control.today());
        var dsl = db.dsl();
        ProviderRepository providers = new ProviderRepository(dsl);
        CredentialsCodec codec = new CredentialsCodec(SecretBox.ephemeral());
        AuditLog audit = new AuditLog(dsl, clock);
        for (Api api : Histories.PROVIDERS) {
            sides.add(new ProviderSide(api, providers.insert(details(api), codec.encrypt(credentials(api)),
                    clock.instant())));
        }
        manualProviderId = providers.insert(new ProviderDetails("Manual", "MANUAL", false, "USD", null, null,
                Set.of("US")), null, clock.instant());
        // no waiting: the clients retry once at once, the jobs retry once at once
        TransportSettings transport = TransportSettings.defaults().withRequestsPerSecond(100_000)
                .withRetry(2, Duration.ofMillis(1), Duration.ofMillis(2));
        ConnectorFactory connectors = new ConnectorFactory(providers, codec, db.transactionManager(), transport, clock);
        batch = new BatchInfrastructure(db.dataSource(), db.transactionManager(), 4);
        runner = new JobRunner(batch);
        new ProviderAccountSyncJobConfiguration(batch, db, connectors, new SyncSettings(100, 100),
                clock).registerWith(runner);
        // chunks of one account, so a failed run has committed some accounts and its restart resumes after them
        new SubscriptionSyncJobConfiguration(batch, db, connectors, SubscriptionSyncSettings.defaults()
                .withChunkSize(1), clock).registerWith(runner);
        reconciliation = new MismatchRun(runner, new MismatchJobConfiguration(batch, db, clock));
        history = new JobHistory(batch.jobRepository(), providers, new RejectedRecordRepository(dsl), clock);
        subscriptions = new SubscriptionRepository(dsl, clock);
        changes = new LicenseChangeRepository(dsl, clock);
        ledger = new LicenseLedger(subscriptions, changes, audit);
        manualChanges = new ManualChanges(ledger);
        replacement = new SubscriptionReplacement(db.transactions(), subscriptions, changes, ledger, audit, clock);
        customers = new CustomerService(new CustomerRepository(dsl), new ContactRepository(dsl), audit,
                db.transactions(), clock);
        accounts = new ProviderAccountRepository(dsl);
        mapping = new MappingService(new AccountMappings(dsl), accounts, customers, new OnboardingRepository(dsl), audit,
                db.transactions(), clock);
        contracts = new BillingContractRepository(dsl, clock);
    }

    /**
     * The first night: each provider's customer with two subscriptions, synced; each account mapped by a person to a
     * customer of its own, who also has a manual subscription (to be replaced by a synced one); synced and reconciled.
     */
    void setUp() {
        for (ProviderSide side : sides) {
            String slug = side.api.name().toLowerCase().replace("_", "");
            side.customerAtProvider = control.addTenant(side.api, "Customer of " + slug, slug + "-customer.onmicrosoft.com",
                    "US");
            side.subscriptionIds.add(control.addSubscription(side.api, side.customerAtProvider,
                    org.seatkeeper.emulator.NewSubscription.of("M365-BP", "P1Y", 10)));
            side.subscriptionIds.add(control.addSubscription(side.api, side.customerAtProvider,
                    org.seatkeeper.emulator.NewSubscription.of("M365-BB", "P1M", 5)));
        }
        clock.night = clock.night.plusDays(1);
        syncAccounts();
        for (ProviderSide side : sides) {
            side.accountId = db.dsl().select(PROVIDER_ACCOUNT.ID).from(PROVIDER_ACCOUNT)
                    .where(PROVIDER_ACCOUNT.PROVIDER_ID.eq(side.providerId))
                    .and(PROVIDER_ACCOUNT.EXTERNAL_ID.eq(side.customerAtProvider)).fetchSingle(PROVIDER_ACCOUNT.ID);
            var account = accounts.find(side.accountId).orElseThrow();
            side.customerId = mapping.createCustomerAndMap(PERSON, account, new CustomerDetails(
                    "Customer of " + side.api, null, null, null, null, null, null, "US", null));
            side.mapped = true;
            long contractId = contracts.findOrCreateForCurrency(side.customerId, "USD", today());
            side.manualSubscriptionId = db.transactions().inTransaction(() -> ledger.createManual(new NewSubscription(
                    contractId, manualProviderId, null, null, null, "Typed in before the sync of " + side.api, 7,
                    SubscriptionState.ACTIVE, new SubscriptionTerms(today().minusMonths(2), null, false, null, null),
                    null, "USD"), PERSON));
        }
        syncSubscriptions(null, 0);
        reconcile();
    }

    LocalDate today() {
        return clock.night;
    }

    /** The nightly chain for the next business date; a fault makes the subscription sync fail, then it is restarted. */
    void night(Api faulty, int requestsBeforeFailure) {
        clock.night = clock.night.plusDays(1);
        syncAccounts();
        syncSubscriptions(faulty, requestsBeforeFailure);
        reconcile();
    }

    /** The subscription sync started again by hand the same day, then "Run reconciliation now". */
    void secondSync() {
        JobRun run = await(runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                JobRequest.manual(null, today(), PERSON)).executionId());
        requireCompleted(run);
        BatchStatus status = reconciliation.await(reconciliation.startNow(today(), PERSON).executionId(), JOB_TIMEOUT);
        if (status != BatchStatus.COMPLETED) {
            throw new AssertionError("the reconciliation run by hand ended " + status);
        }
    }

    private void syncAccounts() {
        for (ProviderSide side : sides) {
            requireCompleted(await(runner.start(ProviderAccountSyncJobConfiguration.JOB_NAME,
                    JobRequest.scheduled(side.providerId, today())).executionId()));
        }
    }

    private void syncSubscriptions(Api faulty, int requestsBeforeFailure) {
        if (faulty != null) {
            control.failAfter(faulty, requestsBeforeFailure, 503);
        }
        JobRun run = await(runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                JobRequest.scheduled(null, today())).executionId());
        if (faulty != null) {
            control.clearFaults(faulty);
            if (run.status().equals("FAILED")) {
                run = await(runner.restart(run.executionId()).executionId());
            }
        }
        requireCompleted(run);
    }

    private void reconcile() {
        BatchStatus status = reconciliation.runFor(today());
        if (status != BatchStatus.COMPLETED) {
            throw new AssertionError("the night's reconciliation ended " + status);
        }
    }

    private JobRun await(long executionId) {
        BatchStatus status = runner.awaitCompletion(executionId, JOB_TIMEOUT);
        if (status.isRunning()) {
            throw new AssertionError("job run " + executionId + " did not end within " + JOB_TIMEOUT);
        }
        return history.find(executionId).orElseThrow();
    }

    private static void requireCompleted(JobRun run) {
        if (!run.status().equals("COMPLETED")) {
            throw new AssertionError(run.jobName() + " run " + run.executionId() + " ended " + run.status() + ": "
                    + run.exitMessage());
        }
    }

    // ---- what a person does, through the use cases the pages call; a refusal changes nothing

    boolean unmap(ProviderSide side) {
        var account = accounts.find(side.accountId).orElseThrow();
        if (account.customerId() == null) {
            return false;
        }
        mapping.unmap(PERSON, account);
        side.mapped = false;
        return true;
    }

    boolean remap(ProviderSide side) {
        if (side.mapped) {
            return false;
        }
        mapping.map(PERSON, side.accountId, side.customerId);
        side.mapped = true;
        return true;
    }

    /** The customer's subscriptions in Seatkeeper (synced and manual), oldest first. */
    List<Long> customersSubscriptions(ProviderSide side) {
        return db.dsl().select(SUBSCRIPTION.ID).from(SUBSCRIPTION)
                .join(BILLING_CONTRACT).on(BILLING_CONTRACT.ID.eq(SUBSCRIPTION.CONTRACT_ID))
                .where(BILLING_CONTRACT.CUSTOMER_ID.eq(side.customerId))
                .orderBy(SUBSCRIPTION.ID).fetch(SUBSCRIPTION.ID);
    }

    /** The synced subscriptions of the provider's account, oldest first. */
    List<Long> syncedSubscriptions(ProviderSide side) {
        return db.dsl().select(SUBSCRIPTION.ID).from(SUBSCRIPTION)
                .where(SUBSCRIPTION.PROVIDER_ACCOUNT_ID.eq(side.accountId))
                .orderBy(SUBSCRIPTION.ID).fetch(SUBSCRIPTION.ID);
    }

    /** The event picked by (slot, event) among the customer's subscriptions' logs; null when there is none. */
    LicenseChange event(ProviderSide side, int slot, int event) {
        List<Long> ids = customersSubscriptions(side);
        if (ids.isEmpty()) {
            return null;
        }
        List<LicenseChange> log = changes.findBySubscription(ids.get(slot % ids.size()));
        return log.isEmpty() ? null : log.get(event % log.size());
    }

    void archive(long eventId) {
        db.transactions().run(() -> ledger.archive(eventId, "Not to be invoiced (random history)", PERSON));
    }

    void unarchive(long eventId) {
        db.transactions().run(() -> ledger.unarchive(eventId, "To be invoiced after all (random history)", PERSON));
    }

    /** Billing marks the event invoiced, as the PSA invoice run does; an archived one is left alone. */
    boolean markInvoiced(long eventId) {
        String reference = "INV-" + (++invoices);
        return db.transactions().inTransaction(() -> changes.markInvoiced(List.of(eventId), reference)) == 1;
    }

    void manualChange(ProviderSide side, ManualChanges.Action action, int quantity) {
        int version = subscriptions.findById(side.manualSubscriptionId).orElseThrow().version();
        db.transactions().inTransaction(() -> manualChanges.apply(side.manualSubscriptionId, version, action,
                action == ManualChanges.Action.QUANTITY ? quantity : null, today(), PERSON));
    }

    void replace(ProviderSide side, long automaticId, boolean invoiceDeactivation) {
        replacement.apply(side.manualSubscriptionId, automaticId, invoiceDeactivation, PERSON);
    }

    /**
     * The provider's price of one subscription: the list price given, the reseller's cost 85 % of it. Ion and Pax8
     * price each subscription line; Partner Center has no price on a subscription, only its NCE price list per
     * product, term and billing cycle, so there the change is to the price list and every subscription on that
     * product and term costs the new price (FINDINGS F6).
     */
    void price(ProviderSide side, String subscriptionId, int cents) {
        BigDecimal list = BigDecimal.valueOf(cents, 2);
        BigDecimal cost = list.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.HALF_UP);
        if (side.api == Api.PARTNER_CENTER) {
            SubscriptionView view = control.subscription(side.api, subscriptionId);
            control.setProductPrice(side.api, view.productCode(), view.term(), view.billingCycle(), list, cost, "USD");
        } else {
            control.setSubscriptionPrice(side.api, subscriptionId, list, cost, "USD");
        }
    }

    @Override
    public void close() {
        batch.close();
        emulator.close();
        db.close();
    }

    private ProviderDetails details(Api api) {
        String kind = switch (api) {
            case PARTNER_CENTER -> "PARTNER_CENTER";
            case ION -> "ION";
            case PAX8 -> "PAX8";
            default -> throw new IllegalArgumentException(api.name());
        };
        return new ProviderDetails(Histories.name(Histories.PROVIDERS.indexOf(api)), kind, true, "USD",
                emulator.apiBaseUri(api).toString(), emulator.tokenUri(api).toString(), Set.of("US"));
    }

    private Map<String, String> credentials(Api api) {
        DemoCredentials c = emulator.credentials();
        return switch (api) {
            case PARTNER_CENTER -> Map.of("partnerTenantId", c.partnerCenter().partnerTenantId(),
                    "clientId", c.partnerCenter().clientId(), "clientSecret", c.partnerCenter().clientSecret(),
                    "refreshToken", c.partnerCenter().refreshToken());
            case ION -> Map.of("accountId", String.valueOf(c.ion().accountId()), "refreshToken", c.ion().refreshToken());
            case PAX8 -> Map.of("clientId", c.pax8().clientId(), "clientSecret", c.pax8().clientSecret());
            default -> throw new IllegalArgumentException(api.name());
        };
    }

    /** One automatic provider, its one customer there and what Seatkeeper made of it. */
    static final class ProviderSide {
        final Api api;
        final long providerId;
        /** The provider's own ids of the customer's subscriptions, in the order they were bought. */
        final List<String> subscriptionIds = new ArrayList<>();
        String customerAtProvider;
        long accountId;
        long customerId;
        long manualSubscriptionId;
        boolean mapped;

        ProviderSide(Api api, long providerId) {
            this.api = api;
            this.providerId = providerId;
        }

        String subscription(int slot) {
            return subscriptionIds.get(slot % subscriptionIds.size());
        }
    }

    /** Always 02:00 UTC of the night being run. */
    static final class NightClock extends Clock {

        volatile LocalDate night;

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
}
