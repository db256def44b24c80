package org.seatkeeper.db.invoices;

import org.seatkeeper.db.catalog.BillingCycle;

/** A product a PRODUCT_CHANGE event bills from its date on. */
public record ProductToBill(long id, String name, BillingCycle cycle) {
}
