package org.seatkeeper.billing.subscriptions;

import java.time.LocalDate;
import java.util.Objects;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;

/**
 * An event a diff or a replacement will write: type, signed change, the quantity after it, and its date; a
 * PRODUCT_CHANGE or PRICE_CHANGE also carries its {@link Details}.
 */
public record PlannedChange(LicenseChangeType type, int quantityChange, int quantityAfter, LocalDate effectiveDate,
                            Details details) {

    public PlannedChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
    }

    /** An event that names no product and carries no price. */
    public PlannedChange(LicenseChangeType type, int quantityChange, int quantityAfter, LocalDate effectiveDate) {
        this(type, quantityChange, quantityAfter, effectiveDate, null);
    }

    /**
     * What a PRODUCT_CHANGE or PRICE_CHANGE says from its date on. Each part nullable.
     *
     * @param productId the product billed (a PRODUCT_CHANGE's new one)
     * @param unitPrice the customer's unit price
     * @param unitCost  the reseller's cost, from the provider
     * @param note      what changed, for people
     */
    public record Details(Long productId, Money unitPrice, Money unitCost, String note) {
    }

    public Long productId() {
        return details == null ? null : details.productId();
    }

    public Money unitCost() {
        return details == null ? null : details.unitCost();
    }

    public NewLicenseChange toNewChange(long subscriptionId, ChangeSource source, String recordedBy) {
        return new NewLicenseChange(subscriptionId, type, quantityChange, quantityAfter, effectiveDate, source,
                recordedBy, false, null, details == null ? null : details.note(),
                details == null ? null : details.unitPrice());
    }
}
