package org.seatkeeper.billing.subscriptionsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.seatkeeper.billing.subscriptionsync.ProviderRecordBuilder.aProviderRecord;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.CREATE;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.DEACTIVATE;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.DECREASE;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.INCREASE;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.PRODUCT_CHANGE;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.REACTIVATE;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.RENEW;
import static org.seatkeeper.db.subscriptions.LicenseChangeType.SUSPEND;
import static org.seatkeeper.providers.connector.SubscriptionStatus.ACTIVE;
import static org.seatkeeper.providers.connector.SubscriptionStatus.DEACTIVATED;
import static org.seatkeeper.providers.connector.SubscriptionStatus.PENDING;
import static org.seatkeeper.providers.connector.SubscriptionStatus.SUSPENDED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seatkeeper.billing.subscriptions.PlannedChange;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.providers.connector.ProviderSubscriptionRecord;

class SubscriptionDiffTest {

    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 22);
    private static final LocalDate CHANGED = LocalDate.of(2026, 11, 20);
    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    private static SubscriptionSnapshot ours(int quantity, SubscriptionState status) {
        return new SubscriptionSnapshot(quantity, status, TERM_END);
    }

    @Test
    void shouldCreateANewSubscriptionDatedItsEffectiveDate() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.forNew(aProviderRecord().quantity(10).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(CREATE, 10, 10, LocalDate.of(2026, 1, 1)));
        assertThat(diff.after()).isEqualTo(new SubscriptionSnapshot(10, SubscriptionState.ACTIVE, TERM_END));
        assertAddsUp(0, diff);
    }

    @Test
    void shouldDateTheCreateByTheBusinessDateWhenTheProviderGivesNoEffectiveDate() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.forNew(aProviderRecord().effectiveDate(null).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("effectiveDate").containsExactly(BUSINESS_DATE);
    }

    @Test
    void shouldCreateThenSuspendANewSuspendedSubscription() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.forNew(aProviderRecord().quantity(4).status(SUSPENDED)
                .lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(CREATE, 4, 4, LocalDate.of(2026, 1, 1)), tuple(SUSPEND, 0, 4, CHANGED));
        assertThat(diff.status()).isEqualTo(SubscriptionState.SUSPENDED);
        assertAddsUp(0, diff);
    }

    @Test
    void shouldCreateThenDeactivateANewDeactivatedSubscriptionEndingAtZero() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.forNew(aProviderRecord().quantity(6).status(DEACTIVATED).build(),
                BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(CREATE, 6, 6, LocalDate.of(2026, 1, 1)),
                        tuple(DEACTIVATE, -6, 0, BUSINESS_DATE));
        assertThat(diff.quantity()).isZero();
        assertAddsUp(0, diff);
    }

    @Test
    void shouldCreateAPendingSubscriptionWithoutAStatusEvent() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.forNew(aProviderRecord().quantity(3).status(PENDING).build(),
                BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type").containsExactly(CREATE);
        assertThat(diff.status()).isEqualTo(SubscriptionState.PENDING);
    }

    @Test
    void shouldHoldAProvidersTrialAsNotActive() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.forNew(aProviderRecord().quantity(3)
                .status(org.seatkeeper.providers.connector.SubscriptionStatus.TRIAL).build(), BUSINESS_DATE);

        // then
        assertThat(diff.status()).isEqualTo(SubscriptionState.PENDING);
    }

    @Test
    void shouldWriteNothingWhenNothingChanged() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(10).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.stateChanged()).isFalse();
    }

    @Test
    void shouldTurnAnIncreaseOfThreeIntoExactlyOneIncreaseDatedTheProvidersChangeDate() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(13).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(INCREASE, 3, 13, CHANGED));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldDateAnIncreaseByTheBusinessDateWhenTheProviderGivesNoChangeDate() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(13).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "effectiveDate")
                .containsExactly(tuple(INCREASE, 3, BUSINESS_DATE));
    }

    @Test
    void shouldRecordADecrease() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(8).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter")
                .containsExactly(tuple(DECREASE, -2, 8));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldSuspendKeepingTheQuantity() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(10).status(SUSPENDED).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(SUSPEND, 0, 10, CHANGED));
        assertThat(diff.after()).isEqualTo(new SubscriptionSnapshot(10, SubscriptionState.SUSPENDED, TERM_END));
    }

    @Test
    void shouldReactivateASuspendedSubscription() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.SUSPENDED),
                aProviderRecord().quantity(10).status(ACTIVE).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(REACTIVATE, 0, 10, BUSINESS_DATE));
        assertThat(diff.status()).isEqualTo(SubscriptionState.ACTIVE);
    }

    @Test
    void shouldDeactivateToZeroWhateverQuantityTheProviderStillReports() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(12).status(DEACTIVATED).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(DEACTIVATE, -10, 0, CHANGED));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldDeactivateASuspendedSubscription() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(7, SubscriptionState.SUSPENDED),
                aProviderRecord().quantity(7).status(DEACTIVATED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter")
                .containsExactly(tuple(DEACTIVATE, -7, 0));
    }

    @Test
    void shouldWriteNothingForADeactivatedSubscriptionTheProviderStillReportsWithSeats() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(0, SubscriptionState.DEACTIVATED),
                aProviderRecord().quantity(12).status(DEACTIVATED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.stateChanged()).isFalse();
    }

    @Test
    void shouldReactivateADeactivatedSubscriptionWithTheProvidersQuantity() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(0, SubscriptionState.DEACTIVATED),
                aProviderRecord().quantity(5).status(ACTIVE).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(REACTIVATE, 5, 5, CHANGED));
        assertAddsUp(0, diff);
    }

    @Test
    void shouldRenewTheDayAfterTheOldTermEndedWhenTheTermEndMovesForward() {
        // given: the term ended on 2026-10-31, the provider reports the next one
        SubscriptionSnapshot ended = new SubscriptionSnapshot(10, SubscriptionState.ACTIVE, LocalDate.of(2026, 10, 31));

        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ended,
                aProviderRecord().quantity(10).termEndDate(LocalDate.of(2027, 10, 31)).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(RENEW, 0, 10, LocalDate.of(2026, 11, 1)));
        assertThat(diff.termEndDate()).isEqualTo(LocalDate.of(2027, 10, 31));
    }

    @Test
    void shouldRenewTodayNotInTheFutureWhenTheTermEndMovesBeforeTheOldOneEnded() {
        // when: the old term ends on 2026-12-31, after the business date
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(10).termEndDate(TERM_END.plusYears(1)).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "effectiveDate").containsExactly(tuple(RENEW, BUSINESS_DATE));
        assertThat(diff.termEndDate()).isEqualTo(TERM_END.plusYears(1));
    }

    @Test
    void shouldNotRenewWhenTheTermEndMovesBackOrAppearsButStillSaveIt() {
        // when
        SubscriptionDiff earlier = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().termEndDate(TERM_END.minusMonths(1)).build(), BUSINESS_DATE);
        SubscriptionDiff appeared = SubscriptionDiff.between(new SubscriptionSnapshot(10, SubscriptionState.ACTIVE, null),
                aProviderRecord().build(), BUSINESS_DATE);

        // then
        assertThat(earlier.changes()).isEmpty();
        assertThat(earlier.stateChanged()).isTrue();
        assertThat(earlier.termEndDate()).isEqualTo(TERM_END.minusMonths(1));
        assertThat(appeared.changes()).isEmpty();
        assertThat(appeared.termEndDate()).isEqualTo(TERM_END);
    }

    @Test
    void shouldKeepOurTermEndWhenTheProviderLeavesItOut() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().termEndDate(null).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.stateChanged()).isFalse();
        assertThat(diff.termEndDate()).isEqualTo(TERM_END);
    }

    @Test
    void shouldActivateAPendingSubscriptionWithoutAnEvent() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(3, SubscriptionState.PENDING),
                aProviderRecord().quantity(3).status(ACTIVE).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.stateChanged()).isTrue();
        assertThat(diff.status()).isEqualTo(SubscriptionState.ACTIVE);
    }

    @Test
    void shouldIncreaseThenSuspendWhenBothHappenedBetweenTwoSyncs() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(12).status(SUSPENDED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter")
                .containsExactly(tuple(INCREASE, 2, 12), tuple(SUSPEND, 0, 12));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldReactivateThenDecreaseWhenBothHappenedBetweenTwoSyncs() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.SUSPENDED),
                aProviderRecord().quantity(6).status(ACTIVE).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter")
                .containsExactly(tuple(REACTIVATE, 0, 10), tuple(DECREASE, -4, 6));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldDateAQuantityChangeThatCameWithATermEndMoveByTheBusinessDateNotTheOldTermEnd() {
        // given: the term ended months back; the provider reports the next term and 5 more seats, without a date
        SubscriptionSnapshot ended = new SubscriptionSnapshot(10, SubscriptionState.ACTIVE, LocalDate.of(2026, 6, 30));

        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ended,
                aProviderRecord().quantity(15).termEndDate(LocalDate.of(2027, 6, 30)).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(RENEW, 0, 10, LocalDate.of(2026, 7, 1)),
                        tuple(INCREASE, 5, 15, BUSINESS_DATE));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldDateAQuantityChangeThatCameWithATermEndMoveByTheProvidersChangeDate() {
        // when: the old term ends after the business date (it would have dated the increase in the future)
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(8).termEndDate(TERM_END.plusYears(1)).lastChangeDate(CHANGED).build(),
                BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(DECREASE, -2, 8, CHANGED), tuple(RENEW, 0, 8, BUSINESS_DATE));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldNeverDateAnEventBeforeTheLogsLastEventNorAfterTheBusinessDate() {
        // given: the log's last event is dated 2026-11-21, after the provider's change date and the old term end
        SubscriptionSnapshot ended = new SubscriptionSnapshot(10, SubscriptionState.ACTIVE, LocalDate.of(2026, 6, 30));
        LocalDate lastEvent = LocalDate.of(2026, 11, 21);

        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ended, aProviderRecord().quantity(12).status(SUSPENDED)
                .termEndDate(LocalDate.of(2027, 6, 30)).lastChangeDate(CHANGED).build(), BUSINESS_DATE, lastEvent);
        SubscriptionDiff future = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE), aProviderRecord()
                .quantity(11).lastChangeDate(BUSINESS_DATE.plusDays(3)).build(), BUSINESS_DATE, lastEvent);

        // then
        assertThat(diff.changes()).extracting("type", "quantityAfter", "effectiveDate")
                .containsExactly(tuple(RENEW, 10, lastEvent), tuple(INCREASE, 12, lastEvent),
                        tuple(SUSPEND, 12, lastEvent));
        assertThat(future.changes()).extracting("type", "effectiveDate").containsExactly(tuple(INCREASE, BUSINESS_DATE));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldPlaceAProductChangeInTheTimelineAtTheProvidersChangeDate() {
        // given: renewed on 2026-11-21, and on 2026-11-20 two more seats on another product
        SubscriptionSnapshot ended = new SubscriptionSnapshot(10, SubscriptionState.ACTIVE, LocalDate.of(2026, 11, 20));
        SubscriptionDiff diff = SubscriptionDiff.between(ended, aProviderRecord().quantity(12)
                .termEndDate(LocalDate.of(2027, 11, 20)).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // when
        SubscriptionDiff moved = diff.withProductChange(
                new PlannedChange.Details(42L, null, null, "The provider changed the offer: a -> b"));

        // then
        assertThat(moved.changes()).extracting(PlannedChange::type, PlannedChange::quantityChange,
                        PlannedChange::quantityAfter, PlannedChange::effectiveDate, PlannedChange::productId)
                .containsExactly(tuple(INCREASE, 2, 12, CHANGED, null), tuple(PRODUCT_CHANGE, 0, 12, CHANGED, 42L),
                        tuple(RENEW, 0, 12, LocalDate.of(2026, 11, 21), null));
        assertThat(moved.changes().get(1).toNewChange(7, ChangeSource.SYNC, "sync").note())
                .isEqualTo("The provider changed the offer: a -> b");
        assertThat(moved.quantity()).isEqualTo(12);
        assertAddsUp(10, moved);
    }

    @Test
    void shouldDeactivateWhatIsNoLongerReportedNeverBeforeTheLogsLastEvent() {
        // when
        PlannedChange gone = SubscriptionDiff.notReported(7, BUSINESS_DATE, BUSINESS_DATE.plusDays(2));

        // then
        assertThat(gone).isEqualTo(new PlannedChange(DEACTIVATE, -7, 0, BUSINESS_DATE.plusDays(2)));
    }

    @Test
    void shouldChangeTheQuantityOfASuspendedSubscriptionWithoutReactivatingIt() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.SUSPENDED),
                aProviderRecord().quantity(9).status(SUSPENDED).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange").containsExactly(tuple(DECREASE, -1));
        assertThat(diff.status()).isEqualTo(SubscriptionState.SUSPENDED);
    }

    @Test
    void shouldRenewAndDeactivateWhenBothHappenedBetweenTwoSyncs() {
        // when
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(10).status(DEACTIVATED).termEndDate(TERM_END.plusYears(1))
                        .lastChangeDate(LocalDate.of(2027, 1, 5)).build(), BUSINESS_DATE);

        // then
        assertThat(diff.changes()).extracting("type", "quantityChange", "quantityAfter")
                .containsExactly(tuple(RENEW, 0, 10), tuple(DEACTIVATE, -10, 0));
        assertAddsUp(10, diff);
    }

    @Test
    void shouldWriteNothingTheSecondTimeForEveryTransition() {
        // given
        SubscriptionSnapshot[] starts = {ours(10, SubscriptionState.ACTIVE), ours(10, SubscriptionState.SUSPENDED),
                ours(0, SubscriptionState.DEACTIVATED), ours(3, SubscriptionState.PENDING)};
        ProviderSubscriptionRecord[] reports = {aProviderRecord().quantity(13).build(),
                aProviderRecord().quantity(8).status(SUSPENDED).build(),
                aProviderRecord().quantity(12).status(DEACTIVATED).build(),
                aProviderRecord().quantity(4).status(PENDING).termEndDate(TERM_END.plusYears(1)).build(),
                aProviderRecord().quantity(15).termEndDate(null).lastChangeDate(CHANGED).build()};

        for (SubscriptionSnapshot start : starts) {
            for (ProviderSubscriptionRecord report : reports) {
                // when
                SubscriptionDiff first = SubscriptionDiff.between(start, report, BUSINESS_DATE);
                SubscriptionDiff second = SubscriptionDiff.between(first.after(), report, BUSINESS_DATE.plusDays(1));

                // then
                assertAddsUp(start.quantity(), first);
                assertThat(second.changes()).as("second sync of %s after %s", report, start).isEmpty();
                assertThat(second.stateChanged()).isFalse();
            }
        }
        for (ProviderSubscriptionRecord report : reports) {
            SubscriptionDiff created = SubscriptionDiff.forNew(report, BUSINESS_DATE);
            assertAddsUp(0, created);
            assertThat(SubscriptionDiff.between(created.after(), report, BUSINESS_DATE).changes()).isEmpty();
        }
    }

    @Test
    void shouldTurnTheChangesIntoSyncRowsForOneSubscription() {
        // given
        SubscriptionDiff diff = SubscriptionDiff.between(ours(10, SubscriptionState.ACTIVE),
                aProviderRecord().quantity(12).status(SUSPENDED).lastChangeDate(CHANGED).build(), BUSINESS_DATE);

        // when
        var rows = diff.toNewChanges(42, "sync");

        // then
        assertThat(rows).extracting("subscriptionId", "type", "quantityChange", "quantityAfter", "effectiveDate",
                        "source", "recordedBy", "archived")
                .containsExactly(tuple(42L, INCREASE, 2, 12, CHANGED, ChangeSource.SYNC, "sync", false),
                        tuple(42L, SUSPEND, 0, 12, CHANGED, ChangeSource.SYNC, "sync", false));
    }

    /** Rule 1: the quantity before plus the events' changes is the quantity after; each event's "after" agrees. */
    private static void assertAddsUp(int before, SubscriptionDiff diff) {
        int quantity = before;
        for (PlannedChange change : diff.changes()) {
            quantity += change.quantityChange();
            assertThat(change.quantityAfter()).isEqualTo(quantity);
        }
        assertThat(quantity).isEqualTo(diff.quantity());
    }
}
