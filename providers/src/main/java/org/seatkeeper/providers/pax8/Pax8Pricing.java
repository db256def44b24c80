package org.seatkeeper.providers.pax8;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** One product's price on one billing term ({@code GET /products/{id}/pricing}, §5): partner cost and suggested price. */
public record Pax8Pricing(String productId, String productName, String billingTerm, String commitmentTerm,
                          BigDecimal commitmentTermInMonths, String type, String unitOfMeasurement, List<Rate> rates) {

    public Pax8Pricing {
        rates = rates == null ? List.of() : List.copyOf(rates);
    }

    /**
     * @param partnerBuyRate       what the partner pays
     * @param suggestedRetailPrice the suggested price for the customer
     * @param endQuantityRange     null: no end
     * @param chargeType           {@code Per Unit} or {@code Flat Rate}
     */
    public record Rate(BigDecimal partnerBuyRate, BigDecimal suggestedRetailPrice, BigDecimal startQuantityRange,
                       BigDecimal endQuantityRange, String chargeType) {

        boolean perUnit() {
            return chargeType == null || !chargeType.toLowerCase(java.util.Locale.ROOT).contains("flat");
        }

        boolean covers(int quantity) {
            BigDecimal q = BigDecimal.valueOf(quantity);
            return (startQuantityRange == null || startQuantityRange.compareTo(q) <= 0)
                    && (endQuantityRange == null || endQuantityRange.compareTo(q) >= 0);
        }
    }

    /** The per-unit rate for that many licenses: the range that covers it, else the first per-unit rate. */
    public Optional<Rate> rateFor(int quantity) {
        return rates.stream().filter(Rate::perUnit).filter(r -> r.covers(quantity)).findFirst()
                .or(() -> rates.stream().filter(Rate::perUnit).findFirst());
    }
}
