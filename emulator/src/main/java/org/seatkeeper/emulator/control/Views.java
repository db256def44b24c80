package org.seatkeeper.emulator.control;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.SubscriptionView;
import org.seatkeeper.emulator.data.Price;
import org.seatkeeper.emulator.data.StatusVocabulary;
import org.seatkeeper.emulator.data.Subscription;
import org.seatkeeper.emulator.data.World;

/** Subscriptions as the control API shows them. Call inside a World read or write. */
final class Views {

    private Views() {
    }

    static SubscriptionView of(World world, Subscription s, boolean reported) {
        Api provider = s.tenant().provider();
        Price price = world.price(s);
        String status = s.statusText() != null ? s.statusText() : StatusVocabulary.spelling(provider, s.status());
        return new SubscriptionView(provider, s.tenant().customerId(), s.providerId(), s.id().toString(),
                s.offer().offerId(), s.offer().product().code(), s.offer().product().name(), s.offer().term().name(),
                s.billingCycle().lowerName(), s.quantity(), status, s.autoRenew(), s.termStart(), s.commitmentEnd(),
                price.listPrice(), price.cost(), price.currency(), s.updatedAt(), s.unreadable(), reported);
    }
}
