package org.seatkeeper.db.pricing;

/** What a price rule starts from: the product's list price, or its cost plus a markup. */
public enum PriceBasis {
    LIST_PRICE,
    COST_PLUS
}
