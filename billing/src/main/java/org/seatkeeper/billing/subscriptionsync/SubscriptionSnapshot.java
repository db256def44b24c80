package org.seatkeeper.billing.subscriptionsync;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionState;

/** What Seatkeeper holds for a subscription, as far as the license log is concerned. */
public record SubscriptionSnapshot(int quantity, SubscriptionState status, LocalDate termEndDate) {

    public SubscriptionSnapshot {
        Objects.requireNonNull(status, "status");
    }

    public static SubscriptionSnapshot of(Subscription subscription) {
        return new SubscriptionSnapshot(subscription.quantity(), subscription.status(), subscription.termEndDate());
    }
}
