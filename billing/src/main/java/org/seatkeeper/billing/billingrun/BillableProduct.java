package org.seatkeeper.billing.billingrun;

import java.util.Objects;
import org.seatkeeper.db.catalog.BillingCycle;

/** The product a line is billed as; its billing cycle says how long one charge lasts. */
public record BillableProduct(long id, String name, BillingCycle cycle) {

    public BillableProduct {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cycle, "cycle");
    }
}
