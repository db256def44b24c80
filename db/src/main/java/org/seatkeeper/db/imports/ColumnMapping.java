package org.seatkeeper.db.imports;

/** Which CSV column holds which subscription field (header names); {@code termEndColumn} is optional. */
public record ColumnMapping(String subscriptionColumn, String offerColumn, String nameColumn, String quantityColumn,
                            String startColumn, String termEndColumn) {

    /** The headers of a typical distributor export, for the first import of a provider. */
    public static ColumnMapping defaults() {
        return new ColumnMapping("Subscription ID", "SKU", "Product", "Quantity", "Start Date", "End Date");
    }
}
