package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seatkeeper.batch.subscriptionsync.SubscriptionSyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;
import static org.seatkeeper.db.jooq.Tables.LICENSE_CHANGE;
import static org.seatkeeper.db.jooq.Tables.PRODUCT;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobRefusedException;
import org.seatkeeper.batch.jobs.JobRequest;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.jobs.JobStart;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.subscriptionsync.HeldSubscriptionRepository;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.DriftReport;
import org.springframework.batch.core.BatchStatus;

class SubscriptionSyncJobIT {

    /** A bound for a broken test only: the wait ends as soon as the job's first read is held. */
    private static final Duration HELD_WITHIN = Duration.ofMinutes(1);

    @Test
    void shouldCreateSubscriptionsWithTheirCreateEventsAndHoldThoseOfUnmappedAccounts() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(20, 4)) {
            // given: 20 accounts, 15 of them mapped
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(15);

            // when
            JobRun run = f.syncSubscriptions(NIGHT_ONE);

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.read()).isEqualTo(20);
            assertThat(f.subscriptions()).isEqualTo(60);
            assertThat(f.db.dsl().fetchCount(LICENSE_CHANGE, LICENSE_CHANGE.EVENT_TYPE.eq("CREATE"))).isEqualTo(60);
            assertThat(f.logMismatches()).isZero();
            assertThat(new HeldSubscriptionRepository(f.db.dsl()).count()).isEqualTo(20);
            assertThat(new HeldSubscriptionRepository(f.db.dsl()).countAccounts()).isEqualTo(5);
            assertThat(f.db.dsl().fetchCount(BILLING_CONTRACT, BILLING_CONTRACT.NEEDS_REVIEW.isTrue())).isEqualTo(15);
            assertThat(f.db.dsl().fetchCount(PRODUCT)).isPositive();
            // the provider's price sheet prices every product it added but the usage-based Azure plan, which is not
            // sold per license
            assertThat(f.db.dsl().select(PRODUCT.NAME).from(PRODUCT).where(PRODUCT.PRICE_MISSING.isTrue())
                    .fetch(PRODUCT.NAME)).allMatch(name -> name.equals("Azure plan"));
            assertThat(f.db.dsl().fetchCount(PRODUCT, PRODUCT.PRICE_MISSING.isFalse())).isPositive();
            assertThat(f.db.dsl().fetchCount(SUBSCRIPTION, SUBSCRIPTION.PRODUCT_ID.isNull())).isZero();
            assertThat(f.db.dsl().fetchCount(SUBSCRIPTION, SUBSCRIPTION.PROVIDER_QUANTITY.ne(SUBSCRIPTION.QUANTITY)
                    .and(SUBSCRIPTION.STATUS.ne("DEACTIVATED")))).isZero();
        }
    }

    @Test
    void shouldWriteNothingAndLogNoEventWhenTheProviderDidNotChange() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(12, 5)) {
            // given
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(10);
            f.syncSubscriptions(NIGHT_ONE);
            long versions = f.versionSum();
            int events = f.events();
            int held = new HeldSubscriptionRepository(f.db.dsl()).count();

            // when
            JobRun second = f.syncSubscriptions(NIGHT_ONE.plusDays(1));

            // then
            assertThat(second.status()).isEqualTo("COMPLETED");
            assertThat(second.written()).isZero();
            assertThat(second.unchanged()).isEqualTo(60);
            assertThat(f.versionSum()).isEqualTo(versions);
            assertThat(f.events()).isEqualTo(events);
            assertThat(new HeldSubscriptionRepository(f.db.dsl()).count()).isEqualTo(held);
        }
    }

    @Test
    void shouldTurnTheProvidersDriftIntoExactlyTheEventsItImplies() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(30, 6)) {
            // given
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(30);
            f.syncSubscriptions(NIGHT_ONE);
            String plusThree = externalIds(f).get(0);
            int before = quantity(f, plusThree);
            f.emulator.control().setSubscriptionQuantity(Api.PARTNER_CENTER, plusThree, before + 3);
            DriftReport drift = f.emulator.control().advanceDay();
            int eventsBefore = f.events();

            // when
            JobRun run = f.syncSubscriptions(NIGHT_ONE.plusDays(1));

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(events(f, plusThree, "INCREASE")).containsExactly(3);
            int expected = 1;
            for (DriftReport.QuantityChange c : pc(drift.seatIncreases())) {
                assertThat(events(f, c.subscriptionId(), "INCREASE")).containsExactly(c.newQuantity() - c.oldQuantity());
                assertThat(quantity(f, c.subscriptionId())).isEqualTo(c.newQuantity());
                expected++;
            }
            for (DriftReport.QuantityChange c : pc(drift.seatDecreases())) {
                assertThat(events(f, c.subscriptionId(), "DECREASE")).containsExactly(c.newQuantity() - c.oldQuantity());
                expected++;
            }
            for (DriftReport.SubscriptionRef c : drift.cancelled().stream()
                    .filter(r -> r.provider() == Api.PARTNER_CENTER).toList()) {
                assertThat(events(f, c.subscriptionId(), "DEACTIVATE")).hasSize(1);
                assertThat(quantity(f, c.subscriptionId())).isZero();
                expected++;
            }
            for (DriftReport.Renewal r : drift.renewals().stream()
                    .filter(r -> r.provider() == Api.PARTNER_CENTER).toList()) {
                assertThat(events(f, r.subscriptionId(), "RENEW")).containsExactly(0);
                expected++;
            }
            assertThat(f.events() - eventsBefore).isEqualTo(expected);
            assertThat(f.logMismatches()).isZero();
            // and the next night without drift is quiet again
            int events = f.events();
            f.syncSubscriptions(NIGHT_ONE.plusDays(2));
            assertThat(f.events()).isEqualTo(events);
        }
    }

    @Test
    void shouldResumeAFailedRunWithoutDuplicates() {
        // one fetch at a time, so the provider's 15 good answers are those of the first accounts by id (with four in
        // parallel, a loaded machine could spend them on later accounts and fail the first chunk: nothing committed)
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(Database.openInMemory(), 40, 3,
                SubscriptionSyncSettings.defaults().withChunkSize(7).withFetchThreads(1))) {
            // given: the provider fails for good after 15 more requests
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(40);
            f.emulator.control().failAfter(Api.PARTNER_CENTER, 15, 503);
            JobRun failed = f.syncSubscriptions(NIGHT_ONE);
            int afterFailure = f.subscriptions();
            f.emulator.control().clearFaults(Api.PARTNER_CENTER);

            // when
            JobRun resumed = f.syncSubscriptions(NIGHT_ONE);

            // then
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.exitMessage()).contains("unavailable");
            assertThat(afterFailure).isBetween(1, 119);
            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.instanceId()).isEqualTo(failed.instanceId());
            assertThat(f.subscriptions()).isEqualTo(120);
            assertThat(f.db.dsl().fetchCount(LICENSE_CHANGE, LICENSE_CHANGE.EVENT_TYPE.eq("CREATE"))).isEqualTo(120);
            assertThat(f.logMismatches()).isZero();
        }
    }

    @Test
    void shouldReleaseHeldSubscriptionsOnceTheAccountIsMapped() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(4, 5)) {
            // given
            f.syncAccounts(NIGHT_ONE);
            List<Long> mapped = f.mapAccounts(2);
            f.syncSubscriptions(NIGHT_ONE);
            HeldSubscriptionRepository held = new HeldSubscriptionRepository(f.db.dsl());
            assertThat(held.count()).isEqualTo(10);

            // when: the other two are mapped
            f.mapAccounts(4);
            JobRun run = f.syncSubscriptions(NIGHT_ONE.plusDays(1));

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(mapped).hasSize(2);
            assertThat(held.count()).isZero();
            assertThat(f.subscriptions()).isEqualTo(20);
        }
    }

    @Test
    void shouldSyncOnlyTheAccountsOfOneContract() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(6, 2)) {
            // given
            long contractId = contractOfAMappedAccount(f);

            // when
            JobRun run = f.await(f.contractRuns.startForContract(contractId, NIGHT_ONE, "alice").executionId());

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.read()).isEqualTo(1);
            // the jobs history names the contract and the person, not the night
            assertThat(run.contractId()).isEqualTo(contractId);
            assertThat(run.scheduled()).isFalse();
            assertThat(run.requestedBy()).isEqualTo("alice");
            assertThat(f.subscriptions()).isEqualTo(2);
            assertThat(f.db.dsl().fetchCount(SUBSCRIPTION, SUBSCRIPTION.CONTRACT_ID.eq(contractId))).isEqualTo(2);
        }
    }

    @Test
    void shouldRestartAFailedRunOfOneContractForThatContractOnly() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(6, 2)) {
            // given a contract's run that failed because the provider stayed unavailable
            long contractId = contractOfAMappedAccount(f);
            f.emulator.control().failAfter(Api.PARTNER_CENTER, 0, 503);
            JobRun failed = f.await(f.contractRuns.startForContract(contractId, NIGHT_ONE, "alice").executionId());
            f.emulator.control().clearFaults(Api.PARTNER_CENTER);

            // when it is restarted as the jobs page's "Restart" does
            JobRun restarted = f.await(f.runner.restart(failed.executionId()).executionId());

            // then the same run of the contract completes, with that contract's subscriptions only
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(restarted.status()).isEqualTo("COMPLETED");
            assertThat(restarted.instanceId()).isEqualTo(failed.instanceId());
            assertThat(restarted.contractId()).isEqualTo(contractId);
            assertThat(f.subscriptions()).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseAContractSyncWhileTheNightsSyncRunsOverTheSameAccounts() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(6, 2)) {
            // given the night's run over every account, held inside its first read from the provider
            long contractId = contractOfAMappedAccount(f);
            f.emulator.control().holdAnswers(Api.PARTNER_CENTER);
            long night = f.runner.start(SubscriptionSyncJobConfiguration.JOB_NAME,
                    JobRequest.scheduled(null, NIGHT_ONE)).executionId();
            assertThat(f.emulator.control().awaitHeldAnswers(Api.PARTNER_CENTER, 1, HELD_WITHIN)).isPositive();

            // when a clerk syncs one contract meanwhile, then it is refused with the reason
            assertThatThrownBy(() -> f.contractRuns.startForContract(contractId, NIGHT_ONE, "alice"))
                    .isInstanceOf(JobRefusedException.class)
                    .hasMessageContaining("nightly subscription sync is running");

            // and once the night has ended the contract syncs
            f.emulator.control().releaseAnswers(Api.PARTNER_CENTER);
            assertThat(f.await(night).status()).isEqualTo("COMPLETED");
            JobRun contract = f.await(f.contractRuns.startForContract(contractId, NIGHT_ONE, "alice").executionId());
            assertThat(contract.status()).isEqualTo("COMPLETED");
        }
    }

    @Test
    void shouldStartTheNightsSyncOnceAContractSyncHasEndedInsteadOfSkippingTheNight() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(6, 2)) {
            // given a clerk's contract sync held inside its first read from the provider
            long contractId = contractOfAMappedAccount(f);
            f.emulator.control().holdAnswers(Api.PARTNER_CENTER);
            long contractRun = f.contractRuns.startForContract(contractId, NIGHT_ONE, "alice").executionId();
            assertThat(f.emulator.control().awaitHeldAnswers(Api.PARTNER_CENTER, 1, HELD_WITHIN)).isPositive();

            // when the nightly chain starts the night's subscription sync
            CompletableFuture<JobStart> night = CompletableFuture.supplyAsync(() -> f.runner.startWhenFree(
                    SubscriptionSyncJobConfiguration.JOB_NAME, JobRequest.scheduled(null, NIGHT_ONE), Duration.ofMinutes(2)));

            // then it waits while the contract's run cannot end, and starts once it has ended, syncing every account
            boolean startedWhileTheContractRan = night.isDone();
            f.emulator.control().releaseAnswers(Api.PARTNER_CENTER);
            JobRun nightRun = f.await(night.join().executionId());
            assertThat(startedWhileTheContractRan).isFalse();
            assertThat(f.runner.awaitCompletion(contractRun, Duration.ZERO)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(nightRun.status()).isEqualTo("COMPLETED");
            assertThat(nightRun.scheduled()).isTrue();
            assertThat(nightRun.read()).isEqualTo(6);
            assertThat(f.subscriptions()).isEqualTo(12);
        }
    }

    /** The provider's accounts synced and all six mapped: the USD contract of the third account's customer. */
    private static long contractOfAMappedAccount(SubscriptionSyncFixture f) {
        f.syncAccounts(NIGHT_ONE);
        return contractOfAccount(f, f.mapAccounts(6).get(2));
    }

    private static long contractOfAccount(SubscriptionSyncFixture f, long accountId) {
        long customerId = f.db.dsl().select(org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT.CUSTOMER_ID)
                .from(org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT)
                .where(org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT.ID.eq(accountId))
                .fetchOne(0, Long.class);
        return new org.seatkeeper.db.contracts.BillingContractRepository(f.db.dsl(), f.clock)
                .findOrCreateForCurrency(customerId, "USD", NIGHT_ONE);
    }

    private static <T extends DriftReport.QuantityChange> List<T> pc(List<T> changes) {
        return changes.stream().filter(c -> c.provider() == Api.PARTNER_CENTER).toList();
    }

    private static List<String> externalIds(SubscriptionSyncFixture f) {
        return f.db.dsl().select(SUBSCRIPTION.EXTERNAL_ID).from(SUBSCRIPTION)
                .where(SUBSCRIPTION.STATUS.eq("ACTIVE")).orderBy(SUBSCRIPTION.ID).fetch(SUBSCRIPTION.EXTERNAL_ID);
    }

    private static int quantity(SubscriptionSyncFixture f, String externalId) {
        return f.db.dsl().select(SUBSCRIPTION.QUANTITY).from(SUBSCRIPTION)
                .where(SUBSCRIPTION.EXTERNAL_ID.eq(externalId)).fetchOne(SUBSCRIPTION.QUANTITY);
    }

    private static List<Integer> events(SubscriptionSyncFixture f, String externalId, String type) {
        return f.db.dsl().select(LICENSE_CHANGE.QUANTITY_CHANGE).from(LICENSE_CHANGE)
                .join(SUBSCRIPTION).on(SUBSCRIPTION.ID.eq(LICENSE_CHANGE.SUBSCRIPTION_ID))
                .where(SUBSCRIPTION.EXTERNAL_ID.eq(externalId)).and(LICENSE_CHANGE.EVENT_TYPE.eq(type))
                .fetch(LICENSE_CHANGE.QUANTITY_CHANGE);
    }
}
