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
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;
import org.seatkeeper.db.subscriptionsync.SubscriptionSyncRepository;
import org.seatkeeper.db.subscriptionsync.SyncedSubscription;

class SubscriptionReplacementIT {

    private static final LocalDate M_START = LocalDate.of(2025, 3, 1);
    private static final LocalDate A_START = LocalDate.of(2026, 11, 20);

    private final LicenseFixtures f = new LicenseFixtures();
    private final SubscriptionReplacement replacement = new SubscriptionReplacement(f.db.transactions(),
            f.subscriptions, f.changes, f.ledger, f.audit, f.clock);
    private final long customer = f.aCustomer("Contoso");
    private final long contract = f.aContract(customer);
    private final long manualProvider = f.aProvider("Manual", "MANUAL", false);
    private final long ion = f.aProvider("TD SYNNEX Ion", "ION", true);
    private int externalIds;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void shouldRefuseToUnarchiveTheReplacementsCreateUnlessTheDoubleBillingIsConfirmed() {
        // given
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 11, 11);
        replacement.apply(m, a, false, "alice");
        LicenseChange aCreate = f.changes.findBySubscription(a).get(0);

        // then: it names what it stands for, and un-archiving it is refused with what would be billed twice
        assertThat(aCreate.replacesSubscriptionId()).isEqualTo(m);
        assertThatThrownBy(() -> f.db.transactions().run(() -> f.ledger.unarchive(aCreate.id(), "customer asked",
                "bob")))
                .isInstanceOfSatisfying(BillingRuleException.class, e -> {
                    assertThat(e.subject()).isEqualTo(BillingRuleException.Subject.DOUBLE_BILLING);
                    assertThat(e.getMessage()).contains("would bill 10 licenses from " + M_START
                            + " a second time").contains("manual subscription #" + m);
                });
        assertThat(f.changes.findById(aCreate.id())).get().extracting(LicenseChange::archived).isEqualTo(true);

        // when: confirmed
        f.db.transactions().run(() -> f.ledger.unarchive(aCreate.id(), "customer asked", true, "bob"));

