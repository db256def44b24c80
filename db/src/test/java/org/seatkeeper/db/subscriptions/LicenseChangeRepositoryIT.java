package org.seatkeeper.db.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.subscriptionsync.LicenseChangeBulkInsert;
import org.seatkeeper.db.subscriptionsync.SyncEvent;

class LicenseChangeRepositoryIT {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private final Clock clock = Clock.fixed(BillingFixtures.NOW, ZoneOffset.UTC);
    private final Database db = Database.openInMemory();
    private final SubscriptionRepository subscriptions = new SubscriptionRepository(db.dsl(), clock);
    private final LicenseChangeRepository changes = new LicenseChangeRepository(db.dsl(), clock);
    private final BillingFixtures fixtures = new BillingFixtures(db.dsl(), new BillingContractRepository(db.dsl(), clock));
    private final long contractId = fixtures.aContract(fixtures.aCustomer("Contoso"), "EUR");
    private final long manualProvider = fixtures.aProvider("Manual", "MANUAL", false);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void shouldListOnlySubscriptionsWhoseLogDoesNotAddUp() {
        // given
        long fine = aSubscriptionWithLog(5, 5);
        long broken = aSubscriptionWithLog(7, 6);
        long noEvents = subscriptions.insert(BillingFixtures.aSubscription(contractId, manualProvider, null, 3));
        long zeroWithoutEvents = subscriptions.insert(BillingFixtures.aSubscription(contractId, manualProvider, null, 0));

        // when
        List<LogMismatch> mismatches = changes.findLogMismatches(0, 100);

        // then
        assertThat(mismatches).extracting(LogMismatch::subscriptionId).containsExactly(broken, noEvents)
                .doesNotContain(fine, zeroWithoutEvents);
        assertThat(mismatches.get(0)).extracting(LogMismatch::quantity, LogMismatch::logSum, LogMismatch::difference)
                .containsExactly(7, 6, 1);
        assertThat(mismatches.get(1).logSum()).isZero();
        assertThat(changes.countLogMismatches()).isEqualTo(2);
    }

    @Test
    void shouldSumArchivedEventsToo() {
        // given
        long id = aSubscriptionWithLog(10, 10);
        long increase = changes.insert(NewLicenseChange.of(id, LicenseChangeType.INCREASE, 2, 12, JAN_1.plusDays(5),
                ChangeSource.USER, "alice"));
        changes.archive(increase, "duplicate", 0);

        // when
        int sum = changes.sumOfChanges(id);

        // then
        assertThat(sum).isEqualTo(12);
        assertThat(changes.sumsOfChanges(List.of(id, 999L))).containsOnlyKeys(id);
    }

    @Test
    void shouldNotArchiveAnInvoicedEvent() {
        // given
        long id = aSubscriptionWithLog(4, 4);
        LicenseChange create = changes.findBySubscription(id).get(0);
        changes.markInvoiced(List.of(create.id()), "INV-1");

        // when / then
        assertThatThrownBy(() -> changes.archive(create.id(), "oops", create.version() + 1))
                .isInstanceOf(OptimisticLockException.class);
        assertThat(changes.findById(create.id())).get()
                .extracting(LicenseChange::archived, LicenseChange::invoiced, LicenseChange::invoiceRef)
                .containsExactly(false, true, "INV-1");
    }

    @Test
    void shouldMoveEventsKeepingDatesAndFlagsAndRememberingTheirOrigin() {
        // given
        long from = aSubscriptionWithLog(10, 10);
        long to = aSubscriptionWithLog(10, 10);
        long increase = changes.insert(new NewLicenseChange(from, LicenseChangeType.INCREASE, 2, 12,
                JAN_1.plusDays(3), ChangeSource.USER, "alice", true, "test", "note"));

        // when
        int moved = changes.moveTo(List.of(increase), from, to);

        // then
        assertThat(moved).isEqualTo(1);
        assertThat(changes.findBySubscription(to)).last().satisfies(e -> {
            assertThat(e.id()).isEqualTo(increase);
            assertThat(e.effectiveDate()).isEqualTo(JAN_1.plusDays(3));
            assertThat(e.archived()).isTrue();
            assertThat(e.archiveReason()).isEqualTo("test");
            assertThat(e.movedFromSubscriptionId()).isEqualTo(from);
        });
        assertThat(changes.findBySubscription(from)).hasSize(1);
    }

    @Test
    void shouldInsertABatchOfEventsInOrder() {
        // given
        long id = subscriptions.insert(BillingFixtures.aSubscription(contractId, manualProvider, null, 3));

        // when
        new LicenseChangeBulkInsert(db.dsl()).insert(List.of(
                new SyncEvent(NewLicenseChange.of(id, LicenseChangeType.CREATE, 1, 1, JAN_1, ChangeSource.SYNC,
                        "sync"), null, null),
                new SyncEvent(NewLicenseChange.of(id, LicenseChangeType.INCREASE, 2, 3, JAN_1.plusDays(1),
                        ChangeSource.SYNC, "sync"), null, null)), BillingFixtures.NOW);

        // then
        assertThat(changes.findBySubscription(id)).extracting(LicenseChange::type, LicenseChange::quantityAfter,
                        LicenseChange::recordedAt)
                .containsExactly(tuple(LicenseChangeType.CREATE, 1, BillingFixtures.NOW),
                        tuple(LicenseChangeType.INCREASE, 3, BillingFixtures.NOW));
        assertThat(changes.countLogMismatches()).isZero();
    }

    private long aSubscriptionWithLog(int quantity, int created) {
        long id = subscriptions.insert(BillingFixtures.aSubscription(contractId, manualProvider, null, quantity));
        changes.insert(NewLicenseChange.of(id, LicenseChangeType.CREATE, created, created, JAN_1, ChangeSource.USER,
                "alice"));
        return id;
    }
}
