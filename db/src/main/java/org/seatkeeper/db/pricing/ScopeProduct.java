package org.seatkeeper.db.pricing;

/** A product a provider's or contract's subscriptions use, as a fixed-price form offers it. */
public record ScopeProduct(long id, String name, String term, String billingCycle, String currency) {
}
