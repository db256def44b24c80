package org.seatkeeper.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One subscription as the emulator holds it, for tests to compare with what Seatkeeper made of it.
 *
 * @param subscriptionId          the provider's own id (Partner Center subscription id, Ion line {@code id}, Pax8 id)
 * @param microsoftSubscriptionId Partner Center's id, also Ion's {@code subscriptionId} and Pax8's
 *                                {@code vendorSubscriptionId}
 * @param offerId                 NCE {@code productId:skuId:availabilityId}
 * @param status                  as the provider's answers spell it
 * @param listPrice               per license and billing period, in {@code currency}
 * @param cost                    what the reseller pays per license and billing period
 * @param lastChange              the provider's last-change stamp (Ion lastUpdatedDate, Pax8 updatedDate)
 * @param unreadable              how the record is made unreadable, or null
 * @param reported                false once the provider stopped reporting it
 */
public record SubscriptionView(Api provider, String customerId, String subscriptionId, String microsoftSubscriptionId,
                               String offerId, String productCode, String productName, String term, String billingCycle,
                               int quantity, String status, boolean autoRenew, LocalDate termStart, LocalDate termEnd,
                               BigDecimal listPrice, BigDecimal cost, String currency, Instant lastChange,
                               Unreadable unreadable, boolean reported) {
}
