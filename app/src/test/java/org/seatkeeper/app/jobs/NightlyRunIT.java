package org.seatkeeper.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.db.jooq.Tables.INVOICE;
import static org.seatkeeper.db.jooq.Tables.MAIL_OUTBOX;
import static org.seatkeeper.db.jooq.Tables.RESELLER_SETTINGS;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.db.psa.CustomerCompanyRepository;
import org.seatkeeper.db.psa.PsaDataRepository;
import org.seatkeeper.db.psabilling.BillingProfileDetails;
import org.seatkeeper.db.psabilling.BillingProfileRepository;
import org.seatkeeper.db.psabilling.LicenseLinkDetails;
import org.seatkeeper.db.psabilling.LicenseLinkRepository;
import org.seatkeeper.db.psabilling.QuantitySource;
import org.seatkeeper.db.psabilling.SkuTerm;
import org.seatkeeper.db.psasync.LinkAdditionRepository;
import org.seatkeeper.db.psasync.LinkAdditionState;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingRepository;
import org.seatkeeper.db.usage.TenantLicense;
import org.seatkeeper.db.usage.TenantLicenseRepository;
import org.seatkeeper.emulator.PsaAdditionEdit;
import org.seatkeeper.emulator.PsaAdditionView;
import org.seatkeeper.emulator.SubscriptionView;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.app.support.ConnectedPsa;
import org.seatkeeper.app.context.StartOptions;
import org.seatkeeper.app.support.RunningApp;
import org.seatkeeper.app.support.SettableClock;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobRunner;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.mismatch.ReportSchedule;
import org.seatkeeper.db.mismatch.ReportScheduleRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;
import org.seatkeeper.db.usage.CustomerTenantRepository;
import org.seatkeeper.emulator.AccountView;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DemoCredentials;
import org.seatkeeper.emulator.EmulatorSettings;
import org.seatkeeper.emulator.ProviderEmulator;
import org.springframework.batch.core.BatchStatus;

/**
 * The nightly chain: account syncs, subscription sync, PSA refresh, license usage, PSA sync, reconciliation, morning
 * report; a failed step stops it, the report says so, and a restart that completes the step runs the rest. Jobs stamp their runs with the machine's time,
 * so a test that reads a morning report places that report's night around the runs it made (see reportOfTheNight).
 */
class NightlyRunIT {

    private static final String ACCOUNT_SYNC = "providerAccountSyncJob";
    private static final String SUBSCRIPTION_SYNC = "subscriptionSyncJob";
    private static final String RECONCILIATION = "licenseMismatchJob";
    private static final String PSA_REFRESH = "psaRefreshJob";
    private static final String LICENSE_USAGE = "licenseUsageJob";
    private static final String PSA_SYNC = "psaLicenseSyncJob";

    private final ProviderEmulator emulator = ProviderEmulator.start(EmulatorSettings.defaults().withTenants(6).withProspects(0));
    private final SettableClock clock = new SettableClock(Instant.now());
    private final RunningApp app = RunningApp.start(StartOptions.forTest(RunningApp.tempDirectory()).withClock(clock));

    @AfterEach
    void stop() {
        app.close();
        emulator.close();
    }

    @Test
    void shouldSyncAccountsThenSubscriptionsThenReconcileWhenTheNightFires() throws Exception {
        // given an automatic provider
        addProvider(emulator.credentials().partnerCenter().clientSecret());

        // when the nightly schedule fires (the call returns when the whole night is done)
        app.application().nightly().fire();

        // then accounts were synced, then subscriptions, then the reconciliation ran, each after the one before ended
        var accounts = new ProviderAccountRepository(app.application().context().database().dsl());
        assertThat(accounts.counts(AccountQuery.all()).all()).isEqualTo(6);
        JobRun sync = only(ACCOUNT_SYNC);
        JobRun subscriptions = only(SUBSCRIPTION_SYNC);
        JobRun reconciliation = only(RECONCILIATION);
        assertThat(sync.status()).isEqualTo("COMPLETED");
        assertThat(subscriptions.status()).isEqualTo("COMPLETED");
        assertThat(reconciliation.status()).isEqualTo("COMPLETED");
        assertThat(subscriptions.startedAt()).isAfterOrEqualTo(sync.endedAt());
        assertThat(reconciliation.startedAt()).isAfterOrEqualTo(subscriptions.endedAt());
        assertThat(reconciliation.businessDate()).isEqualTo(sync.businessDate());
        // and the morning report tells a night that finished
        LocalDate report = reportOfTheNight(sync.startedAt());
        assertThat(reportPage(report).getElementById("section-jobs").asNormalizedText())
                .startsWith("Last night's jobs: 3 ok, 0 failed");
        assertThat(reportPage(report).getElementById("section-night")).isNull();
        // without a PSA or a linked tenant, the PSA refresh and the license usage were passed over
        assertThat(runsOf(PSA_REFRESH)).isEmpty();
        assertThat(runsOf(LICENSE_USAGE)).isEmpty();
    }

