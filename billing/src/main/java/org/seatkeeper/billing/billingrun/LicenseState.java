package org.seatkeeper.billing.billingrun;

import java.math.BigDecimal;

/** What a subscription is on a day, as far as billing cares: its quantity, whether it is billed, its price. */
record LicenseState(int quantity, boolean active, BigDecimal unitPrice, BillableProduct product) {

    static LicenseState before(BillableSubscription subscription) {
        // the log keeps a price only on the events that changed it: before the first such event the subscription was
        // billed at that event's price as far as the log can tell (stated in the README)
        BigDecimal price = subscription.log().stream()
                .filter(event -> event.unitPrice() != null)
                .map(BillableEvent::unitPrice)
                .findFirst()
                .orElse(subscription.unitPrice());
        return new LicenseState(0, false, price, subscription.product());
    }

    LicenseState after(BillableEvent event) {
        int quantityAfter = quantity + event.quantityChange();
        BigDecimal price = event.unitPrice() != null ? event.unitPrice() : unitPrice;
        BillableProduct productAfter = event.product() != null ? event.product() : product;
        return switch (event.type()) {
            case CREATE, REACTIVATE -> new LicenseState(quantityAfter, true, price, productAfter);
            case SUSPEND, DEACTIVATE -> new LicenseState(quantityAfter, false, price, productAfter);
            case INCREASE, DECREASE, RENEW, PRICE_CHANGE, PRODUCT_CHANGE ->
                    new LicenseState(quantityAfter, active, price, productAfter);
        };
    }

    /** The licenses charged for: none while suspended or deactivated (the provider stops charging them). */
    int billedQuantity() {
        return active ? Math.max(quantity, 0) : 0;
    }

    /** What one billing period at this state costs; null when a price is needed and unknown. */
    BigDecimal valuePerPeriod() {
        if (billedQuantity() == 0) {
            return BigDecimal.ZERO;
        }
        return unitPrice == null ? null : unitPrice.multiply(BigDecimal.valueOf(billedQuantity()));
    }
}
