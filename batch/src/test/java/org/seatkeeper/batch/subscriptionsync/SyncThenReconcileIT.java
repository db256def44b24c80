package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.subscriptionsync.SubscriptionSyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Finding;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.emulator.Api;
import org.springframework.batch.core.BatchStatus;

/** A change the provider makes between two nights is synced, so the next reconciliation finds nothing to report. */
class SyncThenReconcileIT {

    private static final List<CheckKind> QUANTITY_CHECKS = List.of(CheckKind.PROVIDER_VS_SEATKEEPER,
            CheckKind.LOG_INTEGRITY, CheckKind.STATUS, CheckKind.GHOST);

    @Test
    void shouldShowNoFindingForASubscriptionTheProviderChangedBetweenTwoSyncs() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(6, 3)) {
            // given a first night: accounts synced and mapped, subscriptions synced, reconciled without a finding
            MismatchRun reconciliation = new MismatchRun(f.runner, new MismatchJobConfiguration(f.batch, f.db, f.clock));
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(6);
            f.syncSubscriptions(NIGHT_ONE);
            assertThat(reconcile(reconciliation, NIGHT_ONE)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(quantityFindings(f)).isEmpty();
            var changed = f.db.dsl().select(SUBSCRIPTION.EXTERNAL_ID, SUBSCRIPTION.QUANTITY).from(SUBSCRIPTION)
                    .where(SUBSCRIPTION.STATUS.eq("ACTIVE")).orderBy(SUBSCRIPTION.ID).limit(1).fetchSingle();

            // when the provider adds 5 seats before the next night, a day later by the clock, which syncs and then
            // reconciles (the account's other subscriptions are unchanged: the sync writes nothing for them)
            f.emulator.control().setSubscriptionQuantity(Api.PARTNER_CENTER, changed.value1(), changed.value2() + 5);
            LocalDate nightTwo = NIGHT_ONE.plusDays(1);
            f.nightStarts(nightTwo);
            f.syncAccounts(nightTwo);
            f.syncSubscriptions(nightTwo);
            assertThat(reconcile(reconciliation, nightTwo)).isEqualTo(BatchStatus.COMPLETED);

            // then Seatkeeper follows the provider, the log adds up, and no quantity finding (nor ghost) is raised
            assertThat(f.db.dsl().select(SUBSCRIPTION.QUANTITY).from(SUBSCRIPTION)
                    .where(SUBSCRIPTION.EXTERNAL_ID.eq(changed.value1())).fetchSingle(SUBSCRIPTION.QUANTITY))
                    .isEqualTo(changed.value2() + 5);
            assertThat(f.logMismatches()).isZero();
            assertThat(quantityFindings(f)).isEmpty();
        }
    }

    private static BatchStatus reconcile(MismatchRun reconciliation, LocalDate date) {
        return reconciliation.await(reconciliation.startNow(date, "test").executionId(), Duration.ofMinutes(2));
    }

    private static List<Finding> quantityFindings(SubscriptionSyncFixture f) {
        FindingQuery findings = new FindingQuery(f.db.dsl());
        return QUANTITY_CHECKS.stream()
                .flatMap(check -> findings.page(new FindingFilter(null, null, check, null), 0, 100).stream())
                .toList();
    }
}
