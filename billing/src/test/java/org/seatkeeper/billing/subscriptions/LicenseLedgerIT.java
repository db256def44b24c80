package org.seatkeeper.billing.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.seatkeeper.billing.subscriptions.LicenseFixtures.aSubscription;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.audit.AuditEntry;
import org.seatkeeper.db.audit.AuditFilter;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChange;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;

class LicenseLedgerIT {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private final LicenseFixtures f = new LicenseFixtures();
    private final LicenseLedger ledger = f.ledger;
    private final long contractId = f.aContract(f.aCustomer("Contoso"));
    private final long manual = f.aProvider("Manual", "MANUAL", false);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void shouldCreateAManualSubscriptionWithItsCreateEvent() {
        // when
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 10, START), "alice"));

        // then
        assertThat(f.changes.findBySubscription(id)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(LicenseChangeType.CREATE);
            assertThat(e.quantityChange()).isEqualTo(10);
            assertThat(e.quantityAfter()).isEqualTo(10);
            assertThat(e.effectiveDate()).isEqualTo(START);
            assertThat(e.source()).isEqualTo(ChangeSource.USER);
            assertThat(e.recordedBy()).isEqualTo("alice");
            assertThat(e.recordedAt()).isEqualTo(LicenseFixtures.NOW);
        });
        assertLogAddsUp(id, 10, SubscriptionState.ACTIVE);
        assertThat(lastAudit()).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::entityId,
                        AuditEntry::afterState)
                .containsExactly("alice", "CREATE", String.valueOf(id), "{\"quantity\":10,\"status\":\"ACTIVE\"}");
    }

    @Test
    void shouldKeepTheLogAddingUpAfterEveryOperation() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 10, START), "alice"));

        // when / then
        inTransaction(() -> ledger.changeQuantity(id, 12, START.plusDays(10), "alice"));
        assertLogAddsUp(id, 12, SubscriptionState.ACTIVE);
        inTransaction(() -> ledger.changeQuantity(id, 11, START.plusDays(20), "bob"));
        assertLogAddsUp(id, 11, SubscriptionState.ACTIVE);
        inTransaction(() -> ledger.suspend(id, START.plusDays(30), "bob"));
        assertLogAddsUp(id, 11, SubscriptionState.SUSPENDED);
        inTransaction(() -> ledger.reactivate(id, START.plusDays(40), "bob"));
        assertLogAddsUp(id, 11, SubscriptionState.ACTIVE);
        inTransaction(() -> ledger.deactivate(id, START.plusDays(50), "bob"));
        assertLogAddsUp(id, 0, SubscriptionState.DEACTIVATED);

        assertThat(f.changes.findBySubscription(id))
                .extracting(LicenseChange::type, LicenseChange::quantityChange, LicenseChange::quantityAfter)
                .containsExactly(tuple(LicenseChangeType.CREATE, 10, 10), tuple(LicenseChangeType.INCREASE, 2, 12),
                        tuple(LicenseChangeType.DECREASE, -1, 11), tuple(LicenseChangeType.SUSPEND, 0, 11),
                        tuple(LicenseChangeType.REACTIVATE, 0, 11), tuple(LicenseChangeType.DEACTIVATE, -11, 0));
        assertThat(f.audit.find(AuditFilter.none(), 0, 100)).extracting(AuditEntry::action).containsExactly(
                "DEACTIVATE", "REACTIVATE", "SUSPEND", "CHANGE_QUANTITY",
                "CHANGE_QUANTITY", "CREATE");
        assertThat(lastAudit()).extracting(AuditEntry::beforeState, AuditEntry::afterState).containsExactly(
                "{\"quantity\":11,\"status\":\"ACTIVE\"}", "{\"quantity\":0,\"status\":\"DEACTIVATED\"}");
    }

    @Test
    void shouldRefuseChangesThatBreakARule() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 5, START), "alice"));

        // when / then
        assertRefused(() -> ledger.changeQuantity(id, 5, START.plusDays(1), "alice"), "already has 5 licenses");
        assertRefused(() -> ledger.changeQuantity(id, -1, START.plusDays(1), "alice"), "cannot be negative");
        assertRefused(() -> ledger.changeQuantity(id, 6, START.minusDays(1), "alice"), "before the subscription started");
        assertRefused(() -> ledger.changeQuantity(id, 6, null, "alice"), "Enter the date");
        assertRefused(() -> ledger.reactivate(id, START.plusDays(1), "alice"), "only a suspended subscription");
        inTransaction(() -> ledger.deactivate(id, START.plusDays(2), "alice"));
        assertRefused(() -> ledger.changeQuantity(id, 6, START.plusDays(3), "alice"), "is deactivated");
        assertRefused(() -> ledger.suspend(id, START.plusDays(3), "alice"), "only an active subscription");
        assertRefused(() -> ledger.deactivate(id, START.plusDays(3), "alice"), "already deactivated");
        assertLogAddsUp(id, 0, SubscriptionState.DEACTIVATED);
    }

    @Test
    void shouldRefuseToChangeAnAutomaticSubscriptionByHand() {
        // given
        long ion = f.aProvider("TD SYNNEX Ion", "ION", true);
        long id = f.subscriptions.insert(aSubscription(contractId, ion, 5, START));

        // when / then
        assertRefused(() -> ledger.changeQuantity(id, 6, START.plusDays(1), "alice"),
                "synced from TD SYNNEX Ion: change it at the provider");
        assertThatThrownBy(() -> inTransaction(() -> ledger.createManual(aSubscription(contractId, ion, 5, START),
                "alice"))).isInstanceOf(BillingRuleException.class);
        assertThat(f.contracts.list(null, false, 0, 10).get(0).subscriptions()).as("the refused one rolled back")
                .isEqualTo(1);
    }

    @Test
    void shouldArchiveAndUnarchiveAnEventWithAReasonAndAuditBoth() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 5, START), "alice"));
        long increase = inTransaction(() -> ledger.changeQuantity(id, 7, START.plusDays(5), "alice"));

        // when
        inTransaction(() -> { ledger.archive(increase, "typed twice", "bob"); return 0; });

        // then
        assertThat(f.changes.findById(increase)).get().extracting(LicenseChange::archived, LicenseChange::archiveReason)
                .containsExactly(true, "typed twice");
        assertThat(lastAudit()).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::summary)
                .containsExactly("bob", "ARCHIVE_LICENSE_CHANGE",
                        "Archived increase event #" + increase + " (2 on 2026-03-06) of subscription #" + id
                                + ": typed twice");
        assertLogAddsUp(id, 7, SubscriptionState.ACTIVE);

        // when
        inTransaction(() -> { ledger.unarchive(increase, "it was right after all", "carol"); return 0; });

        // then
        assertThat(f.changes.findById(increase)).get().extracting(LicenseChange::archived).isEqualTo(false);
        assertThat(lastAudit()).extracting(AuditEntry::username, AuditEntry::action)
                .containsExactly("carol", "UNARCHIVE_LICENSE_CHANGE");
    }

    @Test
    void shouldRefuseToArchiveAnInvoicedEvent() {
        // given
        long id = inTransaction(() -> ledger.createManual(aSubscription(contractId, manual, 5, START), "alice"));
        LicenseChange create = f.changes.findBySubscription(id).get(0);
        f.changes.markInvoiced(List.of(create.id()), "INV-2026-031");
        int auditsBefore = f.audit.count(AuditFilter.none());

        // when / then
        assertRefused(() -> ledger.archive(create.id(), "not billable", "bob"),
                "already invoiced (invoice INV-2026-031), so it cannot be archived");
        assertRefused(() -> ledger.archive(create.id(), " ", "bob"), "Give a reason");
        assertThat(f.changes.findById(create.id())).get().extracting(LicenseChange::archived).isEqualTo(false);
        assertThat(f.audit.count(AuditFilter.none())).isEqualTo(auditsBefore);
    }

    private void assertLogAddsUp(long id, int quantity, SubscriptionState status) {
        Subscription s = f.subscriptions.findById(id).orElseThrow();
        assertThat(s.quantity()).isEqualTo(quantity);
        assertThat(s.status()).isEqualTo(status);
        assertThat(f.logSum(id)).as("sum of the log").isEqualTo(quantity);
        assertThat(f.changes.countLogMismatches()).isZero();
    }

    private void assertRefused(Runnable change, String message) {
        assertThatThrownBy(() -> f.db.transactions().run(change))
                .isInstanceOf(BillingRuleException.class)
                .hasMessageContaining(message);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return f.db.transactions().inTransaction(work);
    }

    private AuditEntry lastAudit() {
        return f.audit.find(AuditFilter.none(), 0, 1).get(0);
    }
}
