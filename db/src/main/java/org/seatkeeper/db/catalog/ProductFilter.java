package org.seatkeeper.db.catalog;

/** What the catalog page filters by; null or blank fields mean "any". */
public record ProductFilter(String text, String currency, boolean priceMissingOnly) {
    public static ProductFilter none() {
        return new ProductFilter(null, null, false);
    }
}
