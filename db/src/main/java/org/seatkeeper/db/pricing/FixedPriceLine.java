package org.seatkeeper.db.pricing;

/** A fixed price with the product it is for, as the pricing section of a provider or contract page lists it. */
public record FixedPriceLine(FixedPrice fixedPrice, String productName, String offerId, String term,
                             String billingCycle) {
}
