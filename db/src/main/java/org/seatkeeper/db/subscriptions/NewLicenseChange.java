package org.seatkeeper.db.subscriptions;

import java.time.LocalDate;
import java.util.Objects;

/** An event to append to a subscription's log; when it was recorded comes from the repository's clock. */
public record NewLicenseChange(long subscriptionId, LicenseChangeType type, int quantityChange, int quantityAfter,
                               LocalDate effectiveDate, ChangeSource source, String recordedBy, boolean archived,
                               String archiveReason, String note) {

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
