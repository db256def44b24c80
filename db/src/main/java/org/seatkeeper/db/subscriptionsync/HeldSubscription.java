package org.seatkeeper.db.subscriptionsync;

import java.time.LocalDate;
import java.util.Objects;

/** A subscription of an unmapped provider account, held aside until the account is mapped to a customer. */
public record HeldSubscription(long providerId, long providerAccountId, String externalId, String offerId,
                               String name, int quantity, String status, LocalDate termEndDate) {

    public HeldSubscription {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }
}
