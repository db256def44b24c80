package org.seatkeeper.db.invoices;

import java.time.LocalDate;
import org.seatkeeper.db.catalog.BillingCycle;

/** An active billing contract as the billing run reads it, with its customer's name. */
public record ContractToBill(long id, long customerId, String customerName, String name, String currency,
                             BillingCycle billingCycle, int billingDay, LocalDate startDate) {
}