        // then
        assertThat(f.changes.findById(aCreate.id())).get().extracting(LicenseChange::archived).isEqualTo(false);
        assertThat(f.audit.find(new AuditFilter(null, null, "Un-archived", null, null), 0, 5))
                .singleElement().extracting(AuditEntry::summary).asString().contains("confirmed double billing");
    }

    @Test
    void shouldMoveTheManualHistoryOntoTheAutomaticSubscription() {
        // given: the worked example, M = create(10), +2, -1 (11 licenses, the increase already invoiced); A = create(11)
        long m = aManualSubscription();
        List<LicenseChange> mEvents = f.changes.findBySubscription(m);
        LicenseChange mCreate = mEvents.get(0);
        LicenseChange mIncrease = mEvents.get(1);
        LicenseChange mDecrease = mEvents.get(2);
        long a = anAutomaticSubscription(contract, 11, 11);

        // when
        ReplacementResult result = replacement.apply(m, a, false, "alice");

        // then step 1: M's increase and decrease belong to A, with their dates and flags
        List<LicenseChange> aEvents = f.changes.findBySubscription(a);
        assertThat(aEvents).extracting(LicenseChange::id).containsExactly(aEvents.get(0).id(), mIncrease.id(),
                mDecrease.id());
        assertThat(aEvents.get(1)).extracting(LicenseChange::type, LicenseChange::quantityChange,
                        LicenseChange::quantityAfter, LicenseChange::effectiveDate, LicenseChange::invoiced,
                        LicenseChange::invoiceRef, LicenseChange::archived, LicenseChange::source,
                        LicenseChange::movedFromSubscriptionId)
                .containsExactly(LicenseChangeType.INCREASE, 2, 12, M_START.plusMonths(3), true, "INV-2025-06", false,
                        ChangeSource.USER, m);
        assertThat(aEvents.get(2)).extracting(LicenseChange::type, LicenseChange::quantityChange,
                        LicenseChange::quantityAfter, LicenseChange::effectiveDate, LicenseChange::invoiced,
                        LicenseChange::archived, LicenseChange::movedFromSubscriptionId)
                .containsExactly(LicenseChangeType.DECREASE, -1, 11, M_START.plusMonths(6), false, false, m);
        // M's create stays on M
        assertThat(f.changes.findById(mCreate.id())).get().extracting(LicenseChange::subscriptionId,
                LicenseChange::quantityChange, LicenseChange::archived).containsExactly(m, 10, false);
        // step 2: A's effective date is M's
        Subscription aAfter = f.subscriptions.findById(a).orElseThrow();
        assertThat(aAfter.effectiveDate()).isEqualTo(M_START);
        // steps 3 and 4: A's create says 10 on M's start date, archived
        assertThat(aEvents.get(0)).extracting(LicenseChange::type, LicenseChange::quantityChange,
                        LicenseChange::quantityAfter, LicenseChange::effectiveDate, LicenseChange::archived)
                .containsExactly(LicenseChangeType.CREATE, 10, 10, M_START, true);
        // step 5: M deactivated with an archived deactivate event taking back what is left of its log
        Subscription mAfter = f.subscriptions.findById(m).orElseThrow();
        assertThat(mAfter).extracting(Subscription::status, Subscription::quantity)
                .containsExactly(SubscriptionState.DEACTIVATED, 0);
        assertThat(f.changes.findBySubscription(m)).extracting(LicenseChange::type, LicenseChange::quantityChange,
                        LicenseChange::quantityAfter, LicenseChange::archived, LicenseChange::source)
                .containsExactly(tuple(LicenseChangeType.CREATE, 10, 10, false, ChangeSource.USER),
                        tuple(LicenseChangeType.DEACTIVATE, -10, 0, true, ChangeSource.REPLACEMENT));
        assertThat(f.changes.findById(result.deactivationEventId())).get()
                .extracting(LicenseChange::effectiveDate).isEqualTo(LicenseFixtures.TODAY);
        // step 6: A's log adds up to 11, the provider's quantity; no log mismatch anywhere
        assertThat(result.automaticLogSum()).isEqualTo(11);
        assertThat(result.providerQuantity()).isEqualTo(11);
        assertThat(result.addsUp()).isTrue();
        assertThat(result.difference()).isZero();
        assertThat(aAfter.quantity()).isEqualTo(11);
        assertThat(f.changes.countLogMismatches()).isZero();
        // the whole operation is audited
        AuditEntry entry = f.audit.find(new AuditFilter(null, null, "Replaced manual", null, null), 0, 1).get(0);
        assertThat(entry).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::entityId)
                .containsExactly("alice", "REPLACE_MANUAL", String.valueOf(a));
        assertThat(entry.afterState()).contains("\"createQuantity\":10", "\"logSum\":11");
    }

    @Test
    void shouldLeaveTheDeactivationInvoiceableWhenTheUserSaysSo() {
        // given
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 11, 11);

        // when
        ReplacementResult result = replacement.apply(m, a, true, "alice");

        // then
        assertThat(f.changes.findById(result.deactivationEventId())).get()
                .extracting(LicenseChange::type, LicenseChange::archived)
                .containsExactly(LicenseChangeType.DEACTIVATE, false);
    }

    @Test
    void shouldPreviewEveryChangeWithoutWritingAnything() {
        // given
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 11, 11);
        List<LicenseChange> mEvents = f.changes.findBySubscription(m);
        int audits = f.audit.count(AuditFilter.none());

        // when
        ReplacementPlan plan = replacement.preview(m, a);

        // then
        assertThat(plan.eventsToMove()).extracting(LicenseChange::id)
                .containsExactly(mEvents.get(1).id(), mEvents.get(2).id());
        assertThat(plan).extracting(ReplacementPlan::automaticEffectiveDateBefore,
                        ReplacementPlan::automaticEffectiveDateAfter, ReplacementPlan::createQuantityBefore,
                        ReplacementPlan::createQuantityAfter, ReplacementPlan::createDateBefore,
                        ReplacementPlan::createDateAfter, ReplacementPlan::deactivationArchived,
                        ReplacementPlan::expectedLogSum, ReplacementPlan::providerQuantity)
                .containsExactly(A_START, M_START, 11, 10, A_START, M_START, true, 11, 11);
        assertThat(plan.manualDeactivation()).isEqualTo(new PlannedChange(LicenseChangeType.DEACTIVATE, -10, 0,
                LicenseFixtures.TODAY));
        assertThat(plan.steps()).hasSize(7).last().asString().contains("adds up to 11, the provider's quantity");
        assertThat(replacement.preview(m, a, true).deactivationArchived()).isFalse();
        assertThat(f.changes.findBySubscription(m)).hasSize(3);
        assertThat(f.audit.count(AuditFilter.none())).isEqualTo(audits);
    }

    @Test
    void shouldReportADifferenceWithTheProviderQuantityAsAMismatch() {
        // given: the provider says 12 but M's history only explains 11
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 12, 12);

        // when
        ReplacementResult result = replacement.apply(m, a, false, "alice");

        // then
        assertThat(result.addsUp()).isFalse();
        assertThat(result.difference()).isEqualTo(-1);
        assertThat(f.changes.findLogMismatches(0, 10)).singleElement()
                .satisfies(mismatch -> assertThat(mismatch.subscriptionId()).isEqualTo(a));
    }

    @Test
    void shouldRefuseSubscriptionsOfDifferentCustomers() {
        long m = aManualSubscription();
        long a = anAutomaticSubscription(f.aContract(f.aCustomer("Fabrikam")), 11, 11);
        assertRefusedWithoutChanges(m, a, "belongs to Contoso but #" + a + " belongs to Fabrikam");
    }

    @Test
    void shouldRefuseAManualSubscriptionAlreadyDeactivated() {
        long m = aManualSubscription();
        f.db.transactions().run(() -> f.ledger.deactivate(m, LicenseFixtures.TODAY, "bob"));
        long a = anAutomaticSubscription(contract, 11, 11);
        assertRefusedWithoutChanges(m, a, "is already deactivated");
    }

    @Test
    void shouldRefuseAnAutomaticSubscriptionThatAlreadyHasHistory() {
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 11, 12);
        f.changes.insert(NewLicenseChange.of(a, LicenseChangeType.INCREASE, 1, 12, A_START.plusDays(1),
                ChangeSource.SYNC, "sync"));
        assertRefusedWithoutChanges(m, a, "already has 1 events besides its create event");
    }

    @Test
    void shouldRefuseAnAutomaticSubscriptionWhoseCreateEventIsAlreadyArchived() {
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 11, 11);
        long create = f.changes.findBySubscription(a).get(0).id();
        f.db.transactions().run(() -> f.ledger.archive(create, "billed elsewhere", "bob"));
        assertRefusedWithoutChanges(m, a, "is already archived, so #" + a + " was probably given");
    }

    @Test
    void shouldRefuseWhenTheReplacedOneIsNotManualOrTheOtherNotAutomatic() {
        long m = aManualSubscription();
        long a = anAutomaticSubscription(contract, 11, 11);
        long otherManual = aManualSubscription();
        assertRefusedWithoutChanges(a, m, "only a manual subscription can be replaced");
        assertRefusedWithoutChanges(m, otherManual, "is not synced from an automatic provider");
        assertRefusedWithoutChanges(m, m, "two different subscriptions");
    }

    private void assertRefusedWithoutChanges(long manualId, long automaticId, String message) {
        List<LicenseChange> before = f.changes.findBySubscription(manualId);
        int audits = f.audit.count(AuditFilter.none());
        assertThatThrownBy(() -> replacement.apply(manualId, automaticId, false, "alice"))
                .isInstanceOf(BillingRuleException.class).hasMessageContaining(message);
        assertThatThrownBy(() -> replacement.preview(manualId, automaticId))
                .isInstanceOf(BillingRuleException.class).hasMessageContaining(message);
        assertThat(f.changes.findBySubscription(manualId)).isEqualTo(before);
        assertThat(f.audit.count(AuditFilter.none())).isEqualTo(audits);
    }

    /** M: create(10) on M_START, +2 three months later (invoiced), -1 six months later: 11 licenses. */
    private long aManualSubscription() {
        return f.db.transactions().inTransaction(() -> {
            long id = f.ledger.createManual(aSubscription(contract, manualProvider, 10, M_START), "alice");
            long increase = f.ledger.changeQuantity(id, 12, M_START.plusMonths(3), "alice");
            f.ledger.changeQuantity(id, 11, M_START.plusMonths(6), "alice");
            f.changes.markInvoiced(List.of(increase), "INV-2025-06");
            return id;
        });
    }

    /** A as the sync leaves it: quantity and provider quantity from the provider, one CREATE event from the sync. */
    private long anAutomaticSubscription(long contractId, int quantity, int providerQuantity) {
        SubscriptionSyncRepository sync = new SubscriptionSyncRepository(f.db.dsl());
        SubscriptionTerms terms = new SubscriptionTerms(A_START, A_START.plusYears(1).minusDays(1), true, null, null);
        String externalId = "ion-" + (++externalIds);
        long id = new SubscriptionRepository(f.db.dsl(), f.clock).insert(new NewSubscription(contractId, ion, null,
                null, externalId, "Microsoft 365 Business Standard", quantity, SubscriptionState.ACTIVE, terms, null,
                "EUR"));
        sync.updateFromSync(List.of(new SyncedSubscription(id, null, "Microsoft 365 Business Standard", quantity,
                SubscriptionState.ACTIVE, terms, providerQuantity, "active", LicenseFixtures.NOW)));
        f.changes.insert(NewLicenseChange.of(id, LicenseChangeType.CREATE, quantity, quantity, A_START,
                ChangeSource.SYNC, "sync"));
        return id;
    }
}
