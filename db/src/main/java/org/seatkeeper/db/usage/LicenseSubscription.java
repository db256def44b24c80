package org.seatkeeper.db.usage;

import java.time.LocalDate;

/** A Seatkeeper subscription of a customer, as the license overview shows it behind a tenant license. */
public record LicenseSubscription(long id, long contractId, String name, String offerId, String term,
                                  String billingCycle, int quantity, String status, LocalDate termEndDate,
                                  boolean autoRenew) {
}
