package org.seatkeeper.app.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** What the subscription page says about a decrease today (NCE: inside the cancellation window, else at renewal). */
class DecreaseTodayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static Subscription synced(LocalDate windowEnd, LocalDate termEnd) {
        return new Subscription(1, 1, 1, 1L, 1L, "pc-1", "Office 365 E1", 10, SubscriptionState.ACTIVE,
                LocalDate.of(2025, 11, 14), termEnd, true, windowEnd, null, 10, "active", Instant.EPOCH, null, "USD",
                Instant.EPOCH, 0);
    }

    @Test
    void shouldNameTheWindowOrTheRenewal() {
        assertThat(SubscriptionView.decreaseToday(synced(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 12, 9)), TODAY))
                .isEqualTo("Yes, until 2026-12-10 (the cancellation window).");
        assertThat(SubscriptionView.decreaseToday(synced(LocalDate.of(2026, 11, 21), LocalDate.of(2027, 11, 13)), TODAY))
                .isEqualTo("No: the cancellation window ended on 2026-11-21. A decrease can only be scheduled for the"
                        + " renewal on 2027-11-14.");
    }

    @Test
    void shouldFollowTheProvidersRefundableQuantityInsideTheWindow() {
        assertThat(SubscriptionView.decreaseToday(withRefundable(3), TODAY))
                .isEqualTo("Yes, by up to 3 licenses, until 2026-12-10 (the cancellation window).");
        assertThat(SubscriptionView.decreaseToday(withRefundable(1), TODAY))
                .isEqualTo("Yes, by up to 1 license, until 2026-12-10 (the cancellation window).");
        assertThat(SubscriptionView.decreaseToday(withRefundable(0), TODAY))
                .isEqualTo("No: the provider takes no license back now (refundable quantity 0), although the"
                        + " cancellation window runs until 2026-12-10.");
    }

    @Test
    void shouldSayWhatHappensAtTermEnd() {
        Subscription renews = synced(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 12, 9));
        assertThat(SubscriptionView.atTermEnd(renews)).isEqualTo("Renews on 2027-12-10 at 10 licenses");
        Subscription expires = new Subscription(1, 1, 1, 1L, 1L, "pc-1", "Office 365 E1", 10,
                SubscriptionState.ACTIVE, LocalDate.of(2025, 11, 14), LocalDate.of(2027, 12, 9), false,
                LocalDate.of(2026, 12, 10), null, 10, "active", Instant.EPOCH, null, "USD", Instant.EPOCH, 0);
        assertThat(SubscriptionView.atTermEnd(expires)).isEqualTo("Expires on 2027-12-09 (auto-renew is off)");
    }

    private static Subscription withRefundable(int refundable) {
        return new Subscription(1, 1, 1, 1L, 1L, "pc-1", "Office 365 E1", 10, SubscriptionState.ACTIVE,
                LocalDate.of(2025, 11, 14), LocalDate.of(2027, 12, 9), true, LocalDate.of(2026, 12, 10), refundable,
                10, "active", Instant.EPOCH, null, "USD", Instant.EPOCH, 0);
    }

    @Test
    void shouldNotPointToARenewalInThePast() {
        assertThat(SubscriptionView.decreaseToday(synced(LocalDate.of(2025, 11, 21), LocalDate.of(2026, 11, 13)), TODAY))
                .isEqualTo("No: the cancellation window ended on 2025-11-21, and the term end (2026-11-13) has passed:"
                        + " sync the subscription or correct its term end.");
    }
}
