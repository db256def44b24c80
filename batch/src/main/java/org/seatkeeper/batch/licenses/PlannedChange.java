package org.seatkeeper.batch.licenses;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/** An event a diff or a replacement will write: type, signed change, the quantity after it, and its date. */
public record PlannedChange(LicenseChangeType type, int quantityChange, int quantityAfter, LocalDate effectiveDate) {

    public PlannedChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    public NewLicenseChange toNewChange(long subscriptionId, ChangeSource source, String recordedBy) {
        return NewLicenseChange.of(subscriptionId, type, quantityChange, quantityAfter, effectiveDate, source,
                recordedBy);
    }
}
