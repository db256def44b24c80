package org.seatkeeper.billing.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.seatkeeper.billing.subscriptions.LicenseFixtures.aSubscription;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.billing.subscriptions.BillingRuleException.Subject;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** A manual change always goes last in the timeline, so every "quantity after" stays true; and quantities stay sane. */
class LicenseTimelineIT {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 4);

    private final LicenseFixtures f = new LicenseFixtures();
    private final LicenseLedger ledger = f.ledger;
    private final long contractId = f.aContract(f.aCustomer("Contoso"));
    private final long manual = f.aProvider("Manual", "MANUAL", false);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void shouldRefuseAQuantityChangeDatedBeforeTheLastRecordedChange() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 10, START), "alice"));
        inTransaction(() -> ledger.changeQuantity(id, 12, LAST, "alice"));
        int audits = f.audit.count(AuditFilter.none());

        // when / then
        assertRefused(() -> ledger.changeQuantity(id, 15, LocalDate.of(2026, 11, 15), "bob"), Subject.EFFECTIVE_DATE,
                "The change cannot take effect before the last recorded change on 2026-12-04.");
        assertThat(f.changes.findBySubscription(id)).extracting(LicenseChange::quantityAfter).containsExactly(10, 12);
        assertThat(f.audit.count(AuditFilter.none())).isEqualTo(audits);
        assertLogAddsUp(id, 12, SubscriptionState.ACTIVE);
    }

    @Test
    void shouldAcceptAChangeOnTheDayOfTheLastOneAndKeepEveryQuantityAfterTrue() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 10, START), "alice"));
        inTransaction(() -> ledger.changeQuantity(id, 12, LAST, "alice"));

        // when
        inTransaction(() -> ledger.changeQuantity(id, 15, LAST, "bob"));

        // then
        assertThat(f.changes.findBySubscription(id))
                .extracting(LicenseChange::type, LicenseChange::quantityChange, LicenseChange::quantityAfter)
                .containsExactly(tuple(LicenseChangeType.CREATE, 10, 10), tuple(LicenseChangeType.INCREASE, 2, 12),
                        tuple(LicenseChangeType.INCREASE, 3, 15));
        assertLogAddsUp(id, 15, SubscriptionState.ACTIVE);
    }

    @Test
    void shouldRefuseAReactivationDatedBeforeTheSuspensionItUndoes() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 6, START), "alice"));
        inTransaction(() -> ledger.suspend(id, LAST, "alice"));

        // when / then
        assertRefused(() -> ledger.reactivate(id, LocalDate.of(2026, 11, 15), "bob"), Subject.EFFECTIVE_DATE,
                "before the last recorded change on 2026-12-04");
        assertRefused(() -> ledger.deactivate(id, LocalDate.of(2026, 12, 3), "bob"), Subject.EFFECTIVE_DATE,
                "before the last recorded change on 2026-12-04");
        assertLogAddsUp(id, 6, SubscriptionState.SUSPENDED);
        assertThat(f.changes.findBySubscription(id)).hasSize(2);
    }

    @Test
    void shouldLetAnArchivedEventNotHoldACorrectionBack() {
        // given: a change typed with the wrong date, archived since
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 10, START), "alice"));
        long wrong = inTransaction(() -> ledger.changeQuantity(id, 12, LAST, "alice"));
        f.db.transactions().run(() -> ledger.archive(wrong, "wrong date", "alice"));

        // when
        inTransaction(() -> ledger.changeQuantity(id, 11, LocalDate.of(2026, 11, 15), "alice"));

        // then
        assertLogAddsUp(id, 11, SubscriptionState.ACTIVE);
    }

    @Test
    void shouldRefuseAbsurdQuantitiesWithTheQuantityAsSubject() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 10, START), "alice"));

        // when / then
        assertRefused(() -> ledger.changeQuantity(id, Integer.MAX_VALUE, LAST, "bob"), Subject.QUANTITY,
                "A subscription has at most 1,000,000 licenses.");
        assertRefused(() -> ledger.createManual(aSubscription(contractId, manual, 1_000_001, START), "bob"),
                Subject.QUANTITY, "A subscription has at most 1,000,000 licenses.");
        assertRefused(() -> ledger.changeQuantity(id, 10, LAST, "bob"), Subject.QUANTITY, "already has 10 licenses");
        assertThat(f.contracts.list(null, false, 0, 10).get(0).subscriptions()).as("the refused one rolled back")
                .isEqualTo(1);
        assertLogAddsUp(id, 10, SubscriptionState.ACTIVE);
    }

    private void assertLogAddsUp(long id, int quantity, SubscriptionState status) {
        Subscription s = f.subscriptions.findById(id).orElseThrow();
        assertThat(s.quantity()).isEqualTo(quantity);
        assertThat(s.status()).isEqualTo(status);
        assertThat(f.logSum(id)).as("sum of the log").isEqualTo(quantity);
        assertThat(f.changes.countLogMismatches()).isZero();
    }

    private void assertRefused(Runnable change, Subject subject, String message) {
        assertThatThrownBy(() -> f.db.transactions().run(change))
                .isInstanceOfSatisfying(BillingRuleException.class, e -> assertThat(e.subject()).isEqualTo(subject))
                .hasMessageContaining(message);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return f.db.transactions().inTransaction(work);
    }
}
