package org.seatkeeper.db.psabilling;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What staff set on a license link: the profile and agreement it bills through, and its options.
 *
 * @param minimumQuantity the quantity billed never goes below it
 */
public record LicenseLinkDetails(long billingProfileId, long psaAgreementId, LocalDate billingStartDate,
                                 boolean usernamesOnInvoice, int minimumQuantity, boolean showUnassigned,
                                 QuantitySource quantitySource) {

    public LicenseLinkDetails {
        Objects.requireNonNull(billingStartDate);
        Objects.requireNonNull(quantitySource);
        if (minimumQuantity < 0) {
            throw new IllegalArgumentException("A minimum quantity is never negative");
        }
    }
}
