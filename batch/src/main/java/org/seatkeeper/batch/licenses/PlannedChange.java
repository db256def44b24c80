package org.seatkeeper.batch.licenses;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/**
 * An event a diff or a replacement will write: type, signed change, the quantity after it, and its date; a
 * PRODUCT_CHANGE also names the product from its date on and says what changed ({@code note}).
 */
public record PlannedChange(LicenseChangeType type, int quantityChange, int quantityAfter, LocalDate effectiveDate,
                            Long productId, String note) {

    public PlannedChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    /** An event that changes no product and carries no note. */
    public PlannedChange(LicenseChangeType type, int quantityChange, int quantityAfter, LocalDate effectiveDate) {
        this(type, quantityChange, quantityAfter, effectiveDate, null, null);
    }

    public NewLicenseChange toNewChange(long subscriptionId, ChangeSource source, String recordedBy) {
        return new NewLicenseChange(subscriptionId, type, quantityChange, quantityAfter, effectiveDate, source,
                recordedBy, false, null, note);
    }
}
