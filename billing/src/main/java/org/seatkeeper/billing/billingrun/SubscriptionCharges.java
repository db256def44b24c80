package org.seatkeeper.billing.billingrun;

import java.util.List;

/** What one run bills for one subscription: its lines, and what a person should look at first. */
public record SubscriptionCharges(List<DraftLine> lines, List<BillingWarning> warnings) {

    public SubscriptionCharges {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }
}