    @Test
    void shouldRefreshThePsaAndReadTheTenantsBetweenTheSubscriptionSyncAndTheReconciliation() throws Exception {
        // given an automatic provider, a connected PSA and a customer whose tenant is linked
        long providerId = addProvider(emulator.credentials().partnerCenter().clientSecret());
        ConnectedPsa.connect(app, emulator);
        AccountView tenant = emulator.control().accounts(Api.PARTNER_CENTER).get(0);
        DSLContext dsl = app.application().context().database().dsl();
        app.application().context().database().transactions().run(() -> {
            long customer = new CustomerRepository(dsl).insert(CustomerDetails.named(tenant.companyName(), tenant.domain()),
                    Instant.now());
            new CustomerTenantRepository(dsl).link(customer, tenant.tenantId(), providerId, "test", Instant.now());
        });

        // when the night fires
        app.application().nightly().fire();

        // then the PSA data and the tenant's licenses were read after the subscriptions, before the reconciliation
        JobRun subscriptions = only(SUBSCRIPTION_SYNC);
        JobRun refresh = only(PSA_REFRESH);
        JobRun usage = only(LICENSE_USAGE);
        JobRun reconciliation = only(RECONCILIATION);
        assertThat(List.of(subscriptions, refresh, usage, reconciliation)).extracting(JobRun::status).containsOnly("COMPLETED");
        assertThat(refresh.startedAt()).isAfterOrEqualTo(subscriptions.endedAt());
        assertThat(usage.startedAt()).isAfterOrEqualTo(refresh.endedAt());
        assertThat(reconciliation.startedAt()).isAfterOrEqualTo(usage.endedAt());
        assertThat(reportPage(reportOfTheNight(subscriptions.startedAt())).getElementById("section-jobs").asNormalizedText())
                .startsWith("Last night's jobs: 5 ok, 0 failed");
    }

