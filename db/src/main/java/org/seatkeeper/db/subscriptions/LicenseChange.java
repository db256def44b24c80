package org.seatkeeper.db.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import org.seatkeeper.db.catalog.Money;

/**
 * One event of a subscription's license change log. Archived: never to be invoiced; invoiced: already billed
 * (never both). {@code movedFromSubscriptionId} is set when a replacement moved it here from a manual subscription.
 * {@code unitPrice}: a PRICE_CHANGE's unit price from its date on (null for other events).
 * {@code replacesSubscriptionId}: on the create event a replacement archived, the manual subscription whose create
 * event bills the same licenses.
 */
public record LicenseChange(long id, long subscriptionId, LicenseChangeType type, int quantityChange,
                            int quantityAfter, LocalDate effectiveDate, ChangeSource source, String recordedBy,
                            Instant recordedAt, boolean archived, String archiveReason, boolean invoiced,
                            String invoiceRef, Long movedFromSubscriptionId, String note, int version,
                            Money unitPrice, Long replacesSubscriptionId) {
}
