package org.seatkeeper.db.contracts;

import java.time.Instant;
import java.time.LocalDate;
import org.seatkeeper.db.catalog.BillingCycle;

/** A customer's billing terms; it holds subscriptions. {@code needsReview}: a sync created it, a person should check it. */
public record BillingContract(long id, long customerId, String name, String currency, BillingCycle billingCycle,
                              int billingDay, LocalDate startDate, String psaAgreementRef, ContractStatus status,
                              boolean needsReview, Instant createdAt, int version) {
}
