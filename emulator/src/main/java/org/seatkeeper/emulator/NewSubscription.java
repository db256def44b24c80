package org.seatkeeper.emulator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subscription the control API adds to a customer.
 *
 * @param offer        the catalog code ({@code M365-BP}), the NCE offer id ({@code productId:skuId:availabilityId}) or
 *                     {@code productId:skuId}
 * @param term         {@code P1M}, {@code P1Y} or {@code P3Y}; null = P1M, or the term the offer id's availability names
 * @param billingCycle {@code monthly}, {@code annual} or {@code triennial}; null = the term's own
 * @param status       in the provider's spelling or a generic word; null = active
 * @param purchased    the purchase day (its term counts from it); null = the emulated today
 * @param autoRenew    null = true
 */
public record NewSubscription(String offer, String term, String billingCycle, int quantity, String status,
                              LocalDate purchased, Boolean autoRenew) {

    public NewSubscription {
        Objects.requireNonNull(offer, "offer");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
    }

    /** An active subscription bought today, on its term's own billing cycle. */
    public static NewSubscription of(String offer, String term, int quantity) {
        return new NewSubscription(offer, term, null, quantity, null, null, null);
    }
}