    @Test
    void shouldEndTheMorningReportWithTheComingBillingRunPreviewAndFinalizeNothing() throws Exception {
        // given an automatic provider, and a contract with a manual subscription of 5 licenses at 20.00 USD
        addProvider(emulator.credentials().partnerCenter().clientSecret());
        // (the report is off while the night runs: whether its default send time has passed depends on the hour the
        // test runs, and a report sent at the night's end would leave out the subscription made after it)
        morningReportOff();

        // when the night fires, and the report of that night is sent
        app.application().nightly().fire();
        LocalDate report = reportOfTheNight(only(ACCOUNT_SYNC).startedAt());
        YearMonth coming = YearMonth.from(report).plusMonths(1);
        long subscription = aManualSubscription(coming.atDay(1), 5, "20.00");
        app.application().morningReports().sendIfDue();

        // then the report ends with the coming month's preview: its drafts, warnings and total
        List<Record2<String, String>> mails = morningReportMails();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).value2()).contains("BILLING RUN OF " + coming + " (PREVIEW): 1 DRAFT, 0 WARNINGS\n"
                + "Total: 100.00 USD\n");
        assertThat(reportPage(report).getElementById("section-billing-run").asNormalizedText())
                .contains("Billing run of " + coming + " (preview): 1 draft, 0 warnings").contains("100.00 USD");
        // and nothing was finalized: no invoice, the log's events still to bill
        DSLContext dsl = app.application().context().database().dsl();
        assertThat(dsl.fetchCount(INVOICE)).isZero();
        assertThat(new LicenseChangeRepository(dsl, clock).findBySubscription(subscription))
                .isNotEmpty().noneMatch(LicenseChange::invoiced);
    }

    /** A manual subscription from {@code start} on a monthly contract billed on the 1st, through the ledger. */
    private long aManualSubscription(LocalDate start, int quantity, String unitPrice) {
        var db = app.application().context().database();
        return db.transactions().inTransaction(() -> {
            long customer = new CustomerRepository(db.dsl()).insert(CustomerDetails.named("Fabrikam Nights",
                    "fabrikam-nights.example"), Instant.now());
            long provider = providers().insert(new ProviderDetails("Manual (night)", "MANUAL", false, "USD", null,
                    null, Set.of("US")), null, Instant.now());
            long product = new ProductRepository(db.dsl(), clock).insert(new NewProduct(new ProductKey("NIGHT-BB",
                    Term.P1M, BillingCycle.MONTHLY, "USD"), "Microsoft 365 Business Basic", new BigDecimal(unitPrice),
                    null));
            long contract = new BillingContractRepository(db.dsl(), clock).insert(customer, new ContractTerms("Main",
                    "USD", BillingCycle.MONTHLY, 1, start.minusMonths(6), null), false);
            return new LicenseLedger(new SubscriptionRepository(db.dsl(), clock),
                    new LicenseChangeRepository(db.dsl(), clock), new AuditLog(db.dsl(), clock))
                    .createManual(new NewSubscription(contract, provider, product, null, null, "Business Basic",
                            quantity, SubscriptionState.ACTIVE, new SubscriptionTerms(start, null, false, null, null),
                            new BigDecimal(unitPrice), "USD", true), "alice");
        });
    }

    @Test
    void shouldStopAtAFailedAccountSyncSayWhatTheReportCouldNotCheckAndRunTheRestOnceARestartCompletesIt()
            throws Exception {
        // given an automatic provider whose credentials are refused
        long providerId = addProvider("not-the-secret");

        // when the night fires
        app.application().nightly().fire();

        // then it stopped at the failed account sync: nothing ran on the partial night
        JobRun sync = only(ACCOUNT_SYNC);
        assertThat(sync.status()).isEqualTo("FAILED");
        assertThat(runsOf(SUBSCRIPTION_SYNC)).isEmpty();
        assertThat(runsOf(RECONCILIATION)).isEmpty();

        // and the morning report, sent when its time has come, says what failed and what it could not check
        LocalDate report = reportOfTheNight(sync.startedAt());
        app.application().morningReports().sendIfDue();
        List<Record2<String, String>> mails = morningReportMails();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).value1()).isEqualTo("Seatkeeper morning report, " + report
                + ": last night did not finish");
        assertThat(mails.get(0).value2()).contains("LAST NIGHT DID NOT FINISH\nWhat failed:\n"
                        + "- Provider account sync · Partner Center (night): Partner Center refused the credentials: ")
                .contains("What this report could not check:\n- New and removed accounts at Partner Center (night):")
                .contains("\n- Subscriptions: not synced, because the night stopped before it;")
                .contains("\n- License mismatches: not reconciled last night; the mismatches below are from no"
                        + " reconciliation: none has run yet.")
                .doesNotContain("Exception");
        assertThat(reportPage(report).getElementById("section-night").asNormalizedText())
                .startsWith("Last night did not finish").contains("refused the credentials")
                .contains("Subscriptions: not synced").contains("License mismatches: not reconciled");

        // when the credentials are corrected and a person restarts the failed sync to completion
        fixSecret(providerId);
        JobRunner runner = app.application().jobs().runner();
        long restart = runner.restart(sync.executionId()).executionId();
        assertThat(runner.awaitCompletion(restart, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        app.application().nightly().awaitQueuedWork(); // the chain goes on on its own thread

        // then the rest of that night ran, in order, and the complete report followed, once
        JobRun restarted = history().find(restart).orElseThrow();
        JobRun subscriptions = only(SUBSCRIPTION_SYNC);
        JobRun reconciliation = only(RECONCILIATION);
        assertThat(subscriptions.status()).isEqualTo("COMPLETED");
        assertThat(reconciliation.status()).isEqualTo("COMPLETED");
        assertThat(subscriptions.businessDate()).isEqualTo(sync.businessDate());
        assertThat(reconciliation.businessDate()).isEqualTo(sync.businessDate());
        assertThat(subscriptions.startedAt()).isAfterOrEqualTo(restarted.endedAt());
        assertThat(reconciliation.startedAt()).isAfterOrEqualTo(subscriptions.endedAt());
        app.application().morningReports().sendIfDue();
        mails = morningReportMails();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).value1()).isEqualTo("Seatkeeper morning report, " + report
                + ": last night finished after a restart");
        assertThat(mails.get(1).value2()).doesNotContain("DID NOT FINISH")
                .contains("LAST NIGHT'S JOBS: 3 ok, 0 failed")
                .contains("completed on a restart; it had failed: Partner Center refused the credentials");
    }

    @Test
    void shouldBringAProviderChangeToTheConnectWiseAdditionAndReconcileWithWhatThePsaSyncSawTheSameNight()
            throws Exception {
        // given a provider, a connected PSA, a customer whose tenant and two licenses are linked on an agreement that
        // changes additions in place, and a first night that wrote the two additions
        long providerId = addProvider(emulator.credentials().partnerCenter().clientSecret());
        ConnectedPsa.connectAndRefresh(app, emulator);
        AccountView tenant = emulator.control().accounts(Api.PARTNER_CENTER).get(0);
        DSLContext dsl = app.application().context().database().dsl();
        long agreementId = emulator.control().addPsaAgreement(firstCompany(), "Night sync", "Microsoft 365", "Active", false);
        JobRunner runner = app.application().jobs().runner();
        awaitCompleted(runner.start(PSA_REFRESH, JobRequest.manual(null, LocalDate.now(), "test")).executionId());
        long customer = app.application().context().database().transactions().inTransaction(() -> {
            long id = new CustomerRepository(dsl).insert(CustomerDetails.named(tenant.companyName(), tenant.domain()),
                    Instant.now());
            new CustomerTenantRepository(dsl).link(id, tenant.tenantId(), providerId, "test", Instant.now());
            new CustomerCompanyRepository(dsl).link(id, firstCompany(), false, "test", Instant.now());
            return id;
        });
        awaitCompleted(runner.start(LICENSE_USAGE, JobRequest.manual(null, LocalDate.now(), "test")).executionId());
        List<SkuMapping> mappings = new SkuMappingRepository(dsl).list();
        List<SubscriptionView> subscriptions = emulator.control().subscriptions(Api.PARTNER_CENTER, tenant.customerId());
        // the license whose quantity the provider changes: one active subscription behind it; the other any mapped one
        TenantLicense changing = new TenantLicenseRepository(dsl).licenses(customer).stream()
                .filter(l -> l.present() && l.purchased() > 0)
                .filter(l -> subscriptionsOf(l, mappings, subscriptions).size() == 1)
                .findFirst().orElseThrow();
        TenantLicense edited = new TenantLicenseRepository(dsl).licenses(customer).stream()
                .filter(l -> l.present() && l.purchased() > 0 && l.id() != changing.id())
                .filter(l -> mappings.stream().anyMatch(m -> m.skuId().equalsIgnoreCase(l.skuId())))
                .findFirst().orElseThrow();
        long changingLink = link(changing, agreementId);
        long editedLink = link(edited, agreementId);
        app.application().nightly().fire();
        PsaAdditionView first = liveAdditionOf(agreementId, changing);
        assertThat(first.quantity()).isEqualTo(changing.purchased());
        PsaAdditionView editedAddition = liveAdditionOf(agreementId, edited);

        // when, before the next night, the provider's quantity goes up by 3 and someone edits the other addition in
        // ConnectWise
        SubscriptionView behind = subscriptionsOf(changing, mappings, subscriptions).get(0);
        emulator.control().setSubscriptionQuantity(Api.PARTNER_CENTER, behind.subscriptionId(), behind.quantity() + 3);
        emulator.control().editPsaAddition(agreementId, editedAddition.id(), PsaAdditionEdit.quantity(99));
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        app.application().nightly().fire();

        // then the night read the new count and wrote it to the addition, and left the hand edit alone
        assertThat(liveAdditionOf(agreementId, changing)).satisfies(a -> {
            assertThat(a.id()).isEqualTo(first.id());
            assertThat(a.quantity()).isEqualTo(changing.purchased() + 3);
        });
        assertThat(liveAdditionOf(agreementId, edited).quantity()).isEqualTo(99);
        // in the chain's order: subscriptions, PSA data, tenant licenses, PSA sync, then the reconciliation
        LocalDate night = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        JobRun subscriptionSync = ofTheNight(SUBSCRIPTION_SYNC, night);
        JobRun refresh = ofTheNight(PSA_REFRESH, night);
        JobRun usage = ofTheNight(LICENSE_USAGE, night);
        JobRun psaSync = ofTheNight(PSA_SYNC, night);
        JobRun reconciliation = ofTheNight(RECONCILIATION, night);
        assertThat(List.of(subscriptionSync, refresh, usage, psaSync, reconciliation)).extracting(JobRun::status)
                .containsOnly("COMPLETED");
        assertThat(psaSync.startedAt()).isAfterOrEqualTo(usage.endedAt());
        assertThat(reconciliation.startedAt()).isAfterOrEqualTo(psaSync.endedAt());
        // and that night's reconciliation reports what the PSA sync saw in ConnectWise: the hand edit bills 99
        try (WebClient browser = RunningApp.browser()) {
            app.signInAsAdmin(browser);
            String mismatches = browser.<HtmlPage>getPage(app.url("/mismatches")).asNormalizedText();
            assertThat(mismatches).contains("ConnectWise bills 99");
        }
        assertThat(new LinkAdditionRepository(dsl).find(changingLink).orElseThrow().psaQuantity())
                .isEqualTo(changing.purchased() + 3);
        assertThat(new LinkAdditionRepository(dsl).find(editedLink).orElseThrow().state())
                .isEqualTo(LinkAdditionState.SyncState.EDITED_IN_PSA);
    }

    @Test
    void shouldWaitQuietlyForTheLastAccountSyncOfTheNightThenGoOnOnce() throws Exception {
        // given two automatic providers whose credentials are refused: the night stops at their failed account syncs
        long partnerCenter = addProvider("not-the-secret");
        long pax8 = addPax8("not-the-secret");
        morningReportOff();
        AtomicInteger ends = new AtomicInteger();
        app.application().nightly().atTheEnd(ends::incrementAndGet);
        app.application().nightly().fire();
        List<JobRun> failed = runsOf(ACCOUNT_SYNC);
        assertThat(failed).hasSize(2).extracting(JobRun::status).containsOnly("FAILED");
        assertThat(ends).hasValue(1);

        // when both credentials are corrected and both syncs restarted, Pax8's held inside its read by the emulator,
        // and Partner Center's completes first
        fixSecret(partnerCenter);
        fixPax8Secret(pax8);
        JobRunner runner = app.application().jobs().runner();
        emulator.control().holdAnswers(Api.PAX8);
        long pax8Restart = runner.restart(failedOf(failed, pax8).executionId()).executionId();
        assertThat(emulator.control().awaitHeldAnswers(Api.PAX8, 1, Duration.ofMinutes(1))).isPositive();
        long partnerCenterRestart = runner.restart(failedOf(failed, partnerCenter).executionId()).executionId();
        assertThat(runner.awaitCompletion(partnerCenterRestart, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        app.application().nightly().awaitQueuedWork();

        // then the night waits for Pax8's: no step ran, and the night's end (the morning report) did not run again
        assertThat(runsOf(SUBSCRIPTION_SYNC)).isEmpty();
        assertThat(ends).hasValue(1);

        // when the morning report is due and Pax8's sync completes
        LocalDate report = reportOfTheNight(failed.get(failed.size() - 1).startedAt());
        emulator.control().releaseAnswers(Api.PAX8);
        assertThat(runner.awaitCompletion(pax8Restart, Duration.ofMinutes(5))).isEqualTo(BatchStatus.COMPLETED);
        app.application().nightly().awaitQueuedWork();

        // then the rest of the night ran once, after it, and its end once: one complete morning report
        JobRun subscriptions = only(SUBSCRIPTION_SYNC);
        JobRun reconciliation = only(RECONCILIATION);
        assertThat(subscriptions.status()).isEqualTo("COMPLETED");
        assertThat(reconciliation.status()).isEqualTo("COMPLETED");
        assertThat(subscriptions.run()).isEqualTo(1);
        assertThat(subscriptions.startedAt()).isAfterOrEqualTo(history().find(pax8Restart).orElseThrow().endedAt());
        assertThat(ends).hasValue(2);
        List<Record2<String, String>> mails = morningReportMails();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).value1()).isEqualTo("Seatkeeper morning report, " + report
                + ": last night finished after a restart");
    }

    @Test
    void shouldStartNoFurtherStepWhenSeatkeeperStopsDuringTheNight() throws Exception {
        // given a night whose account sync is inside its first chunk when Seatkeeper begins to stop
        addProvider(emulator.credentials().partnerCenter().clientSecret());
        CountDownLatch inFirstChunk = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        app.application().jobs().addNewAccountsListener((provider, accounts) -> {
            inFirstChunk.countDown();
            await(goOn);
        });
        CompletableFuture<Void> night = CompletableFuture.runAsync(() -> app.application().nightly().fire());
        await(inFirstChunk);

        // when Seatkeeper stops (the jobs engine's first act at shutdown) and the chunk ends
        app.application().jobs().runner().stopRunning();
        goOn.countDown();
        night.get(5, TimeUnit.MINUTES);

        // then the sync stopped, in words, and no further step started
        JobRun sync = only(ACCOUNT_SYNC);
        assertThat(sync.status()).isEqualTo("STOPPED");
        assertThat(sync.exitMessage()).startsWith("stopped when Seatkeeper shut down");
        assertThat(runsOf(SUBSCRIPTION_SYNC)).isEmpty();
        assertThat(runsOf(RECONCILIATION)).isEmpty();
    }

    /**
     * Makes the report of a day the one whose night holds the runs started at {@code started} and after: the night
     * schedule's time (a cron of the settings) and the report's send time an hour before them, in UTC, with the report
     * on and Seatkeeper's clock at that day's send time. Returns that day.
     */
    private LocalDate reportOfTheNight(Instant started) {
        LocalDateTime night = LocalDateTime.ofInstant(started, ZoneOffset.UTC).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        DSLContext dsl = app.application().context().database().dsl();
        dsl.update(RESELLER_SETTINGS)
                .set(RESELLER_SETTINGS.NIGHTLY_CRON, "0 " + night.getMinute() + " " + night.getHour() + " * * *")
                .set(RESELLER_SETTINGS.TIME_ZONE, "UTC")
                .execute();
        ReportScheduleRepository schedules = new ReportScheduleRepository(dsl);
        ReportSchedule schedule = schedules.load();
        LocalTime sendTime = night.toLocalTime();
        schedules.save(new ReportSchedule(true, "billing@reseller.example", sendTime, true, true, true, true, true,
                true, schedule.lastSentOn(), schedule.version()));
        clock.set(night.toInstant(ZoneOffset.UTC));
        return night.toLocalDate();
    }

    private void morningReportOff() {
        ReportScheduleRepository schedules = new ReportScheduleRepository(app.application().context().database().dsl());
        ReportSchedule s = schedules.load();
        schedules.save(new ReportSchedule(false, s.recipients(), s.sendTime(), s.jobs(), s.unmapped(), s.mismatches(),
                s.invitations(), s.cancellation(), s.renewals(), s.lastSentOn(), s.version()));
    }

    private HtmlPage reportPage(LocalDate date) throws Exception {
        try (WebClient browser = RunningApp.browser()) {
            app.signInAsAdmin(browser);
            return browser.getPage(app.url("/reports/morning?date=" + date));
        }
    }

    private List<Record2<String, String>> morningReportMails() {
        return app.application().context().database().dsl().select(MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY_TEXT)
                .from(MAIL_OUTBOX).where(MAIL_OUTBOX.KIND.eq("MORNING_REPORT")).orderBy(MAIL_OUTBOX.ID).fetch();
    }

    private long addProvider(String secret) {
        return providers().insert(new ProviderDetails("Partner Center (night)", "PARTNER_CENTER", true, "USD",
                        emulator.apiBaseUri(Api.PARTNER_CENTER).toString(),
                        emulator.tokenUri(Api.PARTNER_CENTER).toString(), Set.of("US")),
                app.application().jobs().credentials().encrypt(credentials(secret)), Instant.now());
    }

    private long addPax8(String secret) {
        return providers().insert(new ProviderDetails("Pax8 (night)", "PAX8", true, "USD",
                        emulator.apiBaseUri(Api.PAX8).toString(), emulator.tokenUri(Api.PAX8).toString(), Set.of("US")),
                app.application().jobs().credentials().encrypt(Map.of("clientId", emulator.credentials().pax8().clientId(),
                        "clientSecret", secret)), Instant.now());
    }

    private void fixPax8Secret(long providerId) {
        Provider provider = providers().find(providerId).orElseThrow();
        providers().replaceCredentials(providerId, app.application().jobs().credentials().encrypt(Map.of("clientId",
                emulator.credentials().pax8().clientId(), "clientSecret", emulator.credentials().pax8().clientSecret())),
                provider.version());
    }

    private static JobRun failedOf(List<JobRun> runs, long providerId) {
        return runs.stream().filter(r -> Long.valueOf(providerId).equals(r.providerId())).findFirst().orElseThrow();
    }

    /** The emulated ConnectWise's first company (the one the customer is linked to). */
    private long firstCompany() {
        return new PsaDataRepository(app.application().context().database().dsl()).companies().get(0).id();
    }

    private static List<SubscriptionView> subscriptionsOf(TenantLicense license, List<SkuMapping> mappings,
                                                          List<SubscriptionView> subscriptions) {
        return mappings.stream().filter(m -> m.skuId().equalsIgnoreCase(license.skuId()))
                .flatMap(m -> subscriptions.stream().filter(s -> m.matches(s.offerId())))
                .filter(s -> s.reported() && "active".equalsIgnoreCase(s.status()))
                .toList();
    }

    /** Links the license on the agreement through a profile of its own, billing the tenant's purchased count. */
    private long link(TenantLicense license, long agreementId) {
        var db = app.application().context().database();
        PsaDataRepository psa = new PsaDataRepository(db.dsl());
        long m365 = psa.agreementTypes().stream().filter(t -> t.name().equals("Microsoft 365")).findFirst().orElseThrow().id();
        return db.transactions().inTransaction(() -> {
            long profile = new BillingProfileRepository(db.dsl()).create(new BillingProfileDetails("Night " + license.skuId(),
                    psa.products().get(0).id(), new BigDecimal("12.50"), new BigDecimal("10.00"), "USD", Set.of(m365),
                    Set.of(new SkuTerm(license.skuId(), "P1M"))), "test", Instant.now());
            return new LicenseLinkRepository(db.dsl()).create(license.id(), new LicenseLinkDetails(profile, agreementId,
                    LocalDate.now(ZoneOffset.UTC).minusDays(10), false, 0, false, QuantitySource.PURCHASED), "test",
                    Instant.now());
        });
    }

    private PsaAdditionView liveAdditionOf(long agreementId, TenantLicense license) {
        return emulator.control().psaAdditions(agreementId).stream()
                .filter(a -> a.cancelledDate() == null && a.description() != null
                        && a.description().contains("[Seatkeeper license " + license.id()))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), list -> {
                    assertThat(list).as("live additions of license %s", license.id()).hasSize(1);
                    return list.get(0);
                }));
    }

    private JobRun ofTheNight(String jobName, LocalDate businessDate) {
        return runsOf(jobName).stream().filter(r -> r.trigger() == JobRequest.Trigger.SCHEDULED
                && businessDate.equals(r.businessDate())).findFirst().orElseThrow(() -> new AssertionError(
                "no scheduled " + jobName + " of " + businessDate));
    }

    private void awaitCompleted(long executionId) {
        assertThat(app.application().jobs().runner().awaitCompletion(executionId, Duration.ofMinutes(5)))
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private void fixSecret(long providerId) {
        Provider provider = providers().find(providerId).orElseThrow();
        providers().replaceCredentials(providerId, app.application().jobs().credentials()
                .encrypt(credentials(emulator.credentials().partnerCenter().clientSecret())), provider.version());
    }

    private Map<String, String> credentials(String secret) {
        DemoCredentials.PartnerCenter pc = emulator.credentials().partnerCenter();
        return Map.of("partnerTenantId", pc.partnerTenantId(), "clientId", pc.clientId(), "clientSecret", secret,
                "refreshToken", pc.refreshToken());
    }

    private ProviderRepository providers() {
        return new ProviderRepository(app.application().context().database().dsl());
    }

    private org.seatkeeper.batch.jobs.JobHistory history() {
        return app.application().jobs().history();
    }

    private List<JobRun> runsOf(String jobName) {
        return history().recent(jobName, null, 20);
    }

    /** The one run of the job (a restarted run counts once, as its newest attempt). */
    private JobRun only(String jobName) {
        List<JobRun> runs = runsOf(jobName);
        assertThat(runs.stream().map(JobRun::instanceId).distinct()).hasSize(1);
        return runs.get(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.MINUTES)) {
                throw new AssertionError("Waited five minutes for the night");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
