package org.seatkeeper.batch.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seatkeeper.batch.subscriptionsync.SubscriptionSyncFixture.NIGHT_ONE;
import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seatkeeper.batch.jobs.JobRun;
import org.seatkeeper.batch.mismatch.MismatchJobConfiguration;
import org.seatkeeper.batch.mismatch.MismatchRun;
import org.seatkeeper.db.jooq.tables.records.SubscriptionRecord;
import org.seatkeeper.db.mismatch.CheckKind;
import org.seatkeeper.db.mismatch.Finding;
import org.seatkeeper.db.mismatch.FindingFilter;
import org.seatkeeper.db.mismatch.FindingQuery;
import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.Unreadable;
import org.springframework.batch.core.BatchStatus;

/**
 * A provider record the sync cannot read changes nothing of its subscription: it is listed as rejected on the run and
 * reported as "provider data unreadable" until a sync reads it again. Partner Center through the emulator.
 */
class UnreadableRecordSyncIT {

    @Test
    void shouldLeaveASubscriptionWhoseRecordIsUnreadableExactlyAsItWasAndReportIt() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(3, 3)) {
            // given: a synced night; then two records become unreadable (a date, a status)
            MismatchRun reconciliation = new MismatchRun(f.runner, new MismatchJobConfiguration(f.batch, f.db, f.clock));
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(3);
            f.syncSubscriptions(NIGHT_ONE);
            List<SubscriptionRecord> before = rows(f);
            int events = f.events();
            String badDate = before.get(0).getExternalId();
            String badStatus = before.get(4).getExternalId();
            f.emulator.control().makeUnreadable(Api.PARTNER_CENTER, badDate, Unreadable.DATE);
            f.emulator.control().makeUnreadable(Api.PARTNER_CENTER, badStatus, Unreadable.STATUS);

            // when
            LocalDate nightTwo = NIGHT_ONE.plusDays(1);
            JobRun run = f.syncSubscriptions(nightTwo);
            reconcile(reconciliation, nightTwo);

            // then: nothing written, both listed as rejected and reported
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(f.events()).isEqualTo(events);
            assertThat(rows(f)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
            assertThat(f.history.rejected(run.executionId())).extracting(r -> r.externalId())
                    .containsExactlyInAnyOrder(badDate, badStatus);
            assertThat(unreadable(f)).extracting(Finding::subscriptionId).containsExactlyInAnyOrder(
                    before.get(0).getId(), before.get(4).getId());

            // and when the provider's records are readable again
            f.emulator.control().makeReadable(Api.PARTNER_CENTER, badDate);
            f.emulator.control().makeReadable(Api.PARTNER_CENTER, badStatus);
            LocalDate nightThree = NIGHT_ONE.plusDays(2);
            f.syncSubscriptions(nightThree);
            reconcile(reconciliation, nightThree);

            // then the findings are resolved, and still nothing was written
            assertThat(unreadable(f)).isEmpty();
            assertThat(f.events()).isEqualTo(events);
            assertThat(rows(f)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
        }
    }

    @Test
    void shouldChangeNothingWhenAQuantityIsUnreadable() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(2, 3)) {
            // given: a quantity that is not a number (the record cannot be read as a whole; its id still can)
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(2);
            f.syncSubscriptions(NIGHT_ONE);
            List<SubscriptionRecord> before = rows(f);
            int events = f.events();
            f.emulator.control().makeUnreadable(Api.PARTNER_CENTER, before.get(1).getExternalId(), Unreadable.QUANTITY);

            // when
            JobRun run = f.syncSubscriptions(NIGHT_ONE.plusDays(1));

            // then
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(f.events()).isEqualTo(events);
            assertThat(rows(f)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
            assertThat(f.history.rejected(run.executionId())).extracting(r -> r.externalId())
                    .containsExactly(before.get(1).getExternalId());
        }
    }

    @Test
    void shouldCutANameLongerThanItsColumnInsteadOfRejectingTheRecord() {
        try (SubscriptionSyncFixture f = new SubscriptionSyncFixture(1, 2)) {
            // given
            f.syncAccounts(NIGHT_ONE);
            f.mapAccounts(1);
            f.syncSubscriptions(NIGHT_ONE);
            String id = rows(f).get(0).getExternalId();
            f.emulator.control().makeUnreadable(Api.PARTNER_CENTER, id, Unreadable.NAME);

            // when
            JobRun run = f.syncSubscriptions(NIGHT_ONE.plusDays(1));

            // then
            assertThat(f.history.rejected(run.executionId())).isEmpty();
            assertThat(f.db.dsl().select(SUBSCRIPTION.NAME).from(SUBSCRIPTION).where(SUBSCRIPTION.EXTERNAL_ID.eq(id))
                    .fetchSingle(SUBSCRIPTION.NAME)).hasSize(300);
        }
    }

    private static List<SubscriptionRecord> rows(SubscriptionSyncFixture f) {
        return f.db.dsl().selectFrom(SUBSCRIPTION).orderBy(SUBSCRIPTION.ID).fetch().map(r -> (SubscriptionRecord) r);
    }

    private static void reconcile(MismatchRun reconciliation, LocalDate date) {
        assertThat(reconciliation.await(reconciliation.startNow(date, "test").executionId(), Duration.ofMinutes(2)))
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private static List<Finding> unreadable(SubscriptionSyncFixture f) {
        return new FindingQuery(f.db.dsl()).page(new FindingFilter(null, null, CheckKind.UNREADABLE, null), 0, 100);
    }

}
