package org.seatkeeper.db.subscriptions;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.catalog.Money;

/**
 * An event to append to a subscription's log; when it was recorded comes from the repository's clock.
 * {@code unitPrice}: for a PRICE_CHANGE, the unit price from its date on (null for other events).
 */
public record NewLicenseChange(long subscriptionId, LicenseChangeType type, int quantityChange, int quantityAfter,
                               LocalDate effectiveDate, ChangeSource source, String recordedBy, boolean archived,
                               String archiveReason, String note, Money unitPrice) {

    /** An event that carries no price. */
    public NewLicenseChange(long subscriptionId, LicenseChangeType type, int quantityChange, int quantityAfter,
                            LocalDate effectiveDate, ChangeSource source, String recordedBy, boolean archived,
                            String archiveReason, String note) {
        this(subscriptionId, type, quantityChange, quantityAfter, effectiveDate, source, recordedBy, archived,
                archiveReason, note, null);
    }

    public NewLicenseChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (quantityAfter < 0) {
            throw new IllegalArgumentException("quantity after an event cannot be negative: " + quantityAfter);
        }
    }

    /** A plain (not archived) event without a note. */
    public static NewLicenseChange of(long subscriptionId, LicenseChangeType type, int quantityChange,
                                      int quantityAfter, LocalDate effectiveDate, ChangeSource source,
                                      String recordedBy) {
        return new NewLicenseChange(subscriptionId, type, quantityChange, quantityAfter, effectiveDate, source,
                recordedBy, false, null, null);
    }
}
