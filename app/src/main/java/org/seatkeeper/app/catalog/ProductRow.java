package org.seatkeeper.app.catalog;

import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.Product;

/**
 * One catalog line as the list shows it: list price, cost and the margin at list price formatted; "price missing"
 * (neither amount known) flagged.
 */
public record ProductRow(long id, String offerId, String name, String term, String billingCycle, String currency,
                         String price, String cost, String margin, boolean priceMissing, boolean belowCost) {

    /** A term as people say it ("1 month", "no term"), never the stored name (P1M, NONE). */
    public static String termWords(org.seatkeeper.db.catalog.Term term) {
        return switch (term) {
            case P1M -> "1 month";
            case P1Y -> "1 year";
            case P3Y -> "3 years";
            case NONE -> "no term";
        };
    }

    static ProductRow of(Product p) {
        String margin = p.listed().flatMap(price -> p.cost().map(price::minus)).map(Money::toString).orElse("—");
        boolean belowCost = p.listed().isPresent() && p.cost().isPresent()
                && p.listPrice().compareTo(p.unitCost()) < 0;
        return new ProductRow(p.id(), p.offerId(), p.name(), termWords(p.term()), p.billingCycle().name().toLowerCase(),
                p.currency(), p.listed().map(Money::toString).orElse("—"), p.cost().map(Money::toString).orElse("—"),
                margin, p.priceMissing(), belowCost);
    }
}
