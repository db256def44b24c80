package org.seatkeeper.db.psabilling;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What staff set on a billing profile.
 *
 * @param agreementTypeIds the ConnectWise agreement types its additions may go on
 * @param skus             the SKUs and terms it bills
 */
public record BillingProfileDetails(String name, long psaProductId, BigDecimal unitPrice, BigDecimal unitCost,
                                    String currency, Set<Long> agreementTypeIds, Set<SkuTerm> skus) {

    public BillingProfileDetails {
        Objects.requireNonNull(name);
        Objects.requireNonNull(unitPrice);
        Objects.requireNonNull(unitCost);
        Objects.requireNonNull(currency);
        agreementTypeIds = Set.copyOf(agreementTypeIds);
        skus = Set.copyOf(skus);
    }
}
